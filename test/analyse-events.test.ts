import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence, EVENT_FAMILY } from '../src/analyse/analyse.js';

function events(sentence: string) {
  const { tokens } = tokenise(sentence);
  const found = analyseSentence(sentence, tokens, {}).events;
  for (const e of found) assert.is(sentence.slice(e.start, e.end), e.text);
  return found.map((e) => [e.text, e.kind]);
}
const kinds = (s: string) => events(s).map((e) => e[1]);

test('virtual meeting and phone call are distinct kinds', () => {
  assert.equal(events('In December, after a virtual meeting with Xi, Putin spoke.'), [['virtual meeting', 'virtual meeting']]);
  assert.equal(events('In late December, Xi and Putin held a phone call.'), [['phone call', 'phone call']]);
  assert.equal(kinds('The two leaders held a video conference.'), ['virtual meeting']);
  assert.equal(kinds('Biden and Xi spoke by phone on Tuesday.'), ['phone call']);
});

test('the medium refines a generic meeting verb', () => {
  assert.equal(kinds('Xi met Putin by video link.'), ['virtual meeting']);
  assert.equal(kinds('Xi met Putin in Moscow.'), ['meeting']);
});

test('visits, sales, transfers and invasions', () => {
  assert.equal(kinds('Blinken will visit China.'), ['visit']);
  assert.equal(kinds('Chinese companies sold non-lethal equipment.'), ['sale']);
  assert.equal(kinds('The equipment transfers are concerning.'), ['transfer']);
  assert.equal(kinds('Russian forces invaded Ukraine.'), ['invasion']);
  assert.is(EVENT_FAMILY.get('invasion'), EVENT_FAMILY.get('attack'));
});

test('statements, sanctions, summits and talks', () => {
  assert.equal(kinds('The White House statement said so.'), ['statement']);
  assert.equal(kinds('China rejects any sanctions.'), ['sanctions']);
  assert.equal(kinds('Leaders gathered for the summit.'), ['summit']);
  assert.equal(kinds('They offered to play a role in peace talks.'), ['meeting']);
});

test('"calls on" is a demand, not a phone call', () => {
  assert.equal(kinds('China views US calls on other countries as a violation.'), []);
  assert.equal(kinds('He had a call with the president.'), ['phone call']);
});

test.run();

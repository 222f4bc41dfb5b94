import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';

function hedges(sentence: string) {
  const { tokens } = tokenise(sentence);
  const found = analyseSentence(sentence, tokens, {}).hedges;
  for (const h of found) assert.is(sentence.slice(h.start, h.end), h.text);
  return found.map((h) => [h.text, h.kind, h.certainty] as const);
}

test('plain future "will" versus "is expected to"', () => {
  const a = hedges('Secretary of State Tony Blinken will visit China in the coming weeks.');
  const b = hedges('Secretary of State Antony Blinken is expected to visit Beijing in February.');
  assert.equal(a, [['will', 'modal', 0.9]]);
  assert.equal(b, [['is expected to', 'expectation', 0.7]]);
  assert.ok(a[0][2] > b[0][2]);
});

test('modal verbs are graded', () => {
  const found = hedges('Chinese companies may be providing aid, which could undermine the strategy and would matter.');
  assert.equal(found.map((h) => h[0]), ['may', 'could', 'would']);
  assert.ok(found.every((h) => h[1] === 'modal' && h[2] < 0.9));
});

test('belief and evidential markers', () => {
  const found = hedges('Some officials believe evidence suggesting transfers is apparently solid, and it reportedly seems so.');
  const kinds = Object.fromEntries(found.map((h) => [h[0], h[1]]));
  assert.is(kinds.believe, 'belief');
  assert.is(kinds.suggesting, 'evidential');
  assert.is(kinds.apparently, 'evidential');
  assert.is(kinds.reportedly, 'evidential');
  assert.is(kinds.seems, 'evidential');
});

test('expectation verbs and passive evidentials', () => {
  assert.equal(hedges('The ministry plans to respond.'), [['plans to', 'expectation', 0.75]]);
  assert.equal(hedges('The envoy is said to be furious.'), [['is said to', 'evidential', 0.5]]);
  assert.equal(hedges('A deal is likely to follow.'), [['is likely to', 'expectation', 0.65]]);
});

test('the month May and plain statements are not hedges', () => {
  assert.equal(hedges('The talks were held in May in Geneva.'), []);
  assert.equal(hedges('China sold helmets to Russia.'), []);
});

test.run();

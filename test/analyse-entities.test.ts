import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence, entityMatches } from '../src/analyse/analyse.js';

function entities(sentence: string, prefix = '') {
  const text = prefix + sentence;
  const { tokens } = tokenise(text, prefix.length);
  const found = analyseSentence(text, tokens, {}).entities;
  for (const e of found) assert.is(text.slice(e.start, e.end), e.text);
  return found;
}
const summary = (s: string) => entities(s).map((e) => [e.text, e.kind, e.key]);

test('title + name gives a person without the title', () => {
  assert.equal(summary('President Xi Jinping has avoided criticizing Russia.'), [
    ['Xi Jinping', 'person', 'xi jinping'],
    ['Russia', 'place', 'russia'],
  ]);
  assert.equal(summary('Treasury Secretary Janet Yellen met Deputy Prime Minister Liu He.'), [
    ['Janet Yellen', 'person', 'janet yellen'],
    ['Liu He', 'person', 'liu he'],
  ]);
  assert.equal(summary('Later, US Secretary of State Antony Blinken spoke.'), [
    ['US', 'place', 'united states'],
    ['Antony Blinken', 'person', 'antony blinken'],
  ]);
});

test('U.S. with dots, demonyms and possessives map to the country', () => {
  assert.equal(summary("Some U.S. officials say China's government knows."), [
    ['U.S.', 'place', 'united states'],
    ['China', 'place', 'china'],
  ]);
  assert.equal(summary('Chinese companies sold helmets to Russia’s army.'), [
    ['Chinese', 'place', 'china'],
    ['Russia', 'place', 'russia'],
  ]);
});

test('organisations by head word, acronym and fixed phrase', () => {
  assert.equal(summary('CNN has contacted the Chinese Embassy in Washington.'), [
    ['CNN', 'organisation', 'cnn'],
    ['Chinese Embassy', 'organisation', 'chinese embassy'],
    ['Washington', 'place', 'washington'],
  ]);
  assert.equal(summary('A National Security Council spokeswoman declined, as did the CIA and the White House.'), [
    ['National Security Council', 'organisation', 'national security council'],
    ['CIA', 'organisation', 'central intelligence agency'],
    ['White House', 'organisation', 'white house'],
  ]);
});

test('sentence-initial ordinary words are not entities', () => {
  assert.equal(summary('Although state firms dominate, not all are watched.'), []);
  assert.equal(summary('Such assistance would represent a deepening of ties.'), []);
  assert.equal(summary('Increased support from China could undermine this.'), [['China', 'place', 'china']]);
});

test('entityMatches: surnames, demonyms and US aliases', () => {
  const [tony] = entities('Secretary of State Tony Blinken will travel.');
  const [antony] = entities('Secretary of State Antony Blinken is expected to travel.');
  assert.is(tony.key, 'tony blinken');
  assert.ok(entityMatches(tony, antony));
  assert.ok(entityMatches({ key: 'biden', kind: 'other' }, { key: 'joe biden', kind: 'person' }));
  assert.ok(!entityMatches({ key: 'joe biden', kind: 'person' }, { key: 'xi jinping', kind: 'person' }));
  const [chinese] = entities('Chinese firms sold helmets.');
  const [china] = entities('Firms in China sold helmets.');
  assert.ok(entityMatches(chinese, china));
  for (const us of ['the U.S. said', 'the United States said', 'the US said', 'America said']) {
    const [e] = entities(`Then ${us} no.`);
    assert.ok(entityMatches(e, { key: 'united states', kind: 'place' }), us);
  }
  assert.ok(entityMatches({ key: 'nsc', kind: 'organisation' }, { key: 'national security council', kind: 'organisation' }));
  assert.ok(!entityMatches({ key: 'russia', kind: 'place' }, { key: 'china', kind: 'place' }));
});

test('offsets are absolute inside a larger document', () => {
  const prefix = 'One. Two. ';
  const [e] = entities('It was Beijing.', prefix);
  assert.is(e.start, prefix.length + 'It was '.length);
});

test.run();

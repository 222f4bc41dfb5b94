// Differences a fact-checker expects to be found, read off the iSTS *train* headlines
// (twelfth pass): each pair differs, each control agrees.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

function quotes(a: string, b: string, type: string): string[][] {
  const v = comparePair(a, b);
  return v.differences.filter((d) => d.type === type && d.material).map((d) => [d.a.text, d.b.text]);
}

test('a count with a participle before its noun is still a count of that noun', () => {
  assert.equal(quotes('A drone strike killed 5 militants in the north.', 'A drone strike killed four suspected militants in the north.', 'number'), [['5 militants', 'four suspected militants']]);
  assert.equal(quotes('Police found 20 stolen cars at the depot.', 'Police found 20 cars at the depot.', 'number'), []);
});

test('"South" and "North" of one name are two places', () => {
  assert.equal(quotes('S. Korea proposed new talks over the factory.', 'North Korea proposed new talks over the factory.', 'place'), [['S. Korea', 'North Korea']]);
  assert.equal(quotes('S. Korea proposed new talks over the factory.', 'South Korea proposed new talks over the factory.', 'place'), []);
});

test('an act attempted on one side and done on the other', () => {
  assert.equal(quotes('He was charged with attempted murder on Monday.', 'He was charged with murder on Monday.', 'event'), [['attempted murder', 'murder']]);
  assert.equal(quotes('Police said the thwarted robbery left two hurt.', 'Police said the robbery left two hurt.', 'event'), [['thwarted robbery', 'robbery']]);
  assert.equal(quotes('He was charged with attempted murder on Monday.', 'He was charged with attempted murder and robbery on Monday.', 'event'), []);
});

test.run();

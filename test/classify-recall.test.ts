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
  assert.equal(quotes('Robbery was the motive, police said.', 'Attempted robbery was the motive, police said.', 'event'), [['Robbery', 'Attempted robbery']]);
  // The other side tries or stops it in other words, or "thwarted" is the verb: no difference.
  for (const [a, b] of [
    ['The president survived an attempted assassination in 1998.', 'The president survived an assassination attempt in 1998.'],
    ['Investigators described the foiled plot in detail.', 'Investigators described the plot, which was foiled, in detail.'],
    ['The general led an attempted coup in 2016.', 'The general led a failed coup in 2016.'],
    ['Security forces thwarted attacks on the base.', 'Security forces thwarted several attacks on the base.'],
    ['Officers foiled bank robberies in the city.', 'Officers foiled robberies at banks in the city.'],
  ]) assert.equal(quotes(a, b, 'event'), [], `${a} / ${b}`);
});

test('a minus sign kept on a figure is read for temperatures only, and never after another figure', () => {
  for (const [a, b] of [
    ['The vote was 5 -4 in favour.', 'The vote was 5-4 in favour.'],
    ['Growth was -5 percent last year.', 'Growth was minus 5 percent last year.'],
    ['The sentence is 5 -10 years in prison.', 'The sentence is 5 to 10 years in prison.'],
  ]) assert.equal(quotes(a, b, 'number'), [], `${a} / ${b}`);
});

test('places the gazetteer tells apart; regions, seas and demonyms are left to the looser rules', () => {
  assert.equal(quotes('The fighting spread to South Sudan.', 'The fighting spread to Sudan.', 'place'), [['South Sudan', 'Sudan']]);
  assert.equal(quotes('The storm hit North Carolina on Friday.', 'The storm hit South Carolina on Friday.', 'place'), [['North Carolina', 'South Carolina']]);
  assert.is(comparePair('Fires burned across Southern California on Friday.', 'Fires burned across Northern California on Friday.').class, 'divergent');
  // Words added in front of a name make the diff an insertion; the gazetteer still tells the places apart.
  assert.equal(quotes('Heavy flooding hit parts of Virginia on Friday, officials said.', 'Heavy flooding hit parts of West Virginia on Friday, officials said.', 'place'), [['Virginia', 'West Virginia']]);
  assert.equal(quotes('The fighting spread to Sudan on Monday.', 'The fighting spread to South Sudan on Monday.', 'place'), [['Sudan', 'South Sudan']]);
  assert.equal(quotes('The fighting spread from Sudan to South Sudan.', 'The fighting spread to South Sudan.', 'place'), []);
  for (const [a, b] of [
    ['Tankers were attacked in the Gulf on Monday.', 'Tankers were attacked in the Persian Gulf on Monday.'],
    ['Prices rose across East Asia this year.', 'Prices rose across Asia this year.'],
    ['Korean officials met on Monday.', 'North Korean officials met on Monday.'],
  ]) assert.equal(quotes(a, b, 'place'), [], `${a} / ${b}`);
});

test.run();

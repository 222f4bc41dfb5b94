import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';

function numbers(sentence: string, prefix = '') {
  const text = prefix + sentence;
  const { tokens } = tokenise(text, prefix.length);
  const found = analyseSentence(text, tokens, { referenceDate: '2023-01-24' }).numbers;
  for (const n of found) assert.is(text.slice(n.start, n.end), n.text);
  return found;
}

test('percent with an approximator', () => {
  const [n, m] = numbers('Chinese imports from Russia rose by nearly 50% year-on-year in 2022, while exports increased by 13%.');
  assert.is(n.value, 50);
  assert.is(n.unit, 'percent');
  assert.is(n.approx, 'nearly');
  assert.is(n.text, 'nearly 50%');
  assert.is(m.value, 13);
  assert.is(m.approx, '');
});

test('the year inside a date is not a quantity', () => {
  const found = numbers('Imports rose by nearly 50% in 2022.');
  assert.equal(found.map((n) => n.value), [50]);
  assert.is(numbers('The deal was signed on Jan. 5, 2022, in Geneva.').length, 0);
});

test('currency with a multiplier word', () => {
  const [n] = numbers('The Pentagon approved a $1.2 billion package for Kyiv.');
  assert.is(n.value, 1.2e9);
  assert.is(n.unit, 'usd');
  assert.is(n.text, '$1.2 billion');
  const [e] = numbers('Brussels pledged €3m in aid.');
  assert.is(e.value, 3e6);
  assert.is(e.unit, 'eur');
});

test('a currency word before a figure is the verb it spells; a code is a currency', () => {
  const [n] = numbers('Lind won 54 percent of the vote.');
  assert.is(n.text, '54 percent');
  assert.is(n.unit, 'percent');
  const [u, w] = numbers('The deal is worth USD 5 million and 300 won.');
  assert.equal([u.text, u.unit, w.text, w.unit], ['USD 5 million', 'usd', '300 won', 'krw']);
  // Other codes, and "RMB" for the yuan.
  assert.equal(numbers('They paid RMB 10 billion, INR 3 million and JPY 40,000.').map((m) => [m.text, m.unit]), [
    ['RMB 10 billion', 'cny'],
    ['INR 3 million', 'inr'],
    ['JPY 40,000', 'jpy'],
  ]);
});

test('word numbers take the head noun as unit, skipping modifiers', () => {
  const [n] = numbers('The embassy did not respond to two emails seeking comment.');
  assert.is(n.value, 2);
  assert.is(n.unit, 'email');
  const [o] = numbers('The claim was confirmed by two US officials.');
  assert.is(o.value, 2);
  assert.is(o.unit, 'official');
  assert.is(o.text, 'two US officials');
  const [s] = numbers('There are thousands of state-owned enterprises in China.');
  assert.is(s.unit, 'enterprise');
  assert.is(s.approx, 'thousands');
});

test('thousands separators, decimals and fractions', () => {
  const [a, b] = numbers('About 2,300 people fled as rates hit 5.5% on Monday.');
  assert.is(a.value, 2300);
  assert.is(a.unit, 'people');
  assert.is(a.approx, 'about');
  assert.is(b.value, 5.5);
  // A fraction of a whole is a share, compared as a percentage; an ordinal is none.
  const [f] = numbers('Two-thirds of voters backed the plan.');
  assert.ok(Math.abs(f.value - 200 / 3) < 1e-9);
  assert.equal([f.unit, f.approx], ['percent', 'about']);
  const [g] = numbers('Readmissions fell by a third.');
  assert.equal([g.text, g.unit, Math.round(g.value)], ['a third', 'percent', 33]);
  const [h] = numbers('Half of the patients were readmitted.');
  assert.equal([h.text, h.unit, h.value], ['Half', 'percent', 50]);
  assert.is(numbers('A third defendant was acquitted.').length, 0);
  // A fraction of a unit or of a figure is no share.
  assert.ok(numbers('Inflation rose by half a percent in May.').every((n) => n.value !== 50));
  assert.ok(numbers('The work was done by a third party.').every((n) => n.unit !== 'percent'));
  const [d] = numbers('A dozen drones were shot down.');
  assert.is(d.value, 12);
  assert.is(d.unit, 'drone');
});

test('ordinals and pronoun "one" are not quantities', () => {
  assert.is(numbers('It was the first such visit since the second summit.').length, 0);
  assert.is(numbers('No one was hurt.').length, 0);
});

test('offsets are absolute when the sentence is not at the start of the document', () => {
  const prefix = 'An earlier sentence. ';
  const [n] = numbers('Officials said more than 1,000 troops moved.', prefix);
  assert.is(n.start, prefix.length + 'Officials said '.length);
  assert.is(n.approx, 'more than');
  assert.is(n.value, 1000);
  assert.is(n.unit, 'troop');
});


test('temperatures: the scale after a figure or after "degrees", in words, capitals or with a degree sign', () => {
  const of = (t: string) => numbers(t).map((n) => [n.text, n.value, n.unit]);
  assert.equal(of('Temperatures reached 40 degrees Celsius.'), [['40 degrees Celsius', 40, 'celsius']]);
  assert.equal(of('It was 40 C (104 F) on Monday.'), [['40 C', 40, 'celsius'], ['104 F', 104, 'fahrenheit']]);
  assert.equal(of('It hit 40°C on Monday.'), [['40°C', 40, 'celsius']]);
  assert.equal(of('It was 104F in the shade.'), [['104F', 104, 'fahrenheit']]);
  // A lower-case letter is not a scale.
  assert.not.ok(numbers('Take 2 c of flour.').some((n) => n.unit === 'celsius'));
});

test('a unit of measure or time joined by a hyphen is the figure\'s unit; other nouns so joined are not', () => {
  const of = (t: string) => numbers(t).map((n) => [n.text, n.value, n.unit]);
  assert.equal(of('They recovered a 270-kilogram altar.'), [['270-kilogram', 270, 'kilogram']]);
  assert.equal(of('He got a 10-year sentence.'), [['10-year', 10, 'year']]);
  assert.equal(of('They built a seven-mile wall.'), [['seven-mile', 7, 'mile']]);
  assert.equal(of('They took a 3-point lead.').map((n) => n[2]), ['']);
  // An age says who, not how much: "the 76-year-old Pelosi" and "a 43-year-old congressman" are two people.
  assert.equal(of('The 76-year-old Pelosi won.').map((n) => n[2]), ['']);
});

test('two figures joined by a hyphen are two mentions; a smaller figure first makes a range', () => {
  const tally = numbers('The bill passed the Senate 60-40.');
  assert.equal(tally.map((n) => [n.text, n.value, n.low]), [['60', 60, undefined], ['40', 40, undefined]]);
  const range = numbers('Between 10 and 15 people were injured, and 10-15 more were missing.');
  assert.equal(range.map((n) => [n.text, n.value, n.unit, n.low]), [['10', 10, '', undefined], ['15 people', 15, 'people', 10], ['10', 10, '', undefined], ['15', 15, '', 10]]);
  assert.equal(numbers('Sales rose from 2019-2020.').length, 0, 'a span of years is a date');
});

test('a decimal without its leading zero, and a scale word joined by a hyphen', () => {
  const [ozone] = numbers('An alert is declared when ozone reaches .20 parts per million.');
  assert.is(ozone.value, 0.2);
  assert.is(ozone.text, '.20 parts');
  const [options] = numbers('The options were valued at $50-million last year.');
  assert.is(options.value, 50_000_000);
  assert.is(options.text, '$50-million');
  // A full stop after a figure is no decimal point.
  assert.is(numbers('The vote was 5. Then the count began.')[0].value, 5);
});

test('a short scale word that is no English word is read after a space too', () => {
  assert.is(numbers('Gambling revenue hit a record $38 bn in 2012.')[0].value, 38e9);
  assert.is(numbers('Sales were 2 mln euros.')[0].value, 2e6);
  // "m" and "k" need the figure glued to them ("$3m"): "5 m" may be metres.
  assert.is(numbers('He was fined $3m in May.')[0].value, 3e6);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';

function dates(sentence: string, referenceDate?: string, prefix = '') {
  const text = prefix + sentence;
  const { tokens } = tokenise(text, prefix.length);
  const found = analyseSentence(text, tokens, { referenceDate }).dates;
  for (const d of found) assert.is(text.slice(d.start, d.end), d.text);
  return found;
}

test('relative dates resolve against the reference date', () => {
  const [w, f] = dates('Yellen met Liu He last week and Blinken is expected to visit Beijing in February.', '2023-01-24');
  assert.is(w.text, 'last week');
  assert.is(w.grain, 'week');
  assert.is(w.from, '2023-01-16');
  assert.is(w.to, '2023-01-22');
  assert.is(f.text, 'February');
  assert.is(f.grain, 'month');
  assert.is(f.from, '2023-02-01');
  assert.is(f.to, '2023-02-28');
});

test('without a reference date relative dates keep a grain but no iso', () => {
  const [w, j] = dates('They met last week and again in July.');
  assert.is(w.grain, 'week');
  assert.is(w.iso, undefined);
  assert.is(j.grain, 'month');
  assert.is(j.iso, undefined);
  const [abs] = dates('The accord was signed on Nov. 14, 2022.');
  assert.is(abs.grain, 'day');
  assert.is(abs.iso, '2022-11-14');
});

test('without a reference date, "this month" does not resolve against the day the tool runs', () => {
  for (const s of ['Trump said earlier this month that he had tapes.', 'Prices rose this year.']) {
    const [d] = dates(s);
    assert.is(d.from, undefined, s);
    assert.is(d.stated, undefined, 'no part is written out');
  }
});

test('the calendar parts a date writes out are kept, resolved or not', () => {
  // The part of the day: 0 morning, 1 afternoon, 2 evening or night.
  assert.equal(dates('The bridge will close on Tuesday night.')[0].stated, { weekday: 2, period: 2 });
  assert.equal(dates('The bridge will close on Tuesday morning.')[0].stated, { weekday: 2, period: 0 });
  assert.equal(dates('The plant reopened on January 5.')[0].stated, { month: 1, day: 5 });
  assert.equal(dates('The plant reopened on January 5 at 3 p.m.')[0].stated, { month: 1, day: 5, hour: 15 });
  assert.equal(dates('The accord was signed on Nov. 14, 2022.')[0].stated, { year: 2022, month: 11, day: 14 });
  for (const s of ['They met two days ago.', 'They met yesterday.', 'They met last month.']) assert.is(dates(s)[0].stated, undefined, s);
});

test('a lower-case abbreviation alone is a word, not a date, even with a report date', () => {
  assert.equal(dates('The couple will wed next month.', '2023-01-24').map((d) => d.text), ['next month']);
  assert.equal(dates('The couple will marry on Wednesday.', '2023-01-24').map((d) => d.text), ['Wednesday']);
});

test('early/late modifiers narrow the period', () => {
  const [late] = dates('In late December, Xi and Putin held a phone call.', '2023-01-24');
  assert.is(late.text, 'late December');
  assert.is(late.from, '2022-12-21');
  assert.is(late.to, '2022-12-31');
  const [early] = dates('The outbreak halted travel in early 2020.', '2023-01-24');
  assert.is(early.text, 'early 2020');
  assert.is(early.grain, 'year');
  assert.is(early.from, '2020-01-01');
  assert.is(early.to, '2020-04-30');
});

test('bare years and "last year"', () => {
  const [y] = dates('Imports rose by nearly 50% in 2022.');
  assert.is(y.text, '2022');
  assert.is(y.grain, 'year');
  assert.is(y.to, '2022-12-31');
  const [ly] = dates('They met in Bali last year.', '2023-01-24');
  assert.is(ly.grain, 'year');
  assert.is(ly.from, '2022-01-01');
});

test('a past month far ahead of the reference date is read as last year', () => {
  const m = dates('After meeting a senior official in July, Blinken said he raised concerns.', '2023-01-24')
    .find((d) => d.grain === 'month')!;
  assert.is(m.from, '2022-07-01');
  const [lm] = dates('Last March was the wettest on record.', '2023-01-24');
  assert.is(lm.from, '2022-03-01');
});

test('event anchors and vague periods are relative mentions', () => {
  const found = dates('China and Russia declared a partnership at the start of the war, and Blinken will visit in the coming weeks.');
  assert.equal(found.map((d) => [d.text, d.grain]), [
    ['at the start of the war', 'relative'],
    ['in the coming weeks', 'relative'],
  ]);
  assert.is(found[0].iso, undefined);
});

test('a count after a weekday is not read as a time', () => {
  const [d] = dates('On Tuesday 10 people died.', '2023-01-26');
  assert.is(d.grain, 'day');
  assert.is(d.text, 'Tuesday');
});

test('sentences without a trigger give no dates; offsets are absolute', () => {
  assert.is(dates('The administration considers it a victory.').length, 0);
  const prefix = 'First. ';
  const [d] = dates('It happened on March 3, 2021.', undefined, prefix);
  assert.is(d.start, prefix.length + 'It happened on '.length);
  assert.is(d.iso, '2021-03-03');
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';

function analyse(sentence: string, prefix = '') {
  const text = prefix + sentence;
  const { tokens } = tokenise(text, prefix.length);
  const a = analyseSentence(text, tokens, {});
  for (const m of a.attributions) {
    assert.is(text.slice(m.start, m.end), m.text);
    assert.is(text.slice(m.source.start, m.source.end), m.source.text);
  }
  return a;
}

const apposed = (s: string) => analyse(s).attributions.map((a) => [a.source.text, a.appositive?.text ?? null, a.kind]);

const sources = (s: string) => analyse(s).attributions.map((a) => [a.source.text, a.kind]);

test('"according to two US officials" is an anonymous attribution and a number', () => {
  const a = analyse('Beijing knows about the transactions, according to two US officials.');
  assert.equal(a.attributions.map((x) => [x.text, x.source.text, x.kind]), [
    ['according to two US officials', 'two US officials', 'anonymous'],
  ]);
  assert.equal(a.numbers.map((n) => [n.value, n.unit]), [[2, 'official']]);
});

test('people familiar with the matter', () => {
  assert.equal(sources('Some firms may be helping Russia, according to people familiar with the matter.'), [
    ['people familiar with the matter', 'anonymous'],
  ]);
  assert.equal(sources('The support is non-lethal, the people said.'), [['the people', 'anonymous']]);
});

test('sources close to intelligence, and "told CNN"', () => {
  assert.equal(sources('Beijing wanted to avoid angering the world, sources close to US intelligence said.'), [
    ['sources close to US intelligence', 'anonymous'],
  ]);
  const [t] = analyse('Several sources familiar with US and European intelligence told CNN about the items.').attributions;
  assert.is(t.source.text, 'Several sources familiar with US and European intelligence');
  assert.is(t.kind, 'anonymous');
  assert.ok(t.text.endsWith('told CNN'));
});

test('named people, outlets and documents', () => {
  assert.equal(sources('“It is difficult to be neutral,” Blinken said.'), [['Blinken', 'named']]);
  assert.equal(sources('The road to peace was not easy, the broadcaster said.'), [['the broadcaster', 'outlet']]);
  assert.equal(sources('They opposed nuclear threats, the White House statement said.'), [
    ['the White House statement', 'document'],
  ]);
  assert.equal(sources('They agreed to cooperate, according to Chinese state television.'), [
    ['Chinese state television', 'outlet'],
  ]);
  assert.equal(sources('Bloomberg first reported the contact.'), [['Bloomberg', 'outlet']]);
  assert.equal(sources('The deal is off, said Antony Blinken.'), [['Antony Blinken', 'named']]);
});

test('refusals to comment carry an official source', () => {
  const a = analyse('A National Security Council spokeswoman declined to comment.');
  assert.equal(a.attributions.map((x) => [x.source.text, x.kind]), [['A National Security Council spokeswoman', 'official']]);
  assert.equal(sources('The Chinese Embassy in Washington did not respond to two emails seeking comment.'), [
    ['The Chinese Embassy in Washington', 'official'],
  ]);
});

test('an infinitive or non-reporting verb is not an attribution', () => {
  assert.equal(sources('Officials did not detail the support except to say it is non-lethal.'), []);
  assert.equal(sources('The administration considers it a victory.'), []);
});

test('a reporting verb with a plain object is an event, not an attribution; with a clause it attributes', () => {
  assert.equal(sources('Russia and China declared a “limitless” relationship before the war.'), []);
  assert.equal(sources('The ministry confirmed the deal on Monday.'), []);
  assert.equal(sources('The ministry declared that the border was closed.'), [['The ministry', 'official']]);
  assert.equal(sources('The ministry confirmed on Monday that the deal was off.'), [['The ministry', 'official']]);
  assert.equal(sources('The deal is off, the ministry confirmed.'), [['the ministry', 'official']]);
  assert.equal(sources('Two US officials said the deal is off.'), [['Two US officials', 'anonymous']]);
  assert.equal(sources('Bloomberg first reported the contact.'), [['Bloomberg', 'outlet']]);
});

test('a capitalised plural source at the start of a sentence keeps its kind', () => {
  assert.equal(sources('Officials confirmed: the deal is off.'), [['Officials', 'anonymous']]);
  assert.equal(sources('Analysts said the deal is off.'), [['Analysts', 'anonymous']]);
});

test('appositives: the speaker is the name before "NAME, ROLE, said", not the subject of what was said', () => {
  assert.equal(apposed('Senator Hale, a Republican from Ohio, said Governor Ross would sign the bill.'), [
    ['Senator Hale', 'a Republican from Ohio', 'named'],
  ]);
  assert.equal(apposed('“Not accurate,” said the spokesman, Peter Carr.'), [['the spokesman', 'Peter Carr', 'named']]);
  assert.equal(apposed('Trump Jr.’s attorney, Alan Futerfas, said the papers were leaked.'), [
    ['Trump Jr.’s attorney', 'Alan Futerfas', 'named'],
  ]);
});

test('not speakers: a time after "said", a coordinated "and said", the subject of the reported clause', () => {
  assert.equal(sources('“We disagree,” said Wednesday.'), []);
  assert.equal(sources('Firms spoke out against the law and said they would leave.'), []);
  assert.equal(sources('Maine Gov. Paul LePage (R) said Wednesday that he would stay.'), [['Maine Gov. Paul LePage', 'named']]);
});

test('a day between the speaker and the verb is when, not who', () => {
  assert.equal(sources('Electronic Data Systems Corp. Thursday said the regulator asked for documents.').map((x) => x[0]), ['Electronic Data Systems Corp.']);
  assert.equal(sources('Stone on Friday said he would appeal.').map((x) => x[0]), ['Stone']);
});

test.run();

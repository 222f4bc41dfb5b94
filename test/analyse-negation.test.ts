import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';

function negations(sentence: string, prefix = '') {
  const text = prefix + sentence;
  const { tokens } = tokenise(text, prefix.length);
  const found = analyseSentence(text, tokens, {}).negations;
  for (const n of found) {
    assert.is(text.slice(n.start, n.end), n.text);
    if (n.scope) assert.is(text.slice(n.scope.start, n.scope.end), n.scope.text);
  }
  return found.map((n) => [n.text, n.scope?.text ?? null]);
}

test('not, n\'t and no with a scope', () => {
  assert.equal(negations('The embassy did not respond to requests.'), [['not', 'respond']]);
  assert.equal(negations("The ministry didn't confirm the sale."), [["n't", 'confirm']]);
  assert.equal(negations('Officials have seen no evidence that China provided lethal aid.'), [['no', 'evidence']]);
});

test('non-lethal is a word, not a negation', () => {
  assert.equal(negations('Chinese companies sold non-lethal equipment to Russia.'), []);
});

test('fixed phrases that do not negate the claim', () => {
  assert.equal(negations('The firms sold not only helmets but also vests.'), []);
  assert.equal(negations('There is no doubt the talks happened, whether or not they were useful.'), []);
});

test('lexical negators', () => {
  assert.equal(negations('US officials declined to provide details.'), [['declined to', 'provide details']]);
  assert.equal(negations('China stopped offering financial support.'), [['stopped', 'offering']]);
  assert.equal(negations('The pandemic halted travel in 2020.'), [['halted', 'travel']]);
  assert.equal(negations('The Kremlin denied the report.').map((n) => n[0]), ['denied']);
});

test('never, without and "no longer"', () => {
  assert.equal(negations('Nuclear war should never be fought.'), [['never', 'fought']]);
  assert.equal(negations('They left without signing.')[0][0], 'without');
  assert.equal(negations('Beijing no longer supplies parts.')[0][0], 'no longer');
});

test('offsets are absolute inside a larger document', () => {
  const prefix = 'Intro text here. ';
  const [n] = analyseSentence(prefix + 'It was not clear.', tokenise(prefix + 'It was not clear.', prefix.length).tokens, {}).negations;
  assert.is(n.start, prefix.length + 'It was '.length);
});

test('"stopped for speeding" is a halt, not a denial; "stopped offering" still negates', () => {
  assert.equal(negations('The driver was stopped for speeding in Texas.'), []);
  assert.equal(negations('China stopped offering support.').map((n) => n[0]), ['stopped']);
});

test('a contraction that lost its apostrophe negates; "NT" and other letters do not', () => {
  const cues = (t: string) => negations(t).map((n) => n[0]);
  assert.equal(cues('I dont know anybody.'), ['dont']);
  assert.equal(cues('They cant find him.'), ['cant']);
  assert.equal(cues('Police in Darwin (NT) arrested a man.'), []);
});

test('someone\'s refusal or failure to act negates it; a bare one, a compound name, stopping a person do not', () => {
  assert.equal(negations("The bishop's initial refusal to participate surprised nobody."), [['refusal', 'participate'], ['nobody', null]]);
  assert.equal(negations('Their failure, three times running, to win a seat hurt them.'), [['failure', 'win']]);
  assert.equal(negations('Failure to pass the bill would raise the risk of recession.'), []);
  assert.equal(negations('The creators of the do-not-call registry were pleased.'), []);
  assert.equal(negations('Customs officers stopped al-Amoudi at the airport.'), []);
  assert.equal(negations('Police stopped him at the border.'), []);
  assert.equal(negations('The court stopped the Maldives election.'), [['stopped', 'Maldives election']]);
  assert.equal(negations('The agency lacked the authority.'), [['lacked', 'authority']]);
});

test.run();

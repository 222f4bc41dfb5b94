import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseSentence } from '../src/analyse/analyse.js';
import { wordDiff } from '../src/explain/word-diff.js';
import type { AnalysedSentence } from '../src/model/stages.js';
import { tokenise } from '../src/segment/tokens.js';

function sentence(text: string): AnalysedSentence {
  const { tokens } = tokenise(text);
  return { index: 0, id: 's1', start: 0, end: text.length, paragraph: 0, boilerplate: false, tokens, analysis: analyseSentence(text, tokens, {}) };
}

function diffOf(a: string, b: string) {
  return wordDiff([sentence(a)], a, [sentence(b)], b);
}

test('a Title Case headline on either side splits names into words on both sides', () => {
  const ops = (a: string, b: string) => diffOf(a, b).map((p) => [p.op, p.text.trim()]);
  // Only the swapped word differs; the shared name matches although one side is in ordinary case.
  assert.equal(ops('12 Soldiers Killed in Blast Near Border', '12 Civilians Killed in Blast Near Border').filter(([op]) => op !== 'equal'), [['delete', 'Soldiers'], ['insert', 'Civilians']]);
  assert.ok(ops('Joe Biden Signs Infrastructure Bill Into Law', 'Joe Biden signs infrastructure bill into law').some(([op, t]) => op === 'equal' && t.startsWith('Joe')));
  // Outside headlines a name stays one piece.
  assert.equal(ops('Joe Biden signed the bill.', 'Jill Biden signed the bill.').filter(([op]) => op !== 'equal'), [['delete', 'Joe Biden'], ['insert', 'Jill Biden']]);
});

test('equal, delete and insert parts quote their source exactly at their offsets', () => {
  const a = 'Imports rose by nearly 50% in 2022, officials said.';
  const b = 'Imports rose by 13% in 2022, the ministry said.';
  for (const p of diffOf(a, b)) {
    if (p.a) assert.is(p.text.trimStart(), a.slice(p.a.start, p.a.end));
    if (p.op === 'insert') assert.is(p.text.trimStart(), b.slice(p.b!.start, p.b!.end));
  }
});

test('markup between words is part of the diff: a changed link target shows as changed', () => {
  const a = 'Police arrested 4 suspects [link](http://x.com) near the harbour.';
  const b = 'Police arrested 6 suspects [link](http://y.com) near the harbour.';
  const parts = diffOf(a, b);
  for (const p of parts) {
    const src = p.op === 'insert' ? b : a;
    const at = p.op === 'insert' ? p.b! : p.a!;
    assert.is(p.text.trimStart(), src.slice(at.start, at.end), 'white space, then exactly the slice');
  }
  assert.equal(parts.filter((p) => p.op !== 'equal').map((p) => p.text.trim()), ['4 suspects', '6 suspects', '](http://x.com)', '](http://y.com)']);
});

test('the A side and the B side can be read back from the diff', () => {
  const a = 'Treasury Secretary Janet Yellen met Liu He last week in Zurich.';
  const b = 'The Treasury chief met Vice Premier Liu He in Zurich on Wednesday.';
  const parts = diffOf(a, b);
  const side = (ops: string[]) => parts.filter((p) => ops.includes(p.op)).map((p) => p.text).join('').replace(/\s+/g, ' ').trim();
  assert.is(side(['equal', 'delete']).toLowerCase(), a.toLowerCase());
  assert.is(side(['equal', 'insert']).toLowerCase(), b.toLowerCase());
});

test('a number or a name is never split across diff parts', () => {
  const parts = diffOf('Sales reached $1.2 billion, said Xi Jinping.', 'Sales reached $1.5 billion, said Xi Jinping.');
  const deleted = parts.filter((p) => p.op === 'delete').map((p) => p.text.trim());
  const inserted = parts.filter((p) => p.op === 'insert').map((p) => p.text.trim());
  assert.equal(deleted, ['$1.2 billion']);
  assert.equal(inserted, ['$1.5 billion']);
  assert.ok(parts.some((p) => p.op === 'equal' && p.text.includes('Xi Jinping')));
});

test('a word that starts A after words only in B keeps a space before it', () => {
  const parts = diffOf('The war began in February.', 'Shortly before the war began in February.');
  const b = parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
  assert.not.match(b, /before[A-Za-z]/i);
});

test('identical sentences give one equal part', () => {
  const s = 'China has scaled back those plans.';
  const parts = diffOf(s, s);
  assert.is(parts.length, 1);
  assert.is(parts[0].op, 'equal');
  assert.is(parts[0].text, s);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffWordsWithSpace } from 'diff';
import fc from 'fast-check';
import type { DiffPart } from '../src/model/result.js';
import { renderDiff } from '../src/render/markdown-diff.js';
import { wordDiff as engineDiff } from '../src/explain/word-diff.js';
import { analyseReport } from '../src/pipeline/report.js';
import { compare } from '../src/pipeline/compare.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { normaliseWhitespace } from '../src/render/markdown-escape.js';

const eq = (text: string): DiffPart => ({ op: 'equal', text });
const del = (text: string): DiffPart => ({ op: 'delete', text });
const ins = (text: string): DiffPart => ({ op: 'insert', text });

/** A word diff as the engine would produce one. */
function wordDiff(a: string, b: string): DiffPart[] {
  return diffWordsWithSpace(a, b).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
}

test('plain style: deletions struck, insertions bold, shared words unmarked', () => {
  const out = renderDiff([eq('according to '), del('two'), ins('three'), eq(' officials')]);
  assert.is(out, 'according to ~~two~~ **three** officials');
});

test('words both sides share stay unmarked between rewritten phrases', () => {
  const out = renderDiff([del('China and'), eq(' Russia'), del(' publicly'), ins(' and China'), eq(' declared'), ins(' a'), eq(' deal.')]);
  assert.is(out, '~~China and~~ Russia ~~publicly~~ **and China** declared **a** deal.');
});

test('critic style', () => {
  const out = renderDiff([eq('according to '), del('two'), ins('three'), eq(' officials')], 'critic');
  assert.is(out, 'according to {--two--}{++three++} officials');
  assert.is(renderDiff([eq('a '), ins('{x}')], 'critic'), 'a {++\\{x\\}++}');
});

test('changes inside a word are widened to the whole word (GFM flanking)', () => {
  const out = renderDiff([eq('US officials'), del(','), ins(';'), eq(' said')]);
  assert.is(out, 'US ~~officials,~~ **officials;** said');
  // Punctuation-led insertion stays at a whitespace boundary.
  const q = renderDiff([eq('was '), ins('"concerning"'), eq(' ')]);
  assert.is(q, 'was **"concerning"**');
});

test('adjacent changed words merge into one phrase', () => {
  const out = renderDiff(wordDiff('Blinken will visit China in the coming weeks.', 'Blinken will travel to Beijing on Feb. 5.'));
  assert.is(out, 'Blinken will ~~visit China in the coming weeks.~~ **travel to Beijing on Feb. 5.**');
});

test('pure insertions and deletions', () => {
  assert.is(renderDiff(wordDiff('the company said', 'the state company said')), 'the **state** company said');
  assert.is(renderDiff(wordDiff('it did not comment', 'it did comment')), 'it did ~~not~~ comment');
});

test('markers never touch whitespace on the inside', () => {
  const out = renderDiff([eq('said '), del('two '), ins(' three  '), eq('officials')]);
  assert.is(out, 'said ~~two~~ **three** officials');
});

test('markup in diffed words is escaped', () => {
  const out = renderDiff(wordDiff('a *b* c', 'a _b_ c'));
  assert.is(out, 'a ~~\\*b\\*~~ **\\_b\\_** c');
});

test('whitespace-only differences and empty diffs are unmarked', () => {
  assert.is(renderDiff([eq('a'), del('  '), ins('\n'), eq('b')]), 'a b');
  assert.is(renderDiff([]), '');
  assert.is(renderDiff([eq('same text')]), 'same text');
});

test('newlines inside a diff never break the line', () => {
  const out = renderDiff(wordDiff('first\nline here', 'first\nline there'));
  assert.not.match(out, /\n/);
  assert.is(out, 'first line ~~here~~ **there**');
});

const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const DEL = /~~((?:\\.|[^\\~])*)~~/g;
const INS = /\*\*((?:\\.|[^\\*])*)\*\*/g;

/** The text of one side, read back from a plain-style diff line. */
function side(line: string, keep: 'a' | 'b'): string {
  const s = keep === 'a' ? line.replace(INS, '').replace(DEL, '$1') : line.replace(DEL, '').replace(INS, '$1');
  return normaliseWhitespace(unescape(s));
}

test('property: each side reads back exactly from the diff line', () => {
  const word = fc.constantFrom('the', 'The', 'two', '2', '*', '_x_', '~', '`', '|', '[a]', '<i>', ',', '.', '"', '\\', ' ', '\n', '  ');
  const text = fc.array(word, { maxLength: 12 }).map((w) => w.join(''));
  fc.assert(
    fc.property(text, text, (a, b) => {
      const line = renderDiff(wordDiff(a, b));
      assert.not.match(line, /\n/);
      assert.is(side(line, 'a'), normaliseWhitespace(a));
      assert.is(side(line, 'b'), normaliseWhitespace(b));
    }),
    { numRuns: 300, seed: 11 },
  );
});

test('a shared word B spells otherwise is marked as changed, so B is never quoted in A\'s spelling', () => {
  // A: "The court fined the firm."  B: "After a hearing, the court fined the firm."
  const b = 'After a hearing, the court fined the firm.';
  const parts: DiffPart[] = [
    { op: 'insert', text: 'After a hearing,', b: { start: 0, end: 16 } },
    { op: 'equal', text: ' The court fined the firm.', a: { start: 0, end: 25 }, b: { start: 17, end: 42 } },
  ];
  const line = renderDiff(parts, 'plain', (start, end) => b.slice(start, end));
  assert.is(line, '~~The~~ **After a hearing, the** court fined the firm.');
  assert.is(side(line, 'b'), b);
  assert.is(side(line, 'a'), 'The court fined the firm.');
  // Without B's text the line is as before.
  assert.is(renderDiff(parts), '**After a hearing,** The court fined the firm.');
});

/** The engine's word diff of two texts, and readers of each text by offsets. */
function engine(a: string, b: string) {
  const [da, db] = [analyseReport({ text: a, name: 'a' }, 'a'), analyseReport({ text: b, name: 'b' }, 'b')];
  return {
    parts: engineDiff(da.sentences, a, db.sentences, b),
    quoteA: (start: number, end: number) => a.slice(start, end),
    quoteB: (start: number, end: number) => b.slice(start, end),
  };
}

test('a word joined on one side and split on the other keeps each side\'s spacing ("full-year" / "full year")', () => {
  const a = 'Brightwell raised its full-year forecast.';
  const b = 'Brightwell cut its forecast for the full year.';
  const e = engine(a, b);
  const line = renderDiff(e.parts, 'plain', e.quoteB, e.quoteA);
  assert.is(side(line, 'a'), a);
  assert.is(side(line, 'b'), b);
  const q = engine('Moravec said Eberle was "exactly the player we needed."', '"He is exactly the player we needed," said Rhee.');
  const quoted = renderDiff(q.parts, 'plain', q.quoteB, q.quoteA);
  assert.is(side(quoted, 'b'), '"He is exactly the player we needed," said Rhee.');
  assert.match(quoted, / the player we /);
});

test('in the report, a link of two sentences keeps the space between them on its side', () => {
  const a = 'Mr. Obama said: "I trust in God, but God wants us to help ourselves by putting people back to work."';
  const b = "That's not putting people back to work. I trust in God, but God wants us to help ourselves.";
  const md = renderMarkdown(compare({ text: a, name: 'A' }, { text: b, name: 'B' }));
  const line = md.split('\n').find((l) => l.startsWith('- Diff: '));
  assert.ok(line);
  assert.is(side(line.slice('- Diff: '.length), 'b'), b);
});

test('property: with both texts, each side reads back exactly from the engine\'s diff', () => {
  const word = fc.constantFrom('the', 'The', 'full', 'year', 'full-year', '-', '"', '“', '”', ',', '.', '12', '12%', 'Smith', "Smith's", '(', ')');
  // Each text opens with a word, so that no Markdown list or heading marker is read off its start.
  const text = fc.array(word, { minLength: 1, maxLength: 10 }).chain((ws) =>
    fc.array(fc.constantFrom(' ', ''), { minLength: ws.length, maxLength: ws.length }).map((gaps) => `Then ${ws.map((w, k) => (k === 0 ? w : gaps[k] + w)).join('')}.`),
  );
  fc.assert(
    fc.property(text, text, (a, b) => {
      const e = engine(a, b);
      const line = renderDiff(e.parts, 'plain', e.quoteB, e.quoteA);
      assert.is(side(line, 'a'), normaliseWhitespace(a));
      assert.is(side(line, 'b'), normaliseWhitespace(b));
    }),
    { numRuns: 200, seed: 7 },
  );
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import {
  escapeHeadingPart,
  escapeText,
  normaliseWhitespace,
  quote,
  truncateText,
} from '../src/render/markdown-escape.js';

/** Undo backslash escapes (CommonMark: any ASCII punctuation). */
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

test('inline syntax characters are backslash-escaped', () => {
  assert.is(escapeText('a|b*c_d`e<f>g[h]i~j\\k'), 'a\\|b\\*c\\_d\\`e\\<f\\>g\\[h\\]i\\~j\\\\k');
  assert.is(escapeText('[x](y)'), '\\[x\\](y)');
  assert.is(escapeText('<script>alert(1)</script>'), '\\<script\\>alert(1)\\</script\\>');
});

test('escaping is reversible: unescaping gives the normalised text back', () => {
  const samples = ['He said *no* | she said _yes_', '`rm -rf` <b>[link](http://x.y)</b>', '# 1. - + > ~~x~~', 'a\\b'];
  for (const s of samples) assert.is(unescape(escapeText(s)), normaliseWhitespace(s), s);
});

test('property: one line, no edge whitespace, reversible', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.boolean(), (text, midLine) => {
      const out = escapeText(text, { midLine });
      assert.not.match(out, /[\r\n]/);
      assert.is(out, out.trim());
      assert.is(unescape(out), normaliseWhitespace(text));
    }),
    { numRuns: 300, seed: 7 },
  );
});

test('line-start block syntax is neutralised, mid-line text left alone', () => {
  assert.is(escapeText('# Breaking news'), '\\# Breaking news');
  assert.is(escapeText('- a list?'), '\\- a list?');
  assert.is(escapeText('+ plus'), '\\+ plus');
  assert.is(escapeText('1984. The year'), '1984\\. The year');
  assert.is(escapeText('3) third'), '3\\) third');
  assert.is(escapeText('> quoted'), '\\> quoted');
  assert.is(escapeText('1984. The year', { midLine: true }), '1984. The year');
  assert.is(escapeText('It rose 5. Then'), 'It rose 5. Then');
});

test('whitespace: newlines, tabs and trailing spaces never survive', () => {
  const s = escapeText('  first line\nsecond\tline\r\n\n third   ');
  assert.is(s, 'first line second line third');
  assert.not.match(escapeText('trailing   '), / $/);
  assert.is(escapeText(' \n\t '), '');
});

test('entities, math dollars, autolinks are kept literal', () => {
  assert.is(escapeText('AT&amp;T and R&D'), 'AT\\&amp;T and R&D');
  assert.is(escapeText('cost $5'), 'cost \\$5');
  assert.is(escapeText('from $5 to $10'), 'from \\$5 to \\$10');
  assert.is(escapeText('see https://example.com/a'), 'see https\\://example.com/a');
  assert.is(escapeText('visit www.example.com'), 'visit www\\.example.com');
  assert.is(escapeText('mail tips@example.com'), 'mail tips\\@example.com');
  assert.is(escapeText('so :smile: at 10:30:45'), 'so \\:smile: at 10:30:45');
});

test('extra characters (CriticMarkup braces)', () => {
  assert.is(escapeText('a {b} c', { extra: '{}' }), 'a \\{b\\} c');
  assert.is(escapeText('a {b} c'), 'a {b} c');
});

test('heading parts ending in punctuation are quoted', () => {
  assert.is(escapeHeadingPart('Yahoo!'), '“Yahoo!”');
  assert.is(escapeHeadingPart('CNN'), 'CNN');
  assert.is(escapeHeadingPart('A_B'), 'A\\_B');
  assert.is(escapeHeadingPart('News #'), 'News \\#');
});

test('quote: quotes escaped text, names an empty span', () => {
  assert.is(quote('two *US* officials'), '“two \\*US\\* officials”');
  assert.is(quote(''), '(nothing)');
  assert.is(quote('- 5'), '“- 5”');
});

test('truncateText: only very long text, at a word boundary, says what is left out', () => {
  assert.is(truncateText('short text', 100), 'short text');
  assert.is(truncateText('short text', 0), 'short text');
  const long = 'word '.repeat(100).trim(); // 499 chars
  const t = truncateText(long, 50);
  assert.ok(t.startsWith('word word'));
  assert.match(t, / … \(\d+ more characters\)$/);
  const kept = t.slice(0, t.indexOf(' …'));
  assert.ok(kept.length <= 50);
  assert.ok(kept.endsWith('word'), 'cut at a word boundary');
  assert.is(Number(/\((\d+) more/.exec(t)?.[1]), long.length - kept.length);
  // No word boundary: hard cut, no broken surrogate pair.
  const emoji = '😀'.repeat(40);
  const e = truncateText(emoji, 11);
  assert.not.match(e.slice(0, e.indexOf(' …')), /[\ud800-\udbff]$/);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseReport, articleFromHtml, compare, compareAnalysed, InputError, MAX_REPORT_BYTES, onSide, renderJson, renderMarkdown, resolveOptions } from '../src/index.js';
import { checkReportSize } from '../src/ingest/limits.js';
import { MAX_MANIFEST_BYTES } from '../cli/read-input.js';
import { internedSize, resetInterning, trimInterning } from '../src/score/intern.js';
import { readFileSync } from 'node:fs';

const throwsInput = (fn: () => unknown, pattern: RegExp) => {
  try {
    fn();
  } catch (e) {
    assert.instance(e, InputError);
    assert.match((e as Error).message, pattern);
    return;
  }
  assert.unreachable('expected an InputError');
};

test('library input is checked: names and paths are strings, sides are a or b', () => {
  throwsInput(() => compare({ text: 'The fire spread.', name: 5 as unknown as string }, 'x.'), /A: name must be a string \(got number\)/);
  throwsInput(() => analyseReport('The fire spread.', 'c' as 'a'), /side must be 'a' or 'b' \(got "c"\)/);
  const doc = analyseReport('The fire spread.', 'a');
  throwsInput(() => onSide(doc, 'x' as 'b', 'The fire spread.'), /side must be 'a' or 'b'/);
});

test('an option given as a string is named as a string in the error', () => {
  throwsInput(() => compare('The fire spread.', 'The fire spread.', { linkThreshold: '0.5' as unknown as number }), /linkThreshold must be a number between 0 and 1 \(got "0.5"\)/);
});

test('renderMarkdown checks what it is given', () => {
  throwsInput(() => renderMarkdown(null as never), /expected a Comparison/);
  const r = compare('The fire spread.', 'The fire spread fast.');
  throwsInput(() => renderMarkdown(r, { diffStyle: 'bogus' as 'plain' }), /diffStyle must be 'plain' or 'critic' \(got "bogus"\)/);
  assert.match(renderMarkdown(r, { diffStyle: 'critic' }), /^# /);
});

test('options: only own option names, and an object that is not an array', () => {
  throwsInput(() => resolveOptions({ toString: 1 } as never), /unknown option toString/);
  throwsInput(() => resolveOptions({ constructor: 1 } as never), /unknown option constructor/);
  throwsInput(() => compare('The fire spread.', 'The fire spread.', [] as never), /options must be an object/);
});

test('library entry points name what they expected instead of failing inside', () => {
  throwsInput(() => compareAnalysed(null as never, null as never), /report A must be on side a/);
  throwsInput(() => onSide(null as never, 'b', 'x.'), /expected a report from analyseReport/);
  throwsInput(() => renderJson(undefined as never), /renderJson: expected a Comparison/);
  throwsInput(() => renderMarkdown(compare('The fire spread.', 'The fire spread.'), 'x' as never), /options must be an object/);
});

test('the library refuses a report over the limit the command applies to files (4 MB of UTF-8)', async () => {
  assert.is(MAX_REPORT_BYTES, 4 * 1024 * 1024);
  const over = 'The council met. '.repeat(Math.ceil((MAX_REPORT_BYTES + 1) / 17));
  throwsInput(() => compare(over, 'The council met.'), /^A: too large \(4\.0 MB; the limit is 4 MB\)$/);
  throwsInput(() => analyseReport({ text: over, name: 'long.txt' }, 'b'), /^long\.txt: too large/);
  // Bytes of UTF-8, as a file's size is counted, not characters: 2.2 million "é" are 4.2 MB.
  const accents = 'é'.repeat(2_200_000);
  assert.ok(accents.length < MAX_REPORT_BYTES);
  throwsInput(() => checkReportSize(accents, 'A'), /A: too large \(4\.2 MB; the limit is 4 MB\)/);
  checkReportSize('x'.repeat(MAX_REPORT_BYTES), 'A');
  throwsInput(() => checkReportSize('x'.repeat(MAX_REPORT_BYTES + 1), 'A'), /too large/);
  let error: unknown;
  await articleFromHtml(`<!doctype html><html><body><p>${over}</p></body></html>`).catch((e) => (error = e));
  assert.instance(error, InputError);
  assert.match((error as Error).message, /^HTML page: too large \(4\.0 MB; the limit is 4 MB\)$/);
  assert.ok(MAX_MANIFEST_BYTES > MAX_REPORT_BYTES, 'the manifest limit is a separate, larger one');
});

test('renumbering interned words between comparisons changes no output; a long-lived process trims its tables', () => {
  const a = readFileSync('seeds/cnn-2023-01-china-russia.txt', 'utf8');
  const b = readFileSync('seeds/bloomberg-2023-01-24-china-russia.txt', 'utf8');
  const first = renderJson(compare(a, b));
  assert.ok(internedSize() > 0);
  resetInterning();
  assert.is(internedSize(), 0);
  // Other words first, so every word gets a different id this time.
  compare('Voters in Ohio chose a new governor on Tuesday.', 'Ohio elected a governor.');
  assert.is(renderJson(compare(a, b)), first);
  assert.not.ok(trimInterning(Number.MAX_SAFE_INTEGER), 'below the bound nothing happens');
  assert.ok(trimInterning(0), 'above it the tables are cleared');
  assert.is(renderJson(compare(a, b)), first);
});

test.run();

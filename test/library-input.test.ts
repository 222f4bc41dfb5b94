import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseReport, compare, compareAnalysed, InputError, onSide, renderJson, renderMarkdown, resolveOptions } from '../src/index.js';
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

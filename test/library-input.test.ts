import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseReport, compare, InputError, onSide, renderMarkdown } from '../src/index.js';

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

test.run();

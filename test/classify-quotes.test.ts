import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

test('hedging: the asserting side is quoted at the verb the other side hedges, with its auxiliary', () => {
  const a = 'Fed chair Jerome Powell said rates may rise.';
  const b = 'Fed chair Jerome Powell said rates will rise.';
  const d = comparePair(a, b).differences.find((x) => x.type === 'hedging');
  assert.ok(d);
  assert.equal([d.a.text, d.b.text], ['may', 'will rise']);
  assert.is(b.slice(d.b.start, d.b.end), d.b.text);
  // The other direction quotes the same places.
  const e = comparePair(b, a).differences.find((x) => x.type === 'hedging');
  assert.ok(e);
  assert.equal([e.a.text, e.b.text], ['will rise', 'may']);
});

test('hedging: a verb of saying that hedges ("alleged") is quoted against the other side\'s "said"', () => {
  const a = 'Prosecutors said Hale took bribes.';
  const b = 'Prosecutors alleged Hale took bribes.';
  const d = comparePair(a, b).differences.find((x) => x.type === 'hedging');
  assert.ok(d);
  assert.equal([d.a.text, d.b.text], ['said', 'alleged']);
  assert.is(d.material, false);
});

test('hedging: an adjective that hedges ("the alleged thief") is quoted with its noun, against the same noun', () => {
  const d = comparePair('Police said the alleged thief was arrested on Monday.', 'Police said the thief was arrested on Monday.').differences.find((x) => x.type === 'hedging');
  assert.ok(d);
  assert.equal([d.a.text, d.b.text], ['alleged thief', 'thief']);
});

test.run();

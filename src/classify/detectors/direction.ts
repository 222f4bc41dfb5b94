/**
 * Opposite change: one report says something grew, the other that it shrank or stopped
 * ("stopped offering support" vs "doing more to support"). Typed `negation` (the claims
 * have opposite polarity); both directions must bear on a shared word within a short
 * window after the change word.
 */
import type { Difference } from '../../model/result.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';

const UP = new Set([
  'increase', 'rise', 'grow', 'expand', 'deepen', 'more', 'boost', 'strengthen', 'escalate', 'intensify',
  'accelerate', 'raise', 'double', 'triple', 'surge', 'soar', 'climb', 'step', 'widen', 'extend',
]);
const DOWN = new Set([
  'decrease', 'fall', 'drop', 'decline', 'reduce', 'cut', 'shrink', 'stop', 'halt', 'weaken', 'less', 'fewer',
  'slow', 'curb', 'scale', 'end', 'cease', 'suspend', 'withdraw', 'lower', 'ease', 'narrow', 'plunge', 'slump',
]);
const WINDOW = 8;

interface Change {
  dir: 1 | -1;
  index: number;
  words: Set<string>;
  /** "more than", "fewer than": a bound on a quantity, opposed only by the opposite bound. */
  bound: boolean;
}

function changes(side: Side): Change[] {
  const { tokens, lemmas } = side.analysis;
  const out: Change[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const l = lemmas[i];
    const dir = UP.has(l) ? 1 : DOWN.has(l) ? -1 : 0;
    if (!dir) continue;
    if (l === 'step' && lemmas[i + 1] !== 'up') continue;
    if (l === 'scale' && lemmas[i + 1] !== 'back' && lemmas[i + 1] !== 'down') continue;
    // "more than 27 percent" bounds a quantity: no change, though "fewer than" opposes it.
    const bound = (l === 'more' || l === 'less' || l === 'fewer') && tokens[i + 1]?.norm === 'than';
    // "at the end of the quarter" is a time, not an ending ("came to an end", "talks end" are endings).
    if (l === 'end' && tokens[i - 1]?.norm === 'the') continue;
    const n = side.analysis.negations.some((m) => m.end <= tokens[i].start && tokens[i].start - m.end < 12);
    const words = new Set<string>();
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + WINDOW); j++) {
      if (!tokens[j].stop && /\p{L}/u.test(tokens[j].text)) words.add(lemmas[j]);
    }
    out.push({ dir: (n ? -dir : dir) as 1 | -1, index: i, words, bound });
  }
  return out;
}

export function directionDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const ca = changes(a);
  const cb = changes(b);
  const sharedWord = (x: Change, y: Change) => [...x.words].find((w) => y.words.has(w));
  for (const x of ca) {
    // A change the other side also reports in the same direction is corroborated, not opposed.
    if (cb.some((y) => y.dir === x.dir && sharedWord(x, y))) continue;
    for (const y of cb) {
      // A bound against a change ("more than 23 percent" / "dropped 23 percent") is no opposition.
      if (x.bound !== y.bound) continue;
      if (x.dir === y.dir || ca.some((z) => z.dir === y.dir && sharedWord(z, y))) continue;
      // The same change word, negated on one side, is the negation detector's business.
      if (a.analysis.lemmas[x.index] === b.analysis.lemmas[y.index]) continue;
      const shared = sharedWord(x, y);
      if (!shared) continue;
      const tx = a.analysis.tokens[x.index];
      const ty = b.analysis.tokens[y.index];
      const sa = spanOf(a.text, tx.start, tx.end);
      const sb = spanOf(b.text, ty.start, ty.end);
      return [
        {
          type: 'negation',
          material: true,
          note: `opposite change in "${shared}": ${quote(sa.text)} vs ${quote(sb.text)}`,
          a: sa,
          b: sb,
        },
      ];
    }
  }
  return [];
}

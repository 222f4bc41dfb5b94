/**
 * Opposite change: one report says something grew, the other that it shrank or stopped
 * ("stopped offering support" vs "doing more to support"). Typed `negation` (the claims
 * have opposite polarity); both directions must bear on a shared noun, its subject or one
 * within a short window after the change word (not a shared adjective, month or name), and a change word
 * inside a hyphenated compound ("lower-income") is none.
 */
import type { Difference } from '../../model/result.js';
import type { Token } from '../../model/stages.js';
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
const TIME_CLAUSE = new Set(['when', 'since', 'after', 'before', 'while', 'until', 'as']);

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
  const firstWord = tokens.findIndex((u) => u.type === 'word');
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
    // "lower-income nations": part of a compound adjective, not a change.
    const glued = (t: Token | undefined, u: Token | undefined) => t !== undefined && u !== undefined && t.end === u.start;
    if ((tokens[i + 1]?.text === '-' && glued(tokens[i], tokens[i + 1])) || (tokens[i - 1]?.text === '-' && glued(tokens[i - 1], tokens[i]))) continue;
    const n = side.analysis.negations.some((m) => m.end <= tokens[i].start && tokens[i].start - m.end < 12);
    // What changes is a thing: the nouns after the change word ("the global economy" bears on
    // "economy", not "global"; a month or a name is no thing that grows).
    const words = new Set<string>();
    for (let j = i + 1, seen = 0; j < tokens.length && seen < WINDOW; j++) {
      const t = tokens[j];
      // Words count towards the window; hyphens and possessive marks do not.
      if (t.type === 'word') seen++;
      // The window ends with the clause ("payrolls increase 943,000 as unemployment slides").
      if (/^[,;:\u2014]$/.test(t.text) || t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.norm === 'as') break;
      // Head nouns only: "a new pandemic low" is a low.
      if (!t.stop && t.pos === 'NOUN' && tokens[j + 1]?.pos !== 'NOUN' && /\p{L}/u.test(t.text)) words.add(lemmas[j]);
    }
    // ... and the subject right before it ("the ceasefire was extended", "the ceasefire came to an end").
    for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
      const t = tokens[j];
      // A capitalised first word may be tagged a name ("Stocks soar ...").
      if (t.pos === 'NOUN' || (t.pos === 'PROPN' && j === firstWord)) {
        // Not the subject of a clause that only dates the claim ("since March, when the pandemic intensified").
        let k = j - 1;
        while (k >= 0 && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k--;
        if (!TIME_CLAUSE.has(tokens[k]?.norm ?? '')) words.add(lemmas[j]);
        break;
      }
      if (!(['AUX', 'ADV', 'PART', 'DET'].includes(t.pos) || ['be', 'come', 'go', 'get', 'to'].includes(lemmas[j]))) break;
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

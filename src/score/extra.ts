/**
 * Signals beyond SimilaritySignals (model/result.ts) that the claim score reads. All are
 * cheap per pair: n-gram overlaps are merges of short sorted arrays built once per sentence
 * (O(words)), and the unmatched-weight figures are read off the word-similarity matrix the
 * alignment fills anyway (no extra word comparisons). `extraOf` gives neutral values when a
 * signals object carries only the base fields (hand-built signals in tests and callers).
 */
import type { SimilaritySignals } from '../model/result.js';
import { sortedOverlap } from './dice.js';
import { onInternReset } from './intern.js';

export interface ExtraSignals {
  /** Dice overlap of consecutive content-lemma pairs; 1 when neither sentence has one. */
  lemmaBigrams: number;
  /** Dice overlap of word-token unigrams, bigrams and trigrams (lower-case forms, stop words included). */
  tokens1: number;
  tokens2: number;
  tokens3: number;
  /** Word tokens of the shorter and of the longer sentence. */
  tokensMin: number;
  tokensMax: number;
  /**
   * IDF weight of the content words whose best counterpart is below 0.5, on the side with
   * more (Max) and with less (Min) of it: information one sentence has and the other lacks.
   */
  unmatchedMax: number;
  unmatchedMin: number;
  /** Largest IDF weight of a single such unmatched word (either side). */
  unmatchedTop: number;
  /** Larger side's share of content weight with no counterpart at all (similarity 0). */
  unpaired: number;
  /** 1 when both sentences name entities, else 0 (entity overlap is 1 when neither does). */
  bothEntities: number;
  /** 1 when both sentences have numbers, else 0. */
  bothNumbers: number;
}

export type ScoreSignals = SimilaritySignals & ExtraSignals;

/** Values for a signals object without the extra fields: no evidence either way. */
const NEUTRAL: ExtraSignals = {
  lemmaBigrams: 0,
  tokens1: 0,
  tokens2: 0,
  tokens3: 0,
  tokensMin: 10,
  tokensMax: 10,
  unmatchedMax: 0,
  unmatchedMin: 0,
  unmatchedTop: 0,
  unpaired: 0,
  bothEntities: 0,
  bothNumbers: 0,
};

/** The extra signals of `s`, neutral values for missing ones. */
export function extraOf(s: SimilaritySignals): ExtraSignals {
  const x = s as Partial<ExtraSignals>;
  const out = { ...NEUTRAL };
  for (const k of Object.keys(NEUTRAL) as Array<keyof ExtraSignals>) {
    const v = x[k];
    if (typeof v === 'number' && Number.isFinite(v)) out[k] = v;
  }
  return out;
}

/** Sorted codes of consecutive pairs of interned ids. */
export function idPairs(ids: ArrayLike<number>): Float64Array {
  const out = new Float64Array(Math.max(0, ids.length - 1));
  for (let i = 0; i + 1 < ids.length; i++) out[i] = ids[i] * 16777216 + ids[i + 1];
  return out.sort();
}

/** Process-wide ids of word-id n-grams: equal n-grams get equal codes, different ones never collide. */
const gramIds = new Map<number, Map<number, number>>();
let gramCount = 0;
onInternReset(
  () => {
    gramIds.clear();
    gramCount = 0;
  },
  () => gramCount,
);

/** Exact id of the pair (x, y): first seen, first numbered. */
function gramId(x: number, y: number): number {
  let inner = gramIds.get(x);
  if (inner === undefined) gramIds.set(x, (inner = new Map()));
  let id = inner.get(y);
  if (id === undefined) inner.set(y, (id = gramCount++));
  return id;
}

/**
 * Sorted codes of n-grams (n = 1..3) of interned ids: [unigrams, bigrams, trigrams]. Codes are
 * exact (an n-gram's own id), never hashes: a hash of interned ids could make two n-grams
 * collide or not depending on the ids, that is on what the process met before.
 */
export function idGrams(ids: ArrayLike<number>): [Float64Array, Float64Array, Float64Array] {
  const grams: Float64Array[] = [];
  for (let n = 1; n <= 3; n++) {
    const out = new Float64Array(Math.max(0, ids.length - n + 1));
    for (let i = 0; i < out.length; i++) {
      out[i] = n === 1 ? ids[i] : n === 2 ? gramId(ids[i], ids[i + 1]) : gramId(gramId(ids[i], ids[i + 1]), -1 - ids[i + 2]);
    }
    grams.push(out.sort());
  }
  return grams as [Float64Array, Float64Array, Float64Array];
}

/** Dice overlap of two sorted code arrays (as multisets); 1 when both are empty. */
export function codeDice(x: Float64Array, y: Float64Array): number {
  if (x.length === 0 && y.length === 0) return 1;
  return (2 * sortedOverlap(x, y)) / (x.length + y.length);
}

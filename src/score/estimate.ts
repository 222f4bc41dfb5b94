/**
 * A cheap estimate of a pair's link score, for long reports: the full score needs the
 * pair's word-similarity matrix (a vector cosine per word pair), the estimate only merges
 * short sorted arrays and takes one cosine of two sentence vectors. (Character-bigram Dice
 * was left out: it cost more than the rest together, and without it the 2,000-sentence
 * BASIL pair links 526 pairs instead of 529.) It is a linear model
 * over the features below, fitted by least squares for each document pair on a sample of
 * its candidate pairs that are fully scored anyway (see score/two-stage.ts); nothing
 * here is trained in advance.
 */
import type { PreparedSentence } from './prepare.js';
import { lexicalSim, jaccard } from './signals.js';
import type { VectorStore } from './vectors.js';

/** Number of features per pair (the first is the constant 1). */
export const ESTIMATE_FEATURES = 11;

/** A sentence's content-word vectors summed with their IDF weights, to unit length (zeros without any). */
export function sentenceVector(p: PreparedSentence, store: VectorStore): Float64Array {
  const v = new Float64Array(store.dims);
  for (const w of p.words) {
    if (w.vid < 0) continue;
    const x = store.vectorById(w.vid);
    for (let d = 0; d < v.length; d++) v[d] += w.weight * x[d];
  }
  let norm = 0;
  for (const q of v) norm += q * q;
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d] /= Math.sqrt(norm);
  return v;
}

/**
 * The shares of A's and of B's content weight (TF-IDF term weights) whose lemma the other
 * sentence has: word alignment without similar words, from one merge of the sorted terms.
 */
function sharedShares(a: PreparedSentence, b: PreparedSentence): [number, number] {
  const x = a.terms;
  const y = b.terms;
  let sa = 0;
  let sb = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      sa += a.termWeights[i++];
      sb += b.termWeights[j++];
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return [a.termTotal > 0 ? sa / a.termTotal : 0, b.termTotal > 0 ? sb / b.termTotal : 0];
}

/** Write the pair's features into `out` at `at` (ESTIMATE_FEATURES values). Symmetric in a and b. */
export function estimateFeatures(a: PreparedSentence, b: PreparedSentence, va: Float64Array, vb: Float64Array, out: Float64Array, at: number): void {
  let cos = 0;
  for (let d = 0; d < va.length; d++) cos += va[d] * vb[d];
  const lexical = lexicalSim(a, b);
  const [ab, ba] = sharedShares(a, b);
  const lo = Math.min(ab, ba);
  const hi = Math.max(ab, ba);
  out[at] = 1;
  out[at + 1] = lexical;
  out[at + 2] = cos;
  out[at + 3] = cos * cos;
  out[at + 4] = jaccard(a.entityKeys, b.entityKeys);
  out[at + 5] = jaccard(a.numberValues, b.numberValues);
  out[at + 6] = Math.min(a.words.length, b.words.length) / Math.max(a.words.length, b.words.length, 1);
  out[at + 7] = lexical * cos;
  out[at + 8] = lo;
  out[at + 9] = hi;
  out[at + 10] = lo * cos;
}

/**
 * Least-squares coefficients of `y` on the feature rows `rows` (indices into `x`, a flat
 * array of ESTIMATE_FEATURES values per row), with a small ridge so that a feature constant
 * over the sample does not make the system singular; rows holding a non-finite value are
 * left out. Deterministic for a given row order.
 */
export function fitEstimate(x: Float64Array, rows: number[], y: (row: number) => number): Float64Array {
  const d = ESTIMATE_FEATURES;
  const m = new Float64Array(d * (d + 1));
  for (const r of rows) {
    const o = r * d;
    const t = y(r);
    // A row with a value that is not a finite number would spoil every coefficient.
    if (!Number.isFinite(t) || !x.subarray(o, o + d).every(Number.isFinite)) continue;
    for (let p = 0; p < d; p++) {
      const xp = x[o + p];
      if (xp === 0) continue;
      for (let q = 0; q < d; q++) m[p * (d + 1) + q] += xp * x[o + q];
      m[p * (d + 1) + d] += xp * t;
    }
  }
  for (let p = 0; p < d; p++) m[p * (d + 1) + p] += 1e-6 * (rows.length + 1);
  // Gauss-Jordan elimination with partial pivoting on the normal equations.
  const at = (p: number, q: number) => p * (d + 1) + q;
  for (let p = 0; p < d; p++) {
    let piv = p;
    for (let q = p + 1; q < d; q++) if (Math.abs(m[at(q, p)]) > Math.abs(m[at(piv, p)])) piv = q;
    if (piv !== p) for (let c = 0; c <= d; c++) [m[at(p, c)], m[at(piv, c)]] = [m[at(piv, c)], m[at(p, c)]];
    const pivot = m[at(p, p)];
    for (let q = 0; q < d; q++) {
      if (q === p) continue;
      const f = m[at(q, p)] / pivot;
      if (f !== 0) for (let c = p; c <= d; c++) m[at(q, c)] -= f * m[at(p, c)];
    }
  }
  const coef = new Float64Array(d);
  for (let p = 0; p < d; p++) coef[p] = m[at(p, d)] / m[at(p, p)];
  return coef;
}

/** The estimate of row `r`: its features times `coef`. */
export function estimateAt(x: Float64Array, r: number, coef: Float64Array): number {
  let s = 0;
  const o = r * ESTIMATE_FEATURES;
  for (let q = 0; q < ESTIMATE_FEATURES; q++) s += coef[q] * x[o + q];
  return s;
}

/**
 * Two-stage scoring of the candidate pairs of long reports. Every candidate gets the cheap
 * estimate of estimate.ts; only the pairs that can matter get the full score:
 * - each sentence's best `perSentence` candidates by the estimate, on both sides (a link is
 *   its sentence's best partner or top score, so it is among them unless the estimate ranks
 *   it very wrongly);
 * - a fixed sample of one pair in `sampleEvery`, chosen by a hash of the two sentence
 *   indices, on which the estimate is fitted; outside the selection these count in the
 *   statistics with their true score, and are not linked either.
 * The other pairs still count in align's row and column statistics, with their estimate
 * and the estimate's residual variance within a sentence's candidates, both measured on the
 * sample pairs outside the selection (align.ts, EstimatedPairs). The result does not depend
 * on which report is A: features, sample, fitting order and selection are all symmetric in
 * the two reports.
 */
import type { EstimatedPairs, ScoredPair } from '../align/align.js';
import { ESTIMATE_FEATURES, estimateAt, estimateFeatures, fitEstimate, sentenceVector } from './estimate.js';
import type { PreparedSentence } from './prepare.js';
import type { VectorStore } from './vectors.js';

export interface TwoStageOptions {
  /** Candidates of each sentence (on either side) fully scored, best by the estimate first. */
  perSentence: number;
  /** One candidate pair in this many is fully scored to fit the estimate. */
  sampleEvery: number;
}

export const TWO_STAGE_OPTIONS: TwoStageOptions = { perSentence: 6, sampleEvery: 10 };

/** Fewer sample pairs outside the selection than this: the fit on the whole sample serves. */
const MIN_REST_SAMPLE = 100;

/** A hash of two indices, in [0, 2^32): a deterministic, evenly spread sample. */
function mix(x: number, y: number): number {
  let h = Math.imul(x + 0x9e3779b9, 0x85ebca6b) ^ Math.imul(y + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x27d4eb2d);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The residuals' variance within the candidates of one sentence (pooled over sentences with
 * two or more sample pairs): a sentence's residuals share a part, where the estimate
 * misjudges the sentence as a whole, which moves its mean but adds nothing to its spread.
 * Falls back to the plain variance when no sentence has two sample pairs.
 */
function withinVariance(residual: Map<number, number>, sentenceOf: (k: number) => number): number {
  const groups = new Map<number, number[]>();
  for (const [k, r] of residual) {
    const g = groups.get(sentenceOf(k));
    if (g === undefined) groups.set(sentenceOf(k), [r]);
    else g.push(r);
  }
  let ss = 0;
  let df = 0;
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const mean = g.reduce((t, v) => t + v, 0) / g.length;
    for (const v of g) ss += (v - mean) ** 2;
    df += g.length - 1;
  }
  if (df > 0) return ss / df;
  let all = 0;
  for (const r of residual.values()) all += r * r;
  return residual.size > 0 ? all / residual.size : 0;
}

export interface TwoStageResult<S> {
  scored: ScoredPair<S>[];
  estimated: EstimatedPairs;
}

/**
 * Score `candidates` ([A index, B index]) in two stages. `fromA` says which report the
 * candidates were proposed for (true: A); the order of fitting follows that report's
 * indices, so swapping A and B gives the same estimates.
 */
export function scoreInTwoStages<S>(
  candidates: Array<[number, number]>,
  pa: PreparedSentence[],
  pb: PreparedSentence[],
  fromA: boolean,
  store: VectorStore,
  full: (a: number, b: number) => { score: number; signals: S },
  options: TwoStageOptions = TWO_STAGE_OPTIONS,
): TwoStageResult<S> {
  const n = candidates.length;
  const key = (k: number): [number, number] => (fromA ? candidates[k] : [candidates[k][1], candidates[k][0]]);
  // Pair indices in the order of (proposing report's sentence, other sentence).
  const width = fromA ? pb.length : pa.length;
  const rank = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const [first, second] = key(k);
    rank[k] = first * width + second;
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((x, y) => rank[x] - rank[y]);
  const va = pa.map((p) => sentenceVector(p, store));
  const vb = pb.map((p) => sentenceVector(p, store));
  const x = new Float64Array(n * ESTIMATE_FEATURES);
  for (let k = 0; k < n; k++) {
    const [i, j] = candidates[k];
    estimateFeatures(pa[i], pb[j], va[i], vb[j], x, k * ESTIMATE_FEATURES);
  }

  const score = new Float64Array(n);
  const signals: Array<S | undefined> = new Array(n);
  const scoreAt = (k: number) => {
    if (signals[k] !== undefined) return;
    const r = full(candidates[k][0], candidates[k][1]);
    score[k] = r.score;
    signals[k] = r.signals;
  };
  const sample = order.filter((k) => mix(...key(k)) % options.sampleEvery === 0);
  for (const k of sample) scoreAt(k);
  const coef = fitEstimate(x, sample, (k) => score[k]);
  // No usable fit (it cannot happen with finite features, but then nothing is estimated).
  if (!coef.every(Number.isFinite)) {
    const scored = candidates.map(([a, b], k) => (scoreAt(k), { a, b, score: score[k], signals: signals[k]! }));
    return { scored, estimated: { a: new Int32Array(0), b: new Int32Array(0), estimate: new Float64Array(0), variance: { a: 0, b: 0 }, exact: 0 } };
  }
  const est = new Float64Array(n);
  for (let k = 0; k < n; k++) est[k] = estimateAt(x, k, coef);

  // Each sentence's best candidates by the estimate (ties: the other sentence first).
  const selected = new Uint8Array(n);
  for (const side of [0, 1] as const) {
    const groups = new Map<number, number[]>();
    for (const k of order) {
      const s = candidates[k][side];
      const g = groups.get(s);
      if (g === undefined) groups.set(s, [k]);
      else g.push(k);
    }
    for (const g of groups.values()) {
      g.sort((p, q) => est[q] - est[p] || candidates[p][1 - side] - candidates[q][1 - side]);
      for (let t = 0; t < Math.min(options.perSentence, g.length); t++) selected[g[t]] = 1;
    }
  }
  for (const k of order) if (selected[k]) scoreAt(k);

  // The estimate as it stands for the pairs left out: fitted on the sample pairs outside
  // the selection, which are like them (the selected ones score higher).
  const rest = sample.filter((k) => !selected[k]);
  const fitted = rest.length >= MIN_REST_SAMPLE ? rest : sample;
  const refit = fitted === rest ? fitEstimate(x, rest, (k) => score[k]) : coef;
  const restCoef = refit.every(Number.isFinite) ? refit : coef;
  const residual = new Map(fitted.map((k) => [k, score[k] - estimateAt(x, k, restCoef)]));
  const variance = { a: withinVariance(residual, (k) => candidates[k][0]), b: withinVariance(residual, (k) => candidates[k][1]) };

  // Links come from the selection only: a sample pair outside it keeps its true score, but
  // for the statistics alone (else whether a sentence's 7th-best pair can be linked would
  // depend on the hash).
  const scored: ScoredPair<S>[] = [];
  const ea: number[] = [];
  const eb: number[] = [];
  const ee: number[] = [];
  for (const k of rest) {
    ea.push(candidates[k][0]);
    eb.push(candidates[k][1]);
    ee.push(score[k]);
  }
  for (let k = 0; k < n; k++) {
    const [i, j] = candidates[k];
    const s = signals[k];
    if (selected[k]) scored.push({ a: i, b: j, score: score[k], signals: s! });
    else if (s === undefined) {
      ea.push(i);
      eb.push(j);
      ee.push(estimateAt(x, k, restCoef));
    }
  }
  const estimated = { a: Int32Array.from(ea), b: Int32Array.from(eb), estimate: Float64Array.from(ee), variance, exact: rest.length };
  return { scored, estimated };
}

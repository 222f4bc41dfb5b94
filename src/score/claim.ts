/**
 * The claim score: how likely two sentences state the same claim, once the difference
 * detectors have run. A small neural model (weights.ts, CLAIM_MODEL: a logistic layer plus
 * eight tanh units, fitted by `npm run train` on the STS Benchmark train split, target
 * gold / 5) over the similarity signals, the word n-gram overlaps, the content weight left
 * unmatched, the sentence lengths and one flag per kind of material difference: a
 * contradiction or a different person lowers the score even when the words are nearly the
 * same, and the hidden units let signals interact (a missing name matters more in a short
 * sentence). Output in [0, 1]. Alignment itself uses the similarity alone (combine.ts
 * `linkScore`).
 */
import type { Difference, SimilaritySignals } from '../model/result.js';
import { features } from './combine.js';
import { extraOf } from './extra.js';
import { CLAIM_MODEL, type MlpWeights } from './weights.js';

export const CLAIM_FEATURE_NAMES = [
  'lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers', 'clause', 'predicate', 'length',
  'negation', 'number', 'date', 'entity', 'event',
  'lemmaBigrams', 'tokens1', 'tokens2', 'tokens3', 'unmatchedMax', 'unmatchedMin', 'tokenRatio', 'tokenGap',
  'unmatchedTop', 'unpaired', 'tokensMin', 'tokensMax', 'bothEntities', 'bothNumbers',
];

const material = (ds: readonly Difference[], types: string[]) => (ds.some((d) => d.material && types.includes(d.type)) ? 1 : 0);
const cap = (x: number, scale: number) => Math.min(1, x / scale);

/** Feature vector of the claim model, each in [0, 1]; order matches CLAIM_FEATURE_NAMES. */
export function claimFeatures(s: SimilaritySignals, differences: readonly Difference[]): number[] {
  const x = extraOf(s);
  return [
    ...features(s),
    s.clause,
    s.predicate,
    s.length,
    material(differences, ['negation']),
    material(differences, ['number']),
    material(differences, ['date']),
    material(differences, ['entity', 'place']),
    material(differences, ['event']),
    x.lemmaBigrams,
    x.tokens1,
    x.tokens2,
    x.tokens3,
    cap(x.unmatchedMax, 20),
    cap(x.unmatchedMin, 20),
    x.tokensMin / Math.max(x.tokensMax, 1),
    cap(x.tokensMax - x.tokensMin, 20),
    cap(x.unmatchedTop, 12),
    x.unpaired,
    cap(x.tokensMin, 40),
    cap(x.tokensMax, 40),
    x.bothEntities,
    x.bothNumbers,
  ];
}

/** Output of an MlpWeights model on feature vector `x`, in (0, 1). */
export function mlpPredict(w: MlpWeights, x: readonly number[]): number {
  let z = w.bias;
  for (let i = 0; i < x.length; i++) z += (w.coef[i] ?? 0) * x[i];
  for (let k = 0; k < w.hidden.length; k++) {
    const unit = w.hidden[k];
    let a = unit[0];
    for (let i = 0; i < x.length; i++) a += (unit[i + 1] ?? 0) * x[i];
    z += w.out[k] * Math.tanh(a);
  }
  const p = 1 / (1 + Math.exp(-z));
  return Number.isFinite(p) ? p : 0;
}

export function claimScore(s: SimilaritySignals, differences: readonly Difference[], weights: MlpWeights = CLAIM_MODEL): number {
  return mlpPredict(weights, claimFeatures(s, differences));
}

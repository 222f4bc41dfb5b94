/**
 * The claim score: how likely two sentences state the same claim, once the difference
 * detectors have run. A linear model (weights.ts, CLAIM_WEIGHTS, fitted by `npm run train`
 * on the STS Benchmark train split, target gold / 5) over the link similarity, its main
 * signals, the length ratio and one flag per kind of material difference: a contradiction
 * or a different person lowers the score even when the words are nearly the same.
 * Clamped to [0, 1]. Alignment itself uses the similarity alone (combine.ts `linkScore`).
 */
import type { Difference, SimilaritySignals } from '../model/result.js';
import { FEATURE_NAMES, features, linkScore } from './combine.js';
import { CLAIM_WEIGHTS, type CombineWeights } from './weights.js';

export const CLAIM_FEATURE_NAMES = ['similarity', ...FEATURE_NAMES, 'length', 'negation', 'number', 'date', 'entity', 'event'];

const material = (ds: readonly Difference[], types: string[]) => (ds.some((d) => d.material && types.includes(d.type)) ? 1 : 0);

export function claimFeatures(s: SimilaritySignals, differences: readonly Difference[]): number[] {
  return [
    linkScore(s),
    ...features(s),
    s.length,
    material(differences, ['negation']),
    material(differences, ['number']),
    material(differences, ['date']),
    material(differences, ['entity', 'place']),
    material(differences, ['event']),
  ];
}

export function claimScore(s: SimilaritySignals, differences: readonly Difference[], weights: CombineWeights = CLAIM_WEIGHTS): number {
  const x = claimFeatures(s, differences);
  let y = weights.bias;
  for (let i = 0; i < x.length; i++) y += (weights.coef[i] ?? 0) * x[i];
  return Math.min(1, Math.max(0, y));
}

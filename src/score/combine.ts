/**
 * The combined similarity: a logistic model over the signals (and a few fixed transforms of
 * them), fitted on the STS Benchmark train split by scripts/eval-sts.mjs; weights live in
 * weights.ts. Output in [0, 1], roughly gold STS score / 5.
 */
import type { SimilaritySignals } from '../model/result.js';
import { COMBINE_WEIGHTS, type CombineWeights } from './weights.js';

/** Feature vector fed to the model; order matches CombineWeights.names. */
export function features(s: SimilaritySignals): number[] {
  return [
    s.lexical,
    Math.min(s.alignAB, s.alignBA),
    Math.max(s.alignAB, s.alignBA),
    s.dice,
    s.entities,
    s.numbers,
  ];
}

export const FEATURE_NAMES = ['lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers'];

export function combine(signals: SimilaritySignals, weights: CombineWeights = COMBINE_WEIGHTS): number {
  const x = features(signals);
  let z = weights.bias;
  for (let i = 0; i < x.length; i++) z += (weights.coef[i] ?? 0) * x[i];
  const p = 1 / (1 + Math.exp(-z));
  return Number.isFinite(p) ? p : 0;
}

/**
 * The similarity used to link sentences and reported as `Link.score`: the STS-calibrated
 * sentence similarity averaged with the clause similarity, so that two sentences sharing
 * one claim among several still come out close.
 */
export function linkScore(signals: SimilaritySignals): number {
  return (combine(signals) + signals.clause) / 2;
}

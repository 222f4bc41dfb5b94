/**
 * Parameters of the score stage. COMBINE_WEIGHTS is fitted by `npm run train`
 * (`node scripts/eval-sts.mjs --fit --write`) on the STS Benchmark train split only (never
 * dev/test, MRPC or SICK); the fit is deterministic.
 */
import type { IdfParams } from './idf.js';
import type { WordSimParams } from './wordsim.js';

export interface CombineWeights {
  names: string[];
  bias: number;
  coef: number[];
}

export interface ScoreParams {
  idf: IdfParams;
  align: WordSimParams;
}

/** Chosen on STS-B train (grid over rank offset, floor, proper-noun vectors); flat optimum. */
export const SCORE_PARAMS: ScoreParams = {
  idf: { rankOffset: 10, unknownRank: 200000, docDamping: 0.3 },
  align: { floor: 0.3, properByVector: true, rescale: true },
};

/**
 * Logistic weights over combine.ts `features()`, target = gold / 5, fitted on STS-B train
 * (5,749 pairs) with analyseSentence. Non-negative by construction: the entity overlap came
 * out slightly negative on STS-B (few entities outside news) and is held at 0.
 * Spearman: train 0.747, dev 0.800, test 0.717 (plain mean of lexical and alignment: 0.703).
 */
export const COMBINE_WEIGHTS: CombineWeights = {
  names: ['lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers'],
  bias: -3.0246,
  coef: [1.3191, 1.2742, 1.3341, 1.1536, 0.0000, 0.1253],
};

/**
 * Linear weights of the claim score (claim.ts), fitted by `npm run train`
 * (`node scripts/fit-claim.mjs --write`) on STS-B train with `comparePair`, target gold / 5.
 */
export const CLAIM_WEIGHTS: CombineWeights = {
  names: ['similarity', 'lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers', 'length', 'negation', 'number', 'date', 'entity', 'event'],
  bias: -0.1239,
  coef: [0.1457, 0.2307, 0.2469, 0.2273, 0.2576, -0.0088, 0.0266, -0.0193, -0.1541, -0.0020, -0.0799, -0.1531, -0.0220],
};

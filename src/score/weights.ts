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
 * A logistic model with one hidden layer of tanh units and a direct linear path:
 * p = sigmoid(bias + coef . x + sum_k out[k] * tanh(hidden[k][0] + hidden[k][1..] . x)).
 */
export interface MlpWeights {
  names: string[];
  bias: number;
  coef: number[];
  /** One row per hidden unit: its bias, then one weight per feature. */
  hidden: number[][];
  out: number[];
}

/**
 * The claim score model (claim.ts), fitted by `npm run train` (`node scripts/fit-claim.mjs
 * --write`) on STS-B train with `comparePair`, target gold / 5 (squared error, seeded Adam,
 * deterministic). Size and regularisation chosen on STS-B dev.
 */
export const CLAIM_MODEL: MlpWeights = {
  names: ['lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers', 'clause', 'predicate', 'length', 'negation', 'number', 'date', 'entity', 'event', 'lemmaBigrams', 'tokens1', 'tokens2', 'tokens3', 'unmatchedMax', 'unmatchedMin', 'tokenRatio', 'tokenGap', 'unmatchedTop', 'unpaired', 'tokensMin', 'tokensMax', 'bothEntities', 'bothNumbers'],
  bias: -0.8728,
  coef: [0.3459, 0.5118, 0.2672, 0.5448, 0.0810, 0.1693, -0.0058, -0.1457, -0.1081, -0.3666, -0.4841, -0.8821, -0.6589, 0.0352, -0.1665, 0.3670, 0.0352, -0.0212, -0.1718, -0.1164, -0.3354, -1.1668, 0.0798, -0.0921, 0.2533, -0.0348, -0.0074, -0.2030],
  hidden: [
    [0.3316, -0.6506, -0.3474, -0.3164, -0.2319, 0.3568, -0.0599, -0.2836, -0.3047, 0.0924, -0.1151, 0.0289, -0.0566, -0.0129, 0.0604, -0.0499, 0.1687, 0.2394, 0.4358, -0.0769, 0.1258, 0.2276, -0.0802, -0.3153, -0.1223, -0.0939, -0.1239, -0.5617, -0.0215],
    [0.7112, -0.5016, -0.4966, -0.3746, -0.3403, 0.1032, 0.5264, -0.2593, -0.1243, 0.0003, 0.3466, -0.2696, 0.0033, -0.0181, -0.0219, 0.0825, -0.0095, -0.0047, 0.1607, -0.2939, 0.1307, 0.0661, 0.1663, -0.4633, -0.0278, -0.2642, -0.1831, 0.1766, -0.2683],
    [-0.2204, 0.0036, 0.0856, 0.0261, 0.0744, 0.0076, 0.0681, -0.0650, -0.0462, 0.0335, 0.0002, -0.0006, -0.0005, -0.0020, 0.0004, -0.0715, 0.0520, 0.0076, 0.0136, 0.0074, 0.0289, -0.0184, -0.0105, 0.0649, -0.0001, -0.0175, -0.0279, -0.0122, -0.0133],
    [-0.6159, 0.0178, 0.2048, 0.0666, 0.1837, 0.0002, 0.1284, -0.1745, -0.1054, 0.0688, 0.0150, 0.0157, -0.0044, 0.0058, -0.0159, -0.2193, 0.1162, 0.0192, 0.0630, 0.0797, 0.1289, -0.0802, -0.0420, 0.2305, 0.0111, -0.0577, -0.0899, -0.0116, -0.0051],
    [0.6086, -0.0031, -0.2683, 0.0020, -0.1475, -0.0280, -0.2980, 0.1123, -0.0269, -0.0540, 0.5537, 0.0853, 0.0497, 0.2678, -0.0960, -0.0827, -0.0852, 0.0181, 0.0579, 0.4709, 0.4842, -0.0618, 0.2676, 0.6893, 0.2037, -0.0332, 0.1132, -0.2459, -0.2370],
    [-0.6771, 0.2535, 0.3617, 0.1960, 0.2343, 0.0684, 0.1790, 0.0680, -0.0868, -0.0512, -0.1614, 0.1839, 0.0269, -0.1480, -0.0092, 0.0679, -0.0344, -0.0684, -0.0156, 0.2058, 0.0978, -0.2411, 0.1321, 0.1789, -0.0289, 0.2550, 0.3098, 0.1288, -0.0605],
    [-0.4584, 0.2467, 0.3524, 0.2894, 0.2551, 0.2614, 0.0678, 0.1553, 0.0828, -0.0242, 0.2316, 0.0857, 0.0172, -0.0264, -0.0138, -0.0432, 0.1105, 0.0490, 0.0145, 0.0220, -0.1165, -0.1892, 0.1134, 0.2216, -0.0081, 0.0120, 0.0648, -0.0335, -0.1539],
    [-0.6993, -0.0331, 0.1930, 0.0148, 0.1045, 0.0348, 0.1119, -0.2142, -0.1153, 0.0477, 0.1983, 0.0141, 0.0211, 0.1319, -0.1157, -0.3835, -0.0199, -0.1725, -0.1580, 0.1686, 0.3643, -0.1604, 0.0592, 0.4553, 0.0726, -0.0338, -0.0295, -0.2364, 0.0646],
  ],
  out: [-0.8937, -1.2368, 0.2860, 0.7719, -1.2671, 0.8923, 0.7428, 1.0269],
};

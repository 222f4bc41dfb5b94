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

/**
 * Chosen on STS-B train (grid over rank offset, floor, proper-noun vectors); flat optimum.
 * `related` (WordNet synonyms, derived forms, hypernyms; synonyms.ts) was chosen on STS-B dev
 * after refitting both models: higher values (0.9 / 0.9 / 0.8) scored better on dev but made
 * the aligner's standardised scores less distinctive and lost seed links.
 */
export const SCORE_PARAMS: ScoreParams = {
  idf: { rankOffset: 10, unknownRank: 200000, docDamping: 0.3 },
  align: {
    floor: 0.3,
    properByVector: true,
    rescale: true,
    related: { synonym: 0.7, derived: 0.7, hypernym: 0.5, maxRank: 5 },
  },
};

/**
 * Logistic weights over combine.ts `features()`, target = gold / 5, fitted on STS-B train
 * (5,749 pairs) with analyseSentence. Non-negative by construction: the entity overlap came
 * out slightly negative on STS-B (few entities outside news) and is held at 0.
 * Spearman (refit in the tenth pass): train 0.754, dev 0.805, test 0.723 (plain mean of lexical and alignment: 0.710).
 */
export const COMBINE_WEIGHTS: CombineWeights = {
  names: ['lexical', 'alignMin', 'alignMax', 'dice', 'entities', 'numbers'],
  bias: -3.2287,
  coef: [1.1919, 1.4171, 1.5609, 1.0271, 0.0000, 0.1871],
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
  bias: -0.8496,
  coef: [0.2887, 0.5497, 0.2458, 0.5304, 0.1567, 0.0911, 0.0174, -0.1611, -0.1140, -0.5376, -0.5213, -0.5871, -0.6954, -0.2225, -0.1043, 0.3412, 0.0742, -0.0193, -0.1604, -0.1346, -0.3268, -1.1394, 0.0312, -0.0118, 0.3915, 0.0959, -0.0464, -0.2339],
  hidden: [
    [0.3708, -0.2722, -0.3974, -0.3505, -0.2176, -0.1800, 0.0845, -0.2676, -0.1674, -0.0188, -0.0601, -0.0739, -0.0504, 0.0125, -0.0376, 0.0358, -0.1537, -0.1503, -0.0354, 0.1078, 0.1895, 0.0956, -0.0158, -0.2800, 0.0368, -0.0371, -0.0433, 0.1875, 0.0418],
    [0.5538, -0.1680, -0.4129, -0.2308, -0.2233, -0.0680, 0.1786, -0.1365, -0.0047, -0.0319, 0.2092, -0.1371, 0.0582, 0.0362, -0.0078, 0.0342, -0.0733, -0.0640, -0.0111, -0.1245, 0.0147, 0.1059, -0.0077, -0.2602, 0.0664, -0.2209, -0.2208, 0.1303, -0.1278],
    [-0.7784, 0.0537, 0.3573, -0.0104, 0.2297, 0.0551, 0.3753, -0.2030, 0.0706, 0.0241, -0.6240, -0.0988, -0.2567, -0.2868, 0.0256, -0.0049, 0.1223, -0.0719, -0.0541, -0.3292, -0.4312, 0.0176, -0.2607, -0.5462, -0.1024, 0.0202, -0.1315, 0.2108, 0.3177],
    [-0.5005, -0.0763, 0.1572, 0.0088, 0.0638, -0.0341, 0.0468, -0.1531, -0.0952, 0.0221, 0.0768, 0.0012, 0.0315, 0.0386, -0.0201, -0.2322, -0.0006, -0.0936, -0.0777, 0.1907, 0.2261, -0.1142, 0.0034, 0.3302, 0.0617, -0.0226, -0.0283, -0.1130, -0.0010],
    [0.5847, -0.0032, -0.2146, -0.0542, -0.1684, 0.0436, -0.0656, 0.1530, 0.1170, -0.0185, -0.0239, 0.0231, 0.0076, -0.0088, 0.0151, 0.1659, -0.0941, -0.0050, -0.0328, -0.1464, -0.1614, 0.1104, 0.0420, -0.2499, -0.0592, 0.0342, 0.0614, 0.0273, 0.0291],
    [-0.3584, 0.7189, 0.4211, 0.2291, 0.2387, -0.3576, 0.1491, 0.2677, 0.1813, -0.0962, 0.0346, 0.1428, 0.1090, 0.0410, -0.0614, 0.0858, -0.2942, -0.3113, -0.4299, 0.1051, -0.1215, -0.2192, 0.1308, 0.1842, 0.0998, 0.3334, 0.3959, 0.6449, 0.0372],
    [-0.4670, 0.5238, 0.4693, 0.4224, 0.2607, 0.1042, -0.0708, 0.3520, 0.1437, -0.0937, 0.1289, 0.0866, 0.0794, -0.0115, 0.0705, -0.0121, -0.0100, -0.0727, -0.1959, -0.0153, -0.2457, -0.2059, 0.0406, 0.2906, 0.0128, 0.1483, 0.1676, 0.0479, -0.0247],
    [-0.6064, -0.0694, 0.1911, 0.0155, 0.0929, -0.0747, 0.0268, -0.1694, -0.1154, 0.0084, 0.1143, -0.0105, 0.0427, 0.0634, -0.0334, -0.2738, 0.0141, -0.0904, -0.0581, 0.2299, 0.3012, -0.1492, 0.0082, 0.4250, 0.0850, -0.0372, -0.0420, -0.1167, -0.0193],
  ],
  out: [-0.7113, -0.8180, 1.4232, 0.6767, -0.7331, 1.0959, 0.9092, 0.8449],
};

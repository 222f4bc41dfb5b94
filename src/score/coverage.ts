/**
 * How much of one sentence's content the words of other sentences account for: the share of
 * its IDF weight covered, each of its content words counting its best similarity to any word
 * of the others (as in alignSim, which is this with one other sentence). Used to decide
 * whether a sentence beside a link completes a claim its neighbour only half carries.
 */
import type { PreparedSentence } from './prepare.js';
import { SCORE_PARAMS } from './weights.js';
import { wordSim, type WordSimParams } from './wordsim.js';

export function coverage(a: PreparedSentence, others: PreparedSentence[], params: WordSimParams = SCORE_PARAMS.align): number {
  if (a.totalWeight === 0) return 0;
  let sum = 0;
  for (const wa of a.words) {
    let best = 0;
    for (const o of others) {
      const cache = a.cache !== undefined && a.cache === o.cache ? a.cache : undefined;
      for (const wb of o.words) {
        const s = wordSim(wa, wb, params, cache);
        if (s > best) best = s;
      }
      if (best >= 1) break;
    }
    sum += wa.weight * best;
  }
  return sum / a.totalWeight;
}

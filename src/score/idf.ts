/**
 * Word weights (IDF). A corpus prior from the vector store's frequency rank (Zipf: a word's
 * information grows with the log of its rank), damped for words that recur in many sentences
 * of both reports: such words name the shared topic ("China", "Russia") and say little about
 * which sentence corresponds to which.
 */
import type { SentenceAnalysis } from '../model/stages.js';
import { contentWords } from './content.js';
import { getVectors } from './vectors.js';
import { SCORE_PARAMS } from './weights.js';

export type IdfFunction = (lemma: string) => number;

export interface IdfParams {
  /** Offset k in log(rank + k). */
  rankOffset: number;
  /** Rank assumed for words the store does not know (names, numbers, rare words). */
  unknownRank: number;
  /** Damping strength for words present in many sentences of both reports. */
  docDamping: number;
}

/** Prior weight of a word from its corpus frequency rank, always > 0. */
export function priorIdf(lemma: string, params: IdfParams = SCORE_PARAMS.idf): number {
  const rank = getVectors().rank(lemma);
  return Math.log((rank ?? params.unknownRank) + params.rankOffset);
}

function sentenceFrequencies(sentences: SentenceAnalysis[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) {
    const seen = new Set<string>();
    for (const w of contentWords(s)) seen.add(w.lemma);
    for (const l of seen) df.set(l, (df.get(l) ?? 0) + 1);
  }
  return df;
}

/**
 * Weight function for one document pair. A word found in dfA sentences of A and dfB of B is
 * damped by 1 / (1 + d * (sqrt(dfA * dfB) - 1)): no damping when it occurs once per report
 * (or in one report only), so a single sentence pair keeps the plain prior.
 */
export function buildIdf(
  sentencesA: SentenceAnalysis[],
  sentencesB: SentenceAnalysis[],
  params: IdfParams = SCORE_PARAMS.idf,
): IdfFunction {
  const dfA = sentenceFrequencies(sentencesA);
  const dfB = sentenceFrequencies(sentencesB);
  const cache = new Map<string, number>();
  return (lemma: string): number => {
    let w = cache.get(lemma);
    if (w === undefined) {
      const shared = Math.sqrt((dfA.get(lemma) ?? 0) * (dfB.get(lemma) ?? 0));
      const damp = shared > 1 ? 1 / (1 + params.docDamping * (shared - 1)) : 1;
      w = priorIdf(lemma, params) * damp;
      cache.set(lemma, w);
    }
    return w;
  };
}

/**
 * Score and classify one pair of short texts as a single claim each (no alignment):
 * the building block for sentence-pair evaluation sets (STS, MRPC, SICK) and for callers
 * who already know which sentences correspond.
 */
import { analyseSentence } from '../analyse/analyse.js';
import { entityMatches } from '../analyse/entities.js';
import { classifyPair } from '../classify/classify.js';
import { mergeAnalyses, type Side } from '../classify/context.js';
import { wordDiff } from '../explain/word-diff.js';
import { ingest } from '../ingest/ingest.js';
import type { Difference, LinkClass, SimilaritySignals } from '../model/result.js';
import type { AnalysedSentence } from '../model/stages.js';
import { claimScore } from '../score/claim.js';
import { linkScore } from '../score/combine.js';
import { buildIdf } from '../score/idf.js';
import { prepareSentence } from '../score/prepare.js';
import { pairSignals } from '../score/signals.js';
import { getVectors } from '../score/vectors.js';
import { segment } from '../segment/segment.js';

export interface PairVerdict {
  /** Claim score (similarity corrected by length and material differences), in [0, 1]. */
  score: number;
  /** Similarity before the difference detectors (what alignment uses). */
  similarity: number;
  signals: SimilaritySignals;
  class: LinkClass;
  differences: Difference[];
}

function sideOf(text: string, id: string, referenceDate?: string): Side {
  const store = getVectors();
  const doc = segment(ingest({ text, name: id }, id), { isKnownWord: (w) => store.has(w) });
  const ctx = { referenceDate: referenceDate ?? doc.metadata.date };
  const sentences: AnalysedSentence[] = doc.sentences.map((s) => ({
    ...s,
    id: `${id}${s.index + 1}`,
    analysis: analyseSentence(doc.text, s.tokens, ctx),
  }));
  return { text: doc.text, sentences, analysis: mergeAnalyses(sentences) };
}

export function comparePair(a: string, b: string, options: { referenceDate?: string } = {}): PairVerdict {
  const store = getVectors();
  const sa = sideOf(a, 'a', options.referenceDate);
  const sb = sideOf(b, 'b', options.referenceDate);
  const idf = buildIdf([sa.analysis], [sb.analysis]);
  const signals = pairSignals(prepareSentence(sa.analysis, idf), prepareSentence(sb.analysis, idf));
  const verdict = classifyPair({
    a: sa,
    b: sb,
    wordSimilarity: (x, y) => (x === y ? 1 : Math.max(0, store.cosine(x, y))),
    diff: wordDiff(sa.sentences, sa.text, sb.sentences, sb.text),
    sameEntity: entityMatches,
  });
  return { score: claimScore(signals, verdict.differences), similarity: linkScore(signals), signals, ...verdict };
}

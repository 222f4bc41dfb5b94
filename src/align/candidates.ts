/**
 * Candidate generation: an inverted index over B's keys (content lemmas, entity keys,
 * numeric values). Each A sentence collects the B sentences that share informative keys,
 * weighted by the key's weight, and keeps the best `perSentence` of them. Keys found in a
 * large share of B's sentences say little and are skipped, so the cost grows with the
 * number of sentences times the (capped) posting length, never with |A| x |B|.
 */
export interface CandidateOptions {
  /** Candidates kept per A sentence. */
  perSentence: number;
  /** Keys in more than this many B sentences are ignored (at least `minPostingCap`). */
  maxPostingShare: number;
  minPostingCap: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  perSentence: 40,
  maxPostingShare: 0.05,
  minPostingCap: 60,
};

export function candidatePairs(
  aKeys: string[][],
  bKeys: string[][],
  weight: (key: string) => number,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Array<[number, number]> {
  const postings = new Map<string, number[]>();
  bKeys.forEach((keys, j) => {
    for (const k of new Set(keys)) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(j);
    }
  });
  const cap = Math.max(options.minPostingCap, Math.ceil(bKeys.length * options.maxPostingShare));
  const pairs: Array<[number, number]> = [];
  const acc = new Float64Array(bKeys.length);
  const touched: number[] = [];
  aKeys.forEach((keys, i) => {
    for (const k of new Set(keys)) {
      const list = postings.get(k);
      if (!list || list.length > cap) continue;
      const w = weight(k);
      for (const j of list) {
        if (acc[j] === 0) touched.push(j);
        acc[j] += w;
      }
    }
    touched.sort((x, y) => acc[y] - acc[x] || x - y);
    for (const j of touched.slice(0, options.perSentence)) pairs.push([i, j]);
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  });
  return pairs;
}

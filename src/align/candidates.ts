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

/** Is B sentence x a better candidate than y: more shared weight, or as much and earlier. */
function better(acc: Float64Array, x: number, y: number): boolean {
  return acc[x] > acc[y] || (acc[x] === acc[y] && x < y);
}

/**
 * The `k` best of `touched` by `better`, best first: what sorting all of them would put
 * first, through a heap of k (a sentence of a long report can share keys with thousands).
 */
function bestOf(touched: number[], acc: Float64Array, k: number): number[] {
  if (touched.length <= k) return touched.slice().sort((x, y) => (better(acc, x, y) ? -1 : 1));
  // heap[0] is the worst of the best k so far.
  const heap: number[] = [];
  const down = (at: number) => {
    for (;;) {
      const l = 2 * at + 1;
      const r = l + 1;
      let worst = at;
      if (l < heap.length && better(acc, heap[worst], heap[l])) worst = l;
      if (r < heap.length && better(acc, heap[worst], heap[r])) worst = r;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst], heap[at]];
      at = worst;
    }
  };
  for (const j of touched) {
    if (heap.length < k) {
      heap.push(j);
      for (let at = heap.length - 1; at > 0; ) {
        const up = (at - 1) >> 1;
        if (!better(acc, heap[up], heap[at])) break;
        [heap[at], heap[up]] = [heap[up], heap[at]];
        at = up;
      }
    } else if (better(acc, j, heap[0])) {
      heap[0] = j;
      down(0);
    }
  }
  return heap.sort((x, y) => (better(acc, x, y) ? -1 : 1));
}

export function candidatePairs(
  aKeys: string[][],
  bKeys: string[][],
  weight: (key: string) => number,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Array<[number, number]> {
  // Each key's B sentences (each sentence once, in order), and its weight, looked up once.
  const postings = new Map<string, { list: number[]; w: number }>();
  bKeys.forEach((keys, j) => {
    for (const k of keys) {
      let p = postings.get(k);
      if (p === undefined) postings.set(k, (p = { list: [], w: 0 }));
      if (p.list[p.list.length - 1] !== j) p.list.push(j);
    }
  });
  const cap = Math.max(options.minPostingCap, Math.ceil(bKeys.length * options.maxPostingShare));
  for (const [k, p] of postings) {
    if (p.list.length > cap) postings.delete(k);
    else p.w = weight(k);
  }
  const pairs: Array<[number, number]> = [];
  const acc = new Float64Array(bKeys.length);
  const touched: number[] = [];
  const seen = new Set<string>();
  aKeys.forEach((keys, i) => {
    seen.clear();
    for (const k of keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      const p = postings.get(k);
      if (p === undefined) continue;
      for (const j of p.list) {
        if (acc[j] === 0) touched.push(j);
        acc[j] += p.w;
      }
    }
    for (const j of bestOf(touched, acc, options.perSentence)) pairs.push([i, j]);
    for (const j of touched) acc[j] = 0;
    touched.length = 0;
  });
  return pairs;
}

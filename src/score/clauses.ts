/**
 * Clause-level similarity. News sentences pack several claims ("X happened, officials
 * said, but Y is unclear"); two reports often share one of them in sentences that
 * otherwise differ. Each sentence's content words are grouped into clauses (split at
 * punctuation and clause-linking words, tiny groups merged into their neighbour), and the
 * pair's clause similarity is the best mean two-way alignment between a clause of A and a
 * clause of B, read off the pair's word-similarity matrix.
 */
import type { Token } from '../model/stages.js';

const CLAUSE_BREAK = new Set([
  ',', ';', ':', '(', ')', '\u2014', '\u2013', '--',
  'but', 'while', 'although', 'though', 'whereas', 'and', 'or', 'because', 'after', 'before', 'which', 'who',
]);

/** Minimum content words of a clause; smaller groups join the clause before (or after) them. */
const MIN_CLAUSE_WORDS = 3;

/** Clauses as arrays of indices into the sentence's content-word list. */
export function clauseGroups(tokens: Token[], wordTokenIndex: number[]): number[][] {
  const groups: number[][] = [];
  let current: number[] = [];
  let w = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (CLAUSE_BREAK.has(tokens[t].norm) && current.length > 0) {
      groups.push(current);
      current = [];
    }
    while (w < wordTokenIndex.length && wordTokenIndex[w] === t) current.push(w++);
  }
  if (current.length > 0) groups.push(current);
  const merged: number[][] = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last && (g.length < MIN_CLAUSE_WORDS || last.length < MIN_CLAUSE_WORDS)) last.push(...g);
    else merged.push([...g]);
  }
  return merged;
}

/**
 * Best clause-pair similarity from a row-major word-similarity matrix `sim` (na x nb),
 * with IDF weights of A's and B's words.
 */
export function clauseSim(
  sim: Float64Array,
  nb: number,
  clausesA: number[][],
  clausesB: number[][],
  weightsA: ArrayLike<number>,
  weightsB: ArrayLike<number>,
): number {
  let best = 0;
  for (const ca of clausesA) {
    for (const cb of clausesB) {
      let sumA = 0;
      let totA = 0;
      for (const i of ca) {
        let m = 0;
        for (const j of cb) if (sim[i * nb + j] > m) m = sim[i * nb + j];
        sumA += weightsA[i] * m;
        totA += weightsA[i];
      }
      let sumB = 0;
      let totB = 0;
      for (const j of cb) {
        let m = 0;
        for (const i of ca) if (sim[i * nb + j] > m) m = sim[i * nb + j];
        sumB += weightsB[j] * m;
        totB += weightsB[j];
      }
      if (totA === 0 || totB === 0) continue;
      const s = (sumA / totA + sumB / totB) / 2;
      if (s > best) best = s;
    }
  }
  return best;
}

/**
 * Similarity signals between two prepared sentences (see SimilaritySignals in
 * model/result.ts and ExtraSignals in extra.ts): TF-IDF cosine, IDF-weighted word alignment
 * both ways, character-bigram Dice, entity / number overlap, word n-gram overlap and the
 * content weight left unmatched. Plus `alignWords`, the one-to-one word matching the
 * classifier uses to find the counterpart of a word.
 */
import type { SentenceAnalysis } from '../model/stages.js';
import { clauseSim } from './clauses.js';
import { diceOf } from './dice.js';
import { codeDice, type ScoreSignals } from './extra.js';
import { coverage } from './coverage.js';
import { buildIdf } from './idf.js';
import { prepareSentence, type PreparedSentence } from './prepare.js';
import { SCORE_PARAMS } from './weights.js';
import { wordSim, type WordSimCache, type WordSimParams } from './wordsim.js';

function sharedCache(a: PreparedSentence, b: PreparedSentence): WordSimCache | undefined {
  return a.cache !== undefined && a.cache === b.cache ? a.cache : undefined;
}

/** TF-IDF cosine over content lemmas. */
export function lexicalSim(a: PreparedSentence, b: PreparedSentence): number {
  if (a.tfidfNorm === 0 || b.tfidfNorm === 0) return a.tfidfNorm === b.tfidfNorm && a.bigrams.text === b.bigrams.text ? 1 : 0;
  const x = a.terms;
  const y = b.terms;
  let dot = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) dot += a.termWeights[i++] * b.termWeights[j++];
    else if (x[i] < y[j]) i++;
    else j++;
  }
  return Math.min(1, dot / (a.tfidfNorm * b.tfidfNorm));
}

/** Share of A's content weight that finds a counterpart in B (best match per word, not one-to-one). */
export function alignSim(
  a: PreparedSentence,
  b: PreparedSentence,
  params: WordSimParams = SCORE_PARAMS.align,
): number {
  if (a.totalWeight === 0) return b.totalWeight === 0 && a.bigrams.text === b.bigrams.text ? 1 : 0;
  return coverage(a, [b], params);
}

/** Jaccard overlap of two sets; 1 when both are empty (nothing disagrees). */
export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** A content word whose best counterpart is below this similarity counts as unmatched. */
const UNMATCHED_BELOW = 0.5;

/** Reused per-call buffer for the column maxima of the word-similarity matrix. */
let colBest = new Float64Array(64);

/** alignSim in both directions from one pass over the word-pair matrix. */
let simMatrix = new Float64Array(1024);

/** Fill simMatrix (row-major, A x B) word by word through wordSim. */
function fillDirect(a: PreparedSentence, b: PreparedSentence, params: WordSimParams, cache: WordSimCache | undefined): void {
  const nb = b.words.length;
  for (let i = 0; i < a.words.length; i++) {
    const wa = a.words[i];
    for (let j = 0; j < nb; j++) simMatrix[i * nb + j] = wordSim(wa, b.words[j], params, cache);
  }
}

/**
 * Fill simMatrix from the document pair's dense table: the same values wordSim returns
 * with the cache (slotted pairs through the table, the others computed directly), without
 * a call per word pair.
 */
function fillCached(a: PreparedSentence, b: PreparedSentence, cache: WordSimCache, params: WordSimParams): void {
  const na = a.words.length;
  const nb = b.words.length;
  const ta = a.typeIds;
  const tb = b.typeIds;
  const table = cache.dense();
  const slots = cache.slots;
  for (let i = 0; i < na; i++) {
    const ti = ta[i];
    const out = i * nb;
    if (ti >= slots) {
      for (let j = 0; j < nb; j++) simMatrix[out + j] = cache.direct(ti, tb[j]);
      continue;
    }
    const row = ti * slots;
    for (let j = 0; j < nb; j++) {
      const tj = tb[j];
      if (tj >= slots) {
        simMatrix[out + j] = cache.direct(ti, tj);
        continue;
      }
      const v = table[row + tj];
      simMatrix[out + j] = (v === 0 ? cache.fill(ti, tj) : v) - 1;
    }
  }
}

/** What one pass over a pair's word-similarity matrix yields. */
export interface MatrixStats {
  alignAB: number;
  alignBA: number;
  clause: number;
  predicate: number;
  /** IDF weight of A's / B's content words whose best counterpart is below UNMATCHED_BELOW. */
  lostA: number;
  lostB: number;
  /** Largest weight of one such word. */
  lostTop: number;
  /** Larger side's share of content weight with no counterpart at all. */
  unpaired: number;
}

/** Stats when a side has no content word: the other side's words are all unmatched. */
function emptyStats(a: PreparedSentence, b: PreparedSentence, params: WordSimParams): MatrixStats {
  const ab = alignSim(a, b, params);
  const ba = alignSim(b, a, params);
  let lostTop = 0;
  for (const w of [...a.weights, ...b.weights]) if (w > lostTop) lostTop = w;
  const unpaired = a.words.length + b.words.length > 0 ? 1 : 0;
  return { alignAB: ab, alignBA: ba, clause: (ab + ba) / 2, predicate: 1, lostA: a.totalWeight, lostB: b.totalWeight, lostTop, unpaired };
}

/**
 * Both alignment directions, the clause similarity, the best predicate match and the
 * unmatched content weight from one pass over the pair's word-similarity matrix.
 */
export function alignBoth(a: PreparedSentence, b: PreparedSentence, params: WordSimParams = SCORE_PARAMS.align): MatrixStats {
  if (a.totalWeight === 0 || b.totalWeight === 0) return emptyStats(a, b, params);
  const cache = sharedCache(a, b);
  const na = a.words.length;
  const nb = b.words.length;
  if (colBest.length < nb) colBest = new Float64Array(Math.max(nb, 2 * colBest.length));
  if (simMatrix.length < na * nb) simMatrix = new Float64Array(Math.max(na * nb, 2 * simMatrix.length));
  if (cache !== undefined && cache.params === params) fillCached(a, b, cache, params);
  else fillDirect(a, b, params, cache);
  colBest.fill(0, 0, nb);
  let sumA = 0;
  let lostA = 0;
  let lostTop = 0;
  let zeroA = 0;
  for (let i = 0; i < na; i++) {
    let best = 0;
    const row = i * nb;
    for (let j = 0; j < nb; j++) {
      const s = simMatrix[row + j];
      if (s > best) best = s;
      if (s > colBest[j]) colBest[j] = s;
    }
    const w = a.weights[i];
    sumA += w * best;
    if (best < UNMATCHED_BELOW) {
      lostA += w;
      if (w > lostTop) lostTop = w;
      if (best === 0) zeroA += w;
    }
  }
  let sumB = 0;
  let lostB = 0;
  let zeroB = 0;
  for (let j = 0; j < nb; j++) {
    const w = b.weights[j];
    const best = colBest[j];
    sumB += w * best;
    if (best < UNMATCHED_BELOW) {
      lostB += w;
      if (w > lostTop) lostTop = w;
      if (best === 0) zeroB += w;
    }
  }
  const clause = clauseSim(simMatrix, nb, a.clauses, b.clauses, a.weights, b.weights);
  // Best match between a predicate of A and a predicate of B; 1 (no evidence) when either
  // side has none.
  let predicate = a.predicates.length === 0 || b.predicates.length === 0 ? 1 : 0;
  for (const i of a.predicates) for (const j of b.predicates) if (simMatrix[i * nb + j] > predicate) predicate = simMatrix[i * nb + j];
  return {
    alignAB: sumA / a.totalWeight,
    alignBA: sumB / b.totalWeight,
    clause,
    predicate,
    lostA,
    lostB,
    lostTop,
    unpaired: Math.max(zeroA / a.totalWeight, zeroB / b.totalWeight),
  };
}

/**
 * All signals of a pair: SimilaritySignals plus the extra ones of extra.ts. Cost: one pass
 * over the content-word similarity matrix, plus merges of short per-sentence arrays.
 */
export function pairSignals(a: PreparedSentence, b: PreparedSentence, params: WordSimParams = SCORE_PARAMS.align): ScoreSignals {
  const m = alignBoth(a, b, params);
  const ta = a.grams[0].length;
  const tb = b.grams[0].length;
  return {
    lexical: lexicalSim(a, b),
    alignAB: m.alignAB,
    alignBA: m.alignBA,
    clause: m.clause,
    predicate: m.predicate,
    length: Math.min(a.words.length, b.words.length) / Math.max(a.words.length, b.words.length, 1),
    dice: diceOf(a.bigrams, b.bigrams),
    entities: jaccard(a.entityKeys, b.entityKeys),
    numbers: jaccard(a.numberValues, b.numberValues),
    lemmaBigrams: codeDice(a.lemmaPairs, b.lemmaPairs),
    tokens1: codeDice(a.grams[0], b.grams[0]),
    tokens2: codeDice(a.grams[1], b.grams[1]),
    tokens3: codeDice(a.grams[2], b.grams[2]),
    tokensMin: Math.min(ta, tb),
    tokensMax: Math.max(ta, tb),
    unmatchedMax: Math.max(m.lostA, m.lostB),
    unmatchedMin: Math.min(m.lostA, m.lostB),
    unmatchedTop: m.lostTop,
    unpaired: m.unpaired,
    bothEntities: a.entityKeys.size > 0 && b.entityKeys.size > 0 ? 1 : 0,
    bothNumbers: a.numberValues.size > 0 && b.numberValues.size > 0 ? 1 : 0,
  };
}

/** Signals for one isolated sentence pair (weights from the corpus prior only). */
export function sentenceSignals(a: SentenceAnalysis, b: SentenceAnalysis): ScoreSignals {
  const idf = buildIdf([a], [b]);
  return pairSignals(prepareSentence(a, idf), prepareSentence(b, idf));
}

export interface WordLink {
  /** Token index in A. */
  a: number;
  /** Token index in B. */
  b: number;
  sim: number;
}

/**
 * One-to-one greedy word matching over content words: the most similar pairs first (ties:
 * the heavier word, then the closer relative position), each word used at most once.
 * Sorted by A's token index.
 */
export function alignPrepared(
  a: PreparedSentence,
  b: PreparedSentence,
  params: WordSimParams = SCORE_PARAMS.align,
): WordLink[] {
  const cache = sharedCache(a, b);
  const cands: Array<{ i: number; j: number; sim: number; weight: number; dist: number }> = [];
  const na = Math.max(1, a.words.length - 1);
  const nb = Math.max(1, b.words.length - 1);
  a.words.forEach((wa, i) => {
    b.words.forEach((wb, j) => {
      const sim = wordSim(wa, wb, params, cache);
      if (sim > 0) cands.push({ i, j, sim, weight: Math.max(wa.weight, wb.weight), dist: Math.abs(i / na - j / nb) });
    });
  });
  cands.sort((x, y) => y.sim - x.sim || y.weight - x.weight || x.dist - y.dist || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const links: WordLink[] = [];
  for (const c of cands) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    links.push({ a: a.words[c.i].index, b: b.words[c.j].index, sim: c.sim });
  }
  return links.sort((x, y) => x.a - y.a);
}

/** One-to-one word matches between two analysed sentences (token indices). */
export function alignWords(a: SentenceAnalysis, b: SentenceAnalysis): WordLink[] {
  const idf = buildIdf([a], [b]);
  return alignPrepared(prepareSentence(a, idf), prepareSentence(b, idf));
}

/**
 * align: order-free sentence links chosen among scored candidate pairs.
 *
 * Raw similarity is not comparable across sentences: a long sentence that names the story's
 * main actors ("China", "Russia", "US officials") is fairly similar to everything, a short
 * specific one to almost nothing. So each score is standardised against the scores of its
 * own row (the A sentence's candidates) and column (the B sentence's candidates): how far
 * it stands out from that sentence's usual similarity, in standard deviations (a hubness
 * correction). Row and column statistics are shrunk towards a prior so that sentences with
 * few candidates still get sensible values.
 *
 * A pair is linked when it is the best partner of at least one of its sentences, stands
 * out by at least `zThreshold` and reaches the absolute floor `linkThreshold`; or when its
 * raw score reaches `strongLink` and it is the top-scoring pair of one of its sentences (a
 * near copy), whatever else is near. A sentence may therefore link to several on the other
 * side (each of them finding it their best match); but a report compared with itself links
 * each sentence to its copy only, not also to a sentence that merely resembles it.
 *
 * Sentences that share names but no similar predicate ("Blinken will visit China" /
 * "Blinken said they claim to be neutral") rarely make the same claim: such a pair must
 * stand out by `predicateMargin` more standard deviations.
 *
 * `zThreshold` holds for reports of article length (up to ARTICLE_SENTENCES sentences a
 * side). A sentence compared with many more sentences has more chances to meet one that
 * stands out by accident: the largest of n standard-normal scores grows like sqrt(2 ln n).
 * Longer reports therefore need a pair to stand out by that much more (multiplicityMargin),
 * which keeps a 750-sentence report from linking sentences about different events.
 *
 * Two rules apply only where that margin is above 0:
 * - A pair that another nearby pair backs (a pair of two other sentences, within
 *   supportWindow sentences on both sides, itself standing out by zThreshold and reaching
 *   linkThreshold) is less likely to stand out by chance: two passages that tell the same
 *   story give several such pairs, a chance lookalike seldom has one. A backed pair needs
 *   only SUPPORTED_SHARE of the margin.
 * - A strong pair must be the highest-scoring pair of its sentence in the shorter report
 *   (of either, for equal lengths): in a long report many sentences built alike ("Sen.
 *   Charles Schumer, D-N.Y., said ...") reach the strong score with one sentence of the
 *   other.
 */
/** What align reads of a pair's signals: the predicate similarity. */
export interface PredicateSignal {
  predicate: number;
}

export interface ScoredPair<S> {
  a: number;
  b: number;
  score: number;
  signals: S;
}

export interface AlignOptions {
  /** Absolute floor of the combined score for any link. */
  linkThreshold: number;
  /** Minimum standardised score (mean of row and column z) for a best-partner link. */
  zThreshold: number;
  /** A pair at or above this combined score is linked even when it is not a mutual best. */
  strongLink: number;
  /** Pairs whose predicate similarity is below this floor need `predicateMargin` more z. */
  predicateFloor: number;
  predicateMargin: number;
}

/** Prior of the score distribution of a sentence's candidates, and its weight in pairs. */
const PRIOR_MEAN = 0.2;
const PRIOR_SD = 0.07;
const PRIOR_WEIGHT = 4;

interface Stats {
  mean: number;
  sd: number;
}

/** Mean and SD of `n` scores (their sum and sum of squares), shrunk towards the prior. */
function shrunk(n: number, sum: number, sq: number): Stats {
  const total = n + PRIOR_WEIGHT;
  const mean = (sum + PRIOR_WEIGHT * PRIOR_MEAN) / total;
  const second = (sq + PRIOR_WEIGHT * (PRIOR_SD * PRIOR_SD + PRIOR_MEAN * PRIOR_MEAN)) / total;
  return { mean, sd: Math.sqrt(Math.max(second - mean * mean, 1e-6)) };
}

/**
 * Candidate pairs that count in the row and column statistics only: pairs not worth a full
 * score (long reports, see score/two-stage.ts), each with an estimate of its score. Among
 * the candidates of one A sentence (row) the estimate misses the scores with a residual
 * variance `variance.a` (of one B sentence: `variance.b`), so a pair adds `estimate` to its
 * row's sum and `estimate^2 + variance.a` to its sum of squares (the expected values of the
 * true score's), and likewise to its column's. The first `exact` of them carry their true
 * score instead, and add no variance. Such a pair is never linked, never a sentence's best
 * partner or top score, and never backs another pair.
 */
export interface EstimatedPairs {
  a: Int32Array;
  b: Int32Array;
  estimate: Float64Array;
  variance: { a: number; b: number };
  exact: number;
}

/** Shrunk mean and SD of each sentence's candidate scores on one side, by sentence index. */
function statsBy<S>(pairs: ScoredPair<S>[], side: 'a' | 'b', size: number, estimated?: EstimatedPairs): { mean: Float64Array; sd: Float64Array } {
  const n = new Float64Array(size);
  const sum = new Float64Array(size);
  const sq = new Float64Array(size);
  for (const p of pairs) {
    const k = p[side];
    n[k]++;
    sum[k] += p.score;
    sq[k] += p.score * p.score;
  }
  if (estimated !== undefined) {
    const at = estimated[side];
    for (let e = 0; e < at.length; e++) {
      const k = at[e];
      if (k >= size) continue;
      const x = estimated.estimate[e];
      n[k]++;
      sum[k] += x;
      sq[k] += x * x + (e < estimated.exact ? 0 : estimated.variance[side]);
    }
  }
  const mean = new Float64Array(size);
  const sd = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    if (n[k] === 0) continue;
    const st = shrunk(n[k], sum[k], sq[k]);
    mean[k] = st.mean;
    sd[k] = st.sd;
  }
  return { mean, sd };
}

export interface AlignedPair<S> extends ScoredPair<S> {
  /** Standardised score: mean of the row and column z-scores. */
  z: number;
  /** z-score among the A sentence's candidates (row) and the B sentence's (column). */
  zRow: number;
  zCol: number;
}

/**
 * The z-scores of every pair against its row and column, in typed arrays parallel to
 * `pairs`: on long reports there are hundreds of thousands of pairs, and only the few that
 * are linked or back a link become AlignedPair objects.
 */
interface Standardised {
  z: Float64Array;
  zRow: Float64Array;
  zCol: Float64Array;
}

function zScores<S>(pairs: ScoredPair<S>[], { a, b }: AlignSizes = sizesOf(pairs), estimated?: EstimatedPairs): Standardised {
  const rows = statsBy(pairs, 'a', a, estimated);
  const cols = statsBy(pairs, 'b', b, estimated);
  const z = new Float64Array(pairs.length);
  const zRow = new Float64Array(pairs.length);
  const zCol = new Float64Array(pairs.length);
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    zRow[k] = (p.score - rows.mean[p.a]) / rows.sd[p.a];
    zCol[k] = (p.score - cols.mean[p.b]) / cols.sd[p.b];
    z[k] = (zRow[k] + zCol[k]) / 2;
  }
  return { z, zRow, zCol };
}

function alignedAt<S>(pairs: ScoredPair<S>[], st: Standardised, k: number): AlignedPair<S> {
  return { ...pairs[k], z: st.z[k], zRow: st.zRow[k], zCol: st.zCol[k] };
}

/** Standardise every pair against its row and column. */
export function standardise<S>(pairs: ScoredPair<S>[]): AlignedPair<S>[] {
  const st = zScores(pairs);
  return pairs.map((_, k) => alignedAt(pairs, st, k));
}

/** Reports up to this many sentences a side are compared with `zThreshold` as it is. */
export const ARTICLE_SENTENCES = 50;

/** Expected largest of n independent standard-normal values (Gumbel approximation). */
export function expectedMaxZ(n: number): number {
  if (n < 2) return 0;
  const r = Math.sqrt(2 * Math.log(n));
  return r - (Math.log(Math.log(n)) + Math.log(4 * Math.PI)) / (2 * r);
}

/**
 * How much more than `zThreshold` a pair must stand out when A has `a` sentences and B has
 * `b`: the growth of the expected largest chance z-score over article length, averaged over
 * the row (a sentence of A meets b sentences) and the column (a sentence of B meets a).
 * Sentence counts, not candidate counts: the best of a row's candidates is the best of all
 * b. 0 when both reports are of article length.
 */
export function multiplicityMargin(a: number, b: number): number {
  return Math.max(0, (expectedMaxZ(a) + expectedMaxZ(b)) / 2 - expectedMaxZ(ARTICLE_SENTENCES));
}

/**
 * The z-score a perfect pair (score 1) reaches among `n` candidates whose others score the
 * prior mean: the most a pair can stand out in a report of `n` sentences. With the prior's
 * weight, one or two candidates cannot reach `zThreshold` at all (1.96 for one, 2.19 for two).
 */
export function attainableZ(n: number): number {
  const { mean, sd } = shrunk(n, 1 + (n - 1) * PRIOR_MEAN, 1 + (n - 1) * PRIOR_MEAN * PRIOR_MEAN);
  return (1 - mean) / sd;
}

/** Share of the attainable z a pair must reach in reports too short to reach zThreshold. */
export const SHORT_REPORT_SHARE = 0.9;

/** Number of sentences on each side; when not given, read off the pairs' indices. */
export interface AlignSizes {
  a: number;
  b: number;
}

function sizesOf<S>(pairs: ScoredPair<S>[]): AlignSizes {
  let a = 0;
  let b = 0;
  for (const p of pairs) {
    if (p.a >= a) a = p.a + 1;
    if (p.b >= b) b = p.b + 1;
  }
  return { a, b };
}

/** Sentences on each side within which another pair backs a pair (see the file comment). */
export const SUPPORT_WINDOW = 10;
/** Share of the multiplicity margin a backed pair needs. */
export const SUPPORTED_SHARE = 0.5;

/** Largest share of a report's sentences on either side of a pair that the window spans. */
export const SUPPORT_WINDOW_SHARE = 0.05;

/**
 * Sentences within which another pair backs a pair, in a report of `n` sentences:
 * SUPPORT_WINDOW, but at most 5% of the report on either side (at least 1), so that against
 * a short report the window does not take in a large part of it by chance.
 */
export function supportWindow(n: number): number {
  return Math.max(1, Math.min(SUPPORT_WINDOW, Math.round(SUPPORT_WINDOW_SHARE * n)));
}

/**
 * Whether a pair has a backer: another pair of other sentences among `backers` (sorted by
 * A index), at most `wa` sentences away in A and `wb` in B.
 */
export function backedBy<S>(backers: AlignedPair<S>[], wa: number, wb: number): (p: ScoredPair<S>) => boolean {
  return (p) => {
    let lo = 0;
    let hi = backers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (backers[mid].a < p.a - wa) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < backers.length && backers[k].a <= p.a + wa; k++) {
      const q = backers[k];
      if (q.a !== p.a && q.b !== p.b && Math.abs(q.b - p.b) <= wb) return true;
    }
    return false;
  };
}

/**
 * Scores closer than this are a tie: copies of one sentence can score a few 1e-9 apart,
 * because word similarities are read back from a float32 table after their first use.
 */
const SCORE_TIE = 1e-6;

/** Each sentence's highest-scoring pair (on a tie, the one with the other sentence first), by pair index. */
export function topScoreOf<S>(pairs: ScoredPair<S>[], side: 'a' | 'b', size: number): Int32Array {
  const other = side === 'a' ? 'b' : 'a';
  const top = new Int32Array(size).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const t = top[p[side]];
    const cur = t < 0 ? undefined : pairs[t];
    if (!cur || p.score > cur.score + SCORE_TIE || (p.score >= cur.score - SCORE_TIE && p[other] < cur[other])) top[p[side]] = k;
  }
  return top;
}

/** Each sentence's pair of highest z (on a tie, the one first by A then B index), by pair index. */
function bestZOf<S>(pairs: ScoredPair<S>[], z: Float64Array, side: 'a' | 'b', size: number): Int32Array {
  const best = new Int32Array(size).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    const c = best[p[side]];
    if (c < 0) {
      best[p[side]] = k;
      continue;
    }
    const cur = pairs[c];
    if (z[k] > z[c] || (z[k] === z[c] && (p.a - cur.a || p.b - cur.b) < 0)) best[p[side]] = k;
  }
  return best;
}

/**
 * Choose links among scored candidate pairs; returns pairs sorted by A then B index.
 * `estimated` pairs (see EstimatedPairs) count in the statistics and nowhere else.
 */
export function align<S extends PredicateSignal>(
  pairs: ScoredPair<S>[],
  options: AlignOptions,
  sizes: AlignSizes = sizesOf(pairs),
  estimated?: EstimatedPairs,
): AlignedPair<S>[] {
  // Sentence indices the pairs reach (`sizes` may count sentences without a candidate).
  const span = sizesOf(pairs);
  const st = zScores(pairs, span, estimated);
  const z = st.z;
  const margin = multiplicityMargin(sizes.a, sizes.b);
  const zMin = options.zThreshold + margin;
  // Reports of a sentence or three: no pair can stand out by zThreshold, however alike; it
  // must come close to what is attainable (a row of an A sentence holds B's sentences).
  const zShort = SHORT_REPORT_SHARE * ((attainableZ(sizes.b) + attainableZ(sizes.a)) / 2);
  const bestA = bestZOf(pairs, z, 'a', span.a);
  const bestB = bestZOf(pairs, z, 'b', span.b);
  const backers: AlignedPair<S>[] = [];
  if (margin > 0) {
    for (let k = 0; k < pairs.length; k++) if (z[k] >= options.zThreshold && pairs[k].score >= options.linkThreshold) backers.push(alignedAt(pairs, st, k));
    backers.sort((x, y) => x.a - y.a);
  }
  const backed = backedBy(backers, supportWindow(sizes.a), supportWindow(sizes.b));
  const zBacked = options.zThreshold + SUPPORTED_SHARE * margin;
  const topA = topScoreOf(pairs, 'a', span.a);
  const topB = topScoreOf(pairs, 'b', span.b);
  // Between articles: the top pair of either sentence. In longer reports: of the sentence in
  // the shorter report (of either, for equal lengths).
  const topOf = (k: number) => {
    const p = pairs[k];
    return margin === 0 || sizes.a === sizes.b ? topA[p.a] === k || topB[p.b] === k : sizes.a < sizes.b ? topA[p.a] === k : topB[p.b] === k;
  };
  const strong = (k: number) => pairs[k].score >= options.strongLink && topOf(k);
  const standsOut = (k: number) => {
    const p = pairs[k];
    const extra = p.signals.predicate < options.predicateFloor ? options.predicateMargin : 0;
    return z[k] >= Math.min(zMin + extra, zShort) || (margin > 0 && z[k] >= zBacked + extra && backed(p));
  };
  const chosen: AlignedPair<S>[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const p = pairs[k];
    if (strong(k) || (p.score >= options.linkThreshold && (bestA[p.a] === k || bestB[p.b] === k) && standsOut(k))) chosen.push(alignedAt(pairs, st, k));
  }
  return chosen.sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * The whole pipeline: ingest -> segment -> analyse -> score -> align -> classify ->
 * explain, assembled into one result model. Every stage is a pure function; this file
 * only wires them together.
 */
import { align, topScoreOf } from '../align/align.js';
import { candidatePairs } from '../align/candidates.js';
import { completions } from '../align/completion.js';
import { dropBesideCopies, isCopy, NEAR_COPY_ALIGNMENT } from '../align/copies.js';
import { groupSplitClaims } from '../align/groups.js';
import { entityMatches } from '../analyse/entities.js';
import { classifyPair } from '../classify/classify.js';
import { mergeAnalyses, type Side } from '../classify/context.js';
import { InputError } from '../errors.js';
import { wordDiff } from '../explain/word-diff.js';
import type { Comparison, Link, LinkClass, ResultOptions, SimilaritySignals } from '../model/result.js';
import type { AnalysedDocument, AnalysedSentence } from '../model/stages.js';
import { claimScore } from '../score/claim.js';
import { coverage } from '../score/coverage.js';
import { linkScore } from '../score/combine.js';
import { buildIdf } from '../score/idf.js';
import { trimInterning } from '../score/intern.js';
import { prepareSentence, type PreparedSentence } from '../score/prepare.js';
import { pairSignals } from '../score/signals.js';
import { scoreInTwoStages } from '../score/two-stage.js';
import { getVectors } from '../score/vectors.js';
import { WordSimCache } from '../score/wordsim.js';
import { assemble } from './assemble.js';
import { DEFAULT_OPTIONS } from './options.js';
import { analyseReport, type CompareInput } from './report.js';

export type { CompareInput } from './report.js';

export interface CompareOptions extends Partial<ResultOptions> {}

export function resolveOptions(options: CompareOptions = {}): ResultOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new InputError('options must be an object');
  const o: ResultOptions = { ...DEFAULT_OPTIONS };
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined) continue;
    if (!Object.hasOwn(DEFAULT_OPTIONS, k)) throw new InputError(`unknown option ${k} (known: ${Object.keys(DEFAULT_OPTIONS).join(', ')})`);
    const max = k === 'zThreshold' || k === 'predicateMargin' ? 10 : 1;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > max) {
      throw new InputError(`option ${k} must be a number between 0 and ${max} (got ${typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v)})`);
    }
    o[k as keyof ResultOptions] = v;
  }
  return o;
}

function keysOf(p: PreparedSentence): string[] {
  const keys = p.words.map((w) => w.lemma);
  for (const k of p.entityKeys) keys.push(`e:${k}`);
  return keys;
}

function typesOf(ps: PreparedSentence[]): number[] {
  return ps.flatMap((p) => Array.from(p.typeIds));
}

/** The signals kept for a pair that cannot be linked (see compareAnalysed); never read. */
const UNLINKABLE: SimilaritySignals = Object.freeze({
  lexical: 0,
  alignAB: 0,
  alignBA: 0,
  clause: 0,
  predicate: 0,
  length: 0,
  dice: 0,
  entities: 0,
  numbers: 0,
});

/** Reports small enough are scored all against all; longer ones through the candidate index. */
const ALL_PAIRS_BUDGET = 40_000;
/** From this many candidate pairs from the index on, scoring is done in two stages (score/two-stage.ts). */
const TWO_STAGE_PAIRS = 20_000;

/**
 * The pairs to score, grouped by A sentence. Through the index, candidates are proposed for
 * each sentence of the report with fewer sentences (on a tie, of the one whose text sorts
 * first): the same pairs whichever report is given first, so swapping A and B mirrors the
 * links, and a short report is not matched by every sentence of a long one.
 */
function candidatesFor(pa: PreparedSentence[], pb: PreparedSentence[], weight: (k: string) => number, fromA: boolean): Array<[number, number]> {
  if (pa.length * pb.length <= ALL_PAIRS_BUDGET) {
    const all: Array<[number, number]> = [];
    for (let i = 0; i < pa.length; i++) for (let j = 0; j < pb.length; j++) all.push([i, j]);
    return all;
  }
  // Either way sorted by A then B: the same list, summed in the same order, whichever report is A.
  const pairs = fromA
    ? candidatePairs(pa.map(keysOf), pb.map(keysOf), weight)
    : candidatePairs(pb.map(keysOf), pa.map(keysOf), weight).map(([j, i]): [number, number] => [i, j]);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Whether `candidates` pairs of reports of `a` and `b` sentences are scored in two stages:
 * only candidates from the index (reports scored all against all never are), and only many.
 */
export function scoredInTwoStages(a: number, b: number, candidates: number): boolean {
  return a * b > ALL_PAIRS_BUDGET && candidates >= TWO_STAGE_PAIRS;
}

function sideOf(doc: AnalysedDocument, sentences: AnalysedSentence[]): Side {
  return { text: doc.text, sentences, analysis: mergeAnalyses(sentences) };
}

/** Compare two reports of the same event. Throws InputError on unusable input or options. */
export function compare(a: CompareInput, b: CompareInput, options: CompareOptions = {}): Comparison {
  const opts = resolveOptions(options);
  return compareAnalysed(analyseReport(a, 'a'), analyseReport(b, 'b'), opts);
}

/**
 * Compare two reports already through `analyseReport` (A on side 'a', B on side 'b'):
 * score -> align -> classify -> explain -> assemble. `compare` is exactly this after
 * analysing both reports.
 */
export function compareAnalysed(docA: AnalysedDocument, docB: AnalysedDocument, options: CompareOptions = {}): Comparison {
  if (docA?.id !== 'a' || docB?.id !== 'b') throw new InputError('compareAnalysed: report A must be on side a and report B on side b');
  const opts = resolveOptions(options);
  // Between comparisons, a long-lived process renumbers its interned words (no output changes).
  trimInterning();
  const store = getVectors();
  const content = (d: AnalysedDocument) => d.sentences.filter((s) => !s.boilerplate);
  const ca = content(docA);
  const cb = content(docB);

  const idf = buildIdf(
    ca.map((s) => s.analysis),
    cb.map((s) => s.analysis),
  );
  const cache = new WordSimCache();
  const pa = ca.map((s) => prepareSentence(s.analysis, idf, cache));
  const pb = cb.map((s) => prepareSentence(s.analysis, idf, cache));
  const weight = (k: string) => (k.startsWith('e:') ? 8 : idf(k));
  const fromA = pa.length < pb.length || (pa.length === pb.length && docA.text <= docB.text);
  const candidates = candidatesFor(pa, pb, weight, fromA);
  // Scored all against all, every A word type meets every B type: fill their similarities in one pass.
  if (candidates.length === pa.length * pb.length) cache.fillBlock(typesOf(pa), typesOf(pb));
  // A pair scoring below both link floors is never chosen, so align reads nothing of its
  // signals: long reports have hundreds of thousands of such pairs, kept without them.
  const floor = Math.min(opts.linkThreshold, opts.strongLink);
  const fullScore = (i: number, j: number) => {
    const signals: SimilaritySignals = pairSignals(pa[i], pb[j]);
    const score = linkScore(signals);
    return { signals: score >= floor ? signals : UNLINKABLE, score };
  };
  // Many candidates (long reports): most get a cheap estimate instead (score/two-stage.ts).
  const { scored, estimated } =
    scoredInTwoStages(pa.length, pb.length, candidates.length)
      ? scoreInTwoStages(candidates, pa, pb, fromA, store, fullScore)
      : { scored: candidates.map(([i, j]) => ({ a: i, b: j, ...fullScore(i, j) })), estimated: undefined };
  // The word diff and the verdict of sentences linked together (classify and explain).
  const fullNames = new Set([...docA.sentences, ...docB.sentences].flatMap((s) => s.analysis.entities.filter((e) => e.key.includes(' ')).map((e) => e.key)));
  const judge = (as: AnalysedSentence[], bs: AnalysedSentence[]) => {
    const diff = wordDiff(as, docA.text, bs, docB.text);
    const verdict = classifyPair({
      a: sideOf(docA, as),
      b: sideOf(docB, bs),
      wordSimilarity: (x, y) => (x === y ? 1 : Math.max(0, store.cosine(x, y))),
      diff,
      sameEntity: entityMatches,
      fullNames,
    });
    return { diff, verdict };
  };
  const aligned = align(scored, opts, { a: pa.length, b: pb.length }, estimated);
  // The copies rule asks for the class of a few single pairs: the pairs that look like
  // copies, and the links beside them. Their verdicts are kept for the links below.
  type Judged = ReturnType<typeof judge>;
  const judged = new Map<(typeof aligned)[number], Judged>();
  const judgePair = (p: (typeof aligned)[number]): Judged => {
    let j = judged.get(p);
    if (j === undefined) judged.set(p, (j = judge([ca[p.a]], [cb[p.b]])));
    return j;
  };
  const classOf = (p: (typeof aligned)[number]): LinkClass => judgePair(p).verdict.class;
  const copies = new Set(aligned.filter((p) => isCopy(p.signals) && classOf(p) === 'corroborating'));
  const chosen = dropBesideCopies(
    aligned,
    (p) => copies.has(p),
    // A contradiction beside a copy stays when the two sentences are the same but for the
    // detail they differ on ("15 killed" beside a copy of "12 killed"); lookalikes that share
    // less are what a cut sentence links to.
    (p) => Math.min(p.signals.alignAB, p.signals.alignBA) >= NEAR_COPY_ALIGNMENT && classOf(p) === 'divergent',
  );

  // A sentence beside a linked one may carry the rest of a claim the other report tells in
  // one sentence: it joins the link as the second half of a split claim.
  const topA = topScoreOf(scored, 'a', pa.length);
  const topB = topScoreOf(scored, 'b', pb.length);
  const partner = (top: Int32Array, i: number, other: 'a' | 'b') => (top[i] < 0 ? -1 : scored[top[i]][other]);
  // Signals of the pairs the rule looks at, computed once for the check and the link.
  const probed = new Map<number, { signals: ReturnType<typeof pairSignals>; score: number }>();
  const pairAt = (a: number, b: number) => {
    let p = probed.get(a * pb.length + b);
    if (p === undefined) {
      const signals = pairSignals(pa[a], pb[b]);
      probed.set(a * pb.length + b, (p = { signals, score: linkScore(signals) }));
    }
    return p;
  };
  const completed = completions(chosen, {
    sizes: { a: pa.length, b: pb.length },
    coverage: (side, i, others) => (side === 'a' ? coverage(pa[i], others.map((j) => pb[j])) : coverage(pb[i], others.map((j) => pa[j]))),
    topPartner: (side, i) => (side === 'a' ? partner(topA, i, 'b') : partner(topB, i, 'a')),
    score: (a, b) => pairAt(a, b).score,
    completable: (l) => !copies.has(l as (typeof chosen)[number]),
  }).map(({ a, b }) => ({ a, b, ...pairAt(a, b), z: 0, zRow: 0, zCol: 0 }));
  const all = [...chosen, ...completed].sort((x, y) => x.a - y.a || x.b - y.b);

  const links: Link[] = groupSplitClaims(all, (p) => !copies.has(p)).map((g) => {
    const as = g.a.map((i) => ca[i]);
    const bs = g.b.map((j) => cb[j]);
    // A split claim keeps the stronger of its two pairs' signals.
    const p = g.pairs.reduce((x, y) => (y.score > x.score ? y : x));
    const { diff, verdict } = g.pairs.length === 1 ? judgePair(g.pairs[0]) : judge(as, bs);
    return {
      id: '',
      a: as.map((s) => s.id),
      b: bs.map((s) => s.id),
      class: verdict.class,
      score: Math.round(claimScore(p.signals, verdict.differences) * 1000) / 1000,
      signals: roundSignals(p.signals),
      differences: verdict.differences,
      diff,
    };
  });
  return assemble(docA, docB, links, opts);
}

function roundSignals(s: SimilaritySignals): SimilaritySignals {
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    lexical: r(s.lexical),
    alignAB: r(s.alignAB),
    alignBA: r(s.alignBA),
    clause: r(s.clause),
    predicate: r(s.predicate),
    length: r(s.length),
    dice: r(s.dice),
    entities: r(s.entities),
    numbers: r(s.numbers),
  };
}

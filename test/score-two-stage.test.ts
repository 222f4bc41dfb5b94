import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { align, type ScoredPair } from '../src/align/align.js';
import { candidatePairs } from '../src/align/candidates.js';
import { compare, scoredInTwoStages } from '../src/pipeline/compare.js';
import { DEFAULT_OPTIONS } from '../src/pipeline/options.js';
import { analyseReport } from '../src/pipeline/report.js';
import { linkScore } from '../src/score/combine.js';
import { ESTIMATE_FEATURES, estimateAt, fitEstimate } from '../src/score/estimate.js';
import { buildIdf } from '../src/score/idf.js';
import { prepareSentence } from '../src/score/prepare.js';
import { pairSignals } from '../src/score/signals.js';
import { scoreInTwoStages, TWO_STAGE_OPTIONS } from '../src/score/two-stage.js';
import { getVectors } from '../src/score/vectors.js';
import { WordSimCache } from '../src/score/wordsim.js';

type Sig = { predicate: number };

/** Background pairs of an n x m report pair, scoring low with a little spread. */
function background(n: number, m: number, skip: (i: number, j: number) => boolean): ScoredPair<Sig>[] {
  const out: ScoredPair<Sig>[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (!skip(i, j)) out.push({ a: i, b: j, score: 0.15 + 0.01 * ((i * 7 + j * 3) % 5), signals: { predicate: 1 } });
  return out;
}

test('estimated pairs count in the statistics only: never linked, but their estimates and spread move the z-scores', () => {
  // Row 4 and column 4: three scored pairs each (4-4 among them), the other five estimated.
  const estimatedCell = (i: number, j: number) => (i === 4) !== (j === 4) && (i === 4 ? j : i) >= 2;
  const scored = [...background(8, 8, (i, j) => estimatedCell(i, j) || (i === 4 && j === 4)), { a: 4, b: 4, score: 0.4, signals: { predicate: 1 } }];
  const cells: Array<[number, number]> = [];
  for (let i = 0; i < 8; i++) for (let j = 0; j < 8; j++) if (estimatedCell(i, j)) cells.push([i, j]);
  assert.is(scored.filter((p) => p.a === 4).length, 3);
  assert.is(scored.filter((p) => p.b === 4).length, 3);
  const est = (value: number, variance: { a: number; b: number }, exact = 0) => ({
    a: Int32Array.from(cells, (c) => c[0]),
    b: Int32Array.from(cells, (c) => c[1]),
    estimate: new Float64Array(cells.length).fill(value),
    variance,
    exact,
  });
  const small = { a: 0.0001, b: 0.0001 };
  const linked = (e: ReturnType<typeof est>) => align(scored, DEFAULT_OPTIONS, { a: 8, b: 8 }, e).map((p) => `${p.a}-${p.b}`);
  // Low estimates: the pair stands out. Estimates as high as the pair: it no longer does.
  assert.equal(linked(est(0.15, small)), ['4-4']);
  assert.equal(linked(est(0.38, small)), []);
  // Estimates of 1, above every scored pair: none of them is linked, and 4-4 drowns.
  assert.equal(linked(est(1, small)), []);
  // The spread counts, each on its own side: the row's (A) variance widens row 4's SD and
  // lowers 4-4's row z only; the column's (B) lowers its column z only.
  const base = zOf(scored, est(0.15, small));
  const rowWide = zOf(scored, est(0.15, { a: 0.05, b: 0.0001 }));
  const colWide = zOf(scored, est(0.15, { a: 0.0001, b: 0.05 }));
  assert.ok(rowWide.zRow < base.zRow && rowWide.zCol === base.zCol, JSON.stringify({ base, rowWide }));
  assert.ok(colWide.zCol < base.zCol && colWide.zRow === base.zRow, JSON.stringify({ base, colWide }));
  // Exact pairs (the first `exact` of them) add no variance.
  assert.equal(zOf(scored, est(0.15, { a: 0.05, b: 0.05 }, cells.length)), zOf(scored, est(0.15, { a: 0, b: 0 })));
  assert.equal(linked(est(0.15, { a: 0.05, b: 0.05 })), []);
});

/** Pair 4-4's row and column z-scores when the rest of its row and column is `e`. */
function zOf(scored: ScoredPair<Sig>[], e: Parameters<typeof align>[3]): { zRow: number; zCol: number } {
  const loose = { ...DEFAULT_OPTIONS, zThreshold: -100, linkThreshold: 0 };
  const p = align(scored, loose, { a: 8, b: 8 }, e).find((q) => q.a === 4 && q.b === 4)!;
  return { zRow: p.zRow, zCol: p.zCol };
}

test('two stages only for many candidates from the index, never for reports scored all against all', () => {
  assert.not.ok(scoredInTwoStages(150, 150, 150 * 150), '150 x 150: all against all');
  assert.not.ok(scoredInTwoStages(200, 200, 200 * 200));
  assert.not.ok(scoredInTwoStages(300, 300, 300 * 40 - 1), 'index, few candidates');
  assert.ok(scoredInTwoStages(600, 600, 600 * 40));
});

test('fitEstimate recovers a linear function of the features', () => {
  const rows = 50;
  const x = new Float64Array(rows * ESTIMATE_FEATURES);
  const truth = Float64Array.from({ length: ESTIMATE_FEATURES }, (_, q) => (q % 3) - 0.5 * q * 0.1);
  let seed = 7;
  for (let r = 0; r < rows; r++) {
    x[r * ESTIMATE_FEATURES] = 1;
    for (let q = 1; q < ESTIMATE_FEATURES; q++) x[r * ESTIMATE_FEATURES + q] = ((seed = (seed * 48271) % 2147483647) % 1000) / 1000;
  }
  const all = Array.from({ length: rows }, (_, r) => r);
  const coef = fitEstimate(x, all, (r) => estimateAt(x, r, truth));
  for (const r of all) assert.ok(Math.abs(estimateAt(x, r, coef) - estimateAt(x, r, truth)) < 1e-3, `row ${r}`);
});

/** A deterministic report of `n` template sentences about `places`. */
function templated(n: number, seed: number, places: string[]): string {
  let x = seed;
  const next = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return Math.floor((x / 2147483648) * k);
  };
  const verbs = ['approved', 'rejected', 'delayed', 'expanded', 'questioned', 'funded', 'announced', 'reviewed', 'cancelled', 'praised', 'criticised', 'paused', 'blocked', 'opened', 'closed', 'revised'];
  const nouns = ['budget', 'bridge', 'school plan', 'tax rise', 'port deal', 'rail line', 'hospital wing', 'water scheme', 'tram route', 'library', 'museum', 'stadium', 'ring road', 'ferry link', 'market hall', 'fire station', 'flood wall', 'cycle lane', 'bus depot', 'power plant'];
  const who = ['The council', 'The mayor', 'Officials', 'The governor', 'Lawmakers', 'The committee'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`${who[next(who.length)]} ${verbs[next(verbs.length)]} the ${nouns[next(nouns.length)]} in ${places[next(places.length)]} after ${next(90) + 2} days.`);
  return out.join(' ');
}

const PLACES = (
  'Leeds Hull York Derby Bath Ely Wells Truro Ripon Salford Preston Lincoln Durham Exeter Norwich Carlisle Chester Oxford Cambridge Bristol ' +
  'Coventry Leicester Nottingham Sheffield Bradford Wakefield Lancaster Worcester Hereford Gloucester Salisbury Winchester Chichester Canterbury Peterborough Sunderland Newcastle Plymouth Brighton Portsmouth'
).split(' ');
const CLAIMS: Array<[string, string]> = [
  ['A ferry operator in Whitby cancelled 14 crossings because of storms.', 'Storms forced the Whitby ferry operator to cancel 14 crossings.'],
  ['Archaeologists found Roman coins beneath the cathedral car park.', 'Roman coins were found by archaeologists under the cathedral car park.'],
  ['The zoo welcomed twin snow leopard cubs on Sunday.', 'Twin snow leopard cubs were born at the zoo on Sunday.'],
  ['Striking bus drivers accepted a pay offer of 6 percent.', 'Bus drivers ended their strike after accepting a 6 percent pay offer.'],
];
const LONG_A = CLAIMS.map(([x], k) => `${templated(190, 3 + k, PLACES)} ${x}`).join(' ');
const LONG_B = CLAIMS.map(([, y], k) => `${templated(180, 21 + k, PLACES)} ${y}`).join(' ');

test('two stages: a minority of the candidates is fully scored, including every sentence\'s best', () => {
  const store = getVectors();
  const docs = [analyseReport(LONG_A, 'a'), analyseReport(LONG_B, 'b')].map((d) => d.sentences.filter((s) => !s.boilerplate).map((s) => s.analysis));
  const idf = buildIdf(docs[0], docs[1]);
  const cache = new WordSimCache();
  const [pa, pb] = docs.map((d) => d.map((s) => prepareSentence(s, idf, cache)));
  const keys = (ps: typeof pa) => ps.map((p) => [...p.words.map((w) => w.lemma), ...[...p.entityKeys].map((k) => `e:${k}`)]);
  const candidates = candidatePairs(keys(pb), keys(pa), idf).map(([j, i]): [number, number] => [i, j]);
  assert.ok(candidates.length >= 20_000, `candidates: ${candidates.length}`);
  const full = (i: number, j: number) => ({ score: linkScore(pairSignals(pa[i], pb[j])), signals: { predicate: 1 } });
  let calls = 0;
  const counted = (i: number, j: number) => (calls++, full(i, j));
  const { scored, estimated } = scoreInTwoStages(candidates, pa, pb, false, store, counted);
  // Every candidate is scored or counted once; the sample pairs outside the selection are
  // fully scored but count in the statistics only (the first `exact` estimated pairs).
  assert.is(scored.length + estimated.a.length, candidates.length);
  assert.is(calls, scored.length + estimated.exact);
  assert.ok(estimated.exact > 0);
  assert.ok(scored.length < 0.5 * candidates.length, `fully scored ${scored.length} of ${candidates.length}`);
  assert.ok(estimated.variance.a > 0 && estimated.variance.b > 0);
  // Every B sentence's truly best candidate is among the fully scored pairs, bar a few.
  const best = new Map<number, { i: number; s: number }>();
  for (const [i, j] of candidates) {
    const s = full(i, j).score;
    const cur = best.get(j);
    if (!cur || s > cur.s) best.set(j, { i, s });
  }
  const kept = new Set(scored.map((p) => `${p.a}-${p.b}`));
  const missed = [...best].filter(([j, { i }]) => !kept.has(`${i}-${j}`)).length;
  assert.ok(missed <= 0.05 * best.size, `best pairs not fully scored: ${missed} of ${best.size}`);
  // Each sentence keeps at least its perSentence best (or all its candidates).
  const perB = new Map<number, number>();
  for (const p of scored) perB.set(p.b, (perB.get(p.b) ?? 0) + 1);
  const candB = new Map<number, number>();
  for (const [, j] of candidates) candB.set(j, (candB.get(j) ?? 0) + 1);
  for (const [j, n] of candB) assert.ok((perB.get(j) ?? 0) >= Math.min(n, TWO_STAGE_OPTIONS.perSentence), `B sentence ${j}`);
});

test('two stages end to end: the distinctive claims link, and swapping the reports mirrors the links', () => {
  const pairsOf = (r: ReturnType<typeof compare>, swapped: boolean) =>
    r.links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => (swapped ? `${y.slice(1)}|${x.slice(1)}` : `${x.slice(1)}|${y.slice(1)}`)))).sort();
  const forward = compare(LONG_A, LONG_B);
  const text = (side: 0 | 1, id: string, from: string) => {
    const s = forward.sources[side].sentences.find((q) => q.id === id)!;
    return from.slice(s.start, s.end);
  };
  for (const [x, y] of CLAIMS) {
    assert.ok(
      forward.links.some((l) => l.a.some((id) => text(0, id, LONG_A) === x) && l.b.some((id) => text(1, id, LONG_B) === y)),
      `not linked: ${x} / ${y}`,
    );
  }
  assert.equal(pairsOf(compare(LONG_B, LONG_A), true), pairsOf(forward, false));
});

test.run();

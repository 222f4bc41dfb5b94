import { test } from 'uvu';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as assert from 'uvu/assert';
import {
  align,
  ARTICLE_SENTENCES,
  expectedMaxZ,
  multiplicityMargin,
  standardise,
  attainableZ,
  backedBy,
  SHORT_REPORT_SHARE,
  SUPPORT_WINDOW,
  SUPPORTED_SHARE,
  supportWindow,
  type ScoredPair,
} from '../src/align/align.js';
import { candidatePairs } from '../src/align/candidates.js';
import { groupSplitClaims } from '../src/align/groups.js';
import { compare } from '../src/pipeline/compare.js';
import { DEFAULT_OPTIONS } from '../src/pipeline/options.js';

type Sig = { predicate: number };

/** A score matrix as pairs; background pairs score low, the listed ones high. */
function matrix(n: number, m: number, high: Array<[number, number, number, number?]>): ScoredPair<Sig>[] {
  const pairs: ScoredPair<Sig>[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const h = high.find(([a, b]) => a === i && b === j);
      pairs.push({ a: i, b: j, score: h ? h[2] : 0.15 + 0.01 * ((i * 7 + j * 3) % 5), signals: { predicate: h?.[3] ?? 1 } });
    }
  }
  return pairs;
}

test('a pair that stands out from both its sentences is linked; background noise is not', () => {
  const links = align(matrix(8, 9, [[2, 5, 0.5], [6, 1, 0.45]]), DEFAULT_OPTIONS);
  assert.equal(links.map((l) => [l.a, l.b]), [[2, 5], [6, 1]]);
});

test('order-free: the link is found wherever it sits', () => {
  const links = align(matrix(10, 10, [[0, 9, 0.5], [9, 0, 0.5]]), DEFAULT_OPTIONS);
  assert.equal(links.map((l) => [l.a, l.b]), [[0, 9], [9, 0]]);
});

test('a sentence can link to two on the other side when each finds it best', () => {
  const links = align(matrix(8, 8, [[3, 1, 0.5], [3, 6, 0.48]]), DEFAULT_OPTIONS);
  assert.equal(links.map((l) => [l.a, l.b]), [[3, 1], [3, 6]]);
});

test('a pair with no similar predicate must stand out more', () => {
  const pairs = matrix(8, 8, [[4, 4, 0.36, 0.1]]);
  const z = standardise(pairs).find((p) => p.a === 4 && p.b === 4)!.z;
  assert.ok(z > DEFAULT_OPTIONS.zThreshold && z < DEFAULT_OPTIONS.zThreshold + DEFAULT_OPTIONS.predicateMargin, `z=${z}`);
  assert.equal(align(pairs, DEFAULT_OPTIONS), []);
  const withVerb = matrix(8, 8, [[4, 4, 0.36, 0.9]]);
  assert.is(align(withVerb, DEFAULT_OPTIONS).length, 1);
});

test('long reports: a pair must stand out by more, growing like the largest chance z-score', () => {
  assert.is(multiplicityMargin(ARTICLE_SENTENCES, 12), 0, 'article-length reports keep the threshold');
  assert.is(multiplicityMargin(40, 35), 0);
  const m = multiplicityMargin(250, 230);
  assert.ok(m > 0.4 && m < 0.7, `margin ${m}`);
  assert.ok(multiplicityMargin(10_000, 10_000) > multiplicityMargin(2_000, 2_000), 'more sentences, more margin');
  assert.ok(Math.abs(expectedMaxZ(1000) - 3.1) < 0.15, 'about 3.1 for the largest of 1,000 normal values');
  // A pair standing out by 2.6: linked between articles, not between 250-sentence reports.
  const pairs = matrix(8, 8, [[4, 4, 0.36]]);
  const z = standardise(pairs).find((p) => p.a === 4 && p.b === 4)!.z;
  assert.ok(z > DEFAULT_OPTIONS.zThreshold && z < DEFAULT_OPTIONS.zThreshold + m, `z=${z}`);
  assert.is(align(pairs, DEFAULT_OPTIONS).length, 1);
  assert.is(align(pairs, DEFAULT_OPTIONS, { a: 250, b: 230 }).length, 0);
  // Near copies stay linked at any length.
  assert.is(align(matrix(8, 8, [[4, 4, 0.9]]), DEFAULT_OPTIONS, { a: 10_000, b: 10_000 }).length, 1);
});

test('long reports: a pair backed by a nearby pair needs only part of the margin', () => {
  const long = { a: 250, b: 230 };
  const m = multiplicityMargin(long.a, long.b);
  const zOf = (pairs: ScoredPair<Sig>[]) => standardise(pairs).find((p) => p.a === 4 && p.b === 4)!.z;
  const alone = matrix(40, 40, [[4, 4, 0.25]]);
  const z = zOf(alone);
  assert.ok(z >= DEFAULT_OPTIONS.zThreshold + SUPPORTED_SHARE * m && z < DEFAULT_OPTIONS.zThreshold + m, `z=${z}`);
  const linked = (pairs: ScoredPair<Sig>[]) => align(pairs, DEFAULT_OPTIONS, long).map((l) => `${l.a},${l.b}`);
  assert.equal(linked(alone), [], 'alone, it does not stand out by the whole margin');
  const backed = matrix(40, 40, [[4, 4, 0.25], [6, 7, 0.5]]);
  assert.is(zOf(backed), z);
  assert.equal(linked(backed), ['4,4', '6,7'], 'a pair 2 and 3 sentences away backs it');
  const w = SUPPORT_WINDOW;
  assert.is(supportWindow(long.a), w);
  assert.is(supportWindow(long.b), w);
  assert.equal(linked(matrix(40, 40, [[4, 4, 0.25], [4 + w, 7, 0.5]])), ['4,4', `${4 + w},7`], 'at the edge of the window in A');
  assert.equal(linked(matrix(40, 40, [[4, 4, 0.25], [4 + w + 1, 7, 0.5]])), [`${4 + w + 1},7`], 'beyond it in A');
  assert.equal(linked(matrix(40, 40, [[4, 4, 0.25], [7, 4 + w, 0.5]])), ['4,4', `7,${4 + w}`], 'at the edge of the window in B');
  assert.equal(linked(matrix(40, 40, [[4, 4, 0.25], [7, 4 + w + 1, 0.5]])), [`7,${4 + w + 1}`], 'beyond it in B');
  assert.equal(align(alone, DEFAULT_OPTIONS).map((l) => `${l.a},${l.b}`), ['4,4'], 'articles keep the plain threshold');
});

test('long reports: a backer is a pair of two other sentences, within the window on both sides', () => {
  const pair = (a: number, b: number) => ({ a, b, score: 0.5, signals: { predicate: 1 }, z: 3, zRow: 3, zCol: 3 });
  const backed = (backers: Array<ReturnType<typeof pair>>) => backedBy(backers, 10, 3)(pair(20, 20));
  assert.is(backed([]), false);
  assert.is(backed([pair(20, 20)]), false, 'not itself');
  assert.is(backed([pair(20, 22), pair(25, 20)]), false, 'not a pair sharing a sentence');
  assert.is(backed([pair(5, 20), pair(30, 23)]), true, '10 sentences away in A, 3 in B');
  assert.is(backed([pair(9, 21), pair(31, 19), pair(25, 24), pair(25, 16)]), false, 'each too far on one side');
  assert.is(backed([pair(2, 2), pair(9, 21), pair(10, 17), pair(40, 20)]), true, 'found after a run of others');
  // The window spans at most 5% of a report on either side.
  assert.is(supportWindow(105), 5);
  assert.is(supportWindow(10), 1);
  assert.is(supportWindow(5000), SUPPORT_WINDOW);
});

test('long reports: a strong pair must be the top-scoring pair of its sentence in the shorter report', () => {
  // Sentence 2 of B has two strong counterparts in A: between articles both are linked; in a
  // long report against a shorter one, only B's highest-scoring one is, however many A
  // sentences look alike.
  const pairs = matrix(8, 8, [[2, 2, 0.65], [5, 2, 0.7]]);
  const linked = (sizes?: { a: number; b: number }) => align(pairs, DEFAULT_OPTIONS, sizes).map((l) => `${l.a},${l.b}`);
  assert.equal(linked(), ['2,2', '5,2']);
  assert.equal(linked({ a: 2000, b: 230 }), ['5,2']);
  assert.equal(linked({ a: 2000, b: 2000 }), ['2,2', '5,2'], 'equal lengths: the top pair of either sentence');
  // Ranked by score, not by z: a near copy beats a pair that merely stands out more.
  const hubA = matrix(8, 8, [[1, 3, 0.97], [6, 3, 0.74], ...[0, 2, 4, 5, 7].map((j): [number, number, number] => [1, j, 0.6])]);
  const z = (a: number, b: number) => standardise(hubA).find((p) => p.a === a && p.b === b)!.z;
  assert.ok(z(6, 3) > z(1, 3), 'the weaker pair stands out more');
  assert.ok(align(hubA, DEFAULT_OPTIONS, { a: 2000, b: 230 }).some((l) => l.a === 1 && l.b === 3), 'the near copy is linked');
});

test('near copies are always linked, even next to another strong pair', () => {
  const links = align(matrix(6, 6, [[1, 1, 0.9], [1, 2, 0.8], [5, 5, 0.9]]), DEFAULT_OPTIONS);
  assert.ok(links.some((l) => l.a === 1 && l.b === 2));
});

test('a report compared with itself links each sentence to its copy, and only to it', () => {
  const text = readFileSync(path.join(process.cwd(), 'seeds', 'cnn-2023-01-china-russia.txt'), 'utf8');
  const r = compare(text, text);
  const content = r.sources[0].sentences.filter((s) => !s.boilerplate).map((s) => s.id.slice(1));
  assert.equal(r.links.map((l) => `${l.a.join()}|${l.b.join()}`), content.map((n) => `a${n}|b${n}`));
  assert.ok(r.links.every((l) => l.class === 'corroborating'));
});

test('a strong pair must be the top-scoring pair of one of its sentences', () => {
  // b2 and b3 resemble a1 strongly, but b2 is its copy, and b3 has a copy of its own (a3).
  const pairs = matrix(6, 6, [[1, 2, 0.97], [1, 3, 0.7], [3, 3, 0.95]]);
  assert.equal(align(pairs, DEFAULT_OPTIONS).map((l) => `${l.a},${l.b}`), ['1,2', '3,3']);
});

test('reports of a sentence or three: a close pair is linked though no pair can reach zThreshold', () => {
  assert.ok(attainableZ(1) < DEFAULT_OPTIONS.zThreshold && attainableZ(2) < DEFAULT_OPTIONS.zThreshold);
  assert.ok(attainableZ(4) * SHORT_REPORT_SHARE > DEFAULT_OPTIONS.zThreshold, 'from four sentences on, nothing changes');
  const one = compare('The fire killed 12 people.', 'The fire killed 15 people.');
  assert.equal(one.links.map((l) => [l.a, l.b, l.class]), [[['a1'], ['b1'], 'divergent']]);
  assert.equal(compare('The fire killed 12 people.', 'Stocks rose sharply on Monday.').links, []);
  const heads = compare('Fire kills 12 at port\nMinister resigns over blast\nPort to reopen Friday', 'Port fire kills 15\nMinister quits after blast\nPort reopens Friday');
  assert.equal(heads.links.map((l) => `${l.a}|${l.b}`), ['a1|b1', 'a2|b2', 'a3|b3']);
});

test('one-sentence reports whose number is the only content that differs are linked, as divergent', () => {
  for (const [a, b] of [
    ['300 homes were destroyed.', '320 homes were destroyed.'],
    ['The fire destroyed 300 homes.', 'The blaze destroyed 320 houses.'],
    ['The bill passed 52 to 48.', 'The bill passed 51 to 49.'],
  ]) {
    const r = compare(a, b);
    assert.equal(r.links.map((l) => [l.a, l.b, l.class]), [[['a1'], ['b1'], 'divergent']], `${a} / ${b}`);
    assert.ok(r.links[0].differences.some((d) => d.type === 'number' && d.material), `${a} / ${b}`);
  }
});

test('unrelated reports give no links at all', () => {
  assert.equal(align(matrix(12, 12, []), DEFAULT_OPTIONS), []);
});

test('candidates: sentences sharing informative keys are proposed, others are not', () => {
  const a = [['visit', 'e:blinken', 'beijing'], ['tariff', 'steel'], ['weather']];
  const b = [['steel', 'tariff', 'rise'], ['e:blinken', 'trip', 'beijing'], ['football']];
  const pairs = candidatePairs(a, b, () => 1);
  assert.ok(pairs.some(([i, j]) => i === 0 && j === 1));
  assert.ok(pairs.some(([i, j]) => i === 1 && j === 0));
  assert.not.ok(pairs.some(([i]) => i === 2));
  assert.not.ok(pairs.some(([, j]) => j === 2));
});

test('candidates: each sentence keeps its best by shared weight (ties: the earlier sentence), as a full sort would', () => {
  // Reference: every B sentence sharing a kept key, sorted by summed key weight.
  const reference = (a: string[][], b: string[][], weight: (k: string) => number, per: number, cap: number) => {
    const out: Array<[number, number]> = [];
    a.forEach((keys, i) => {
      const acc = new Map<number, number>();
      for (const k of new Set(keys)) {
        const holders = b.flatMap((ks, j) => (ks.includes(k) ? [j] : []));
        if (holders.length > cap) continue;
        for (const j of holders) acc.set(j, (acc.get(j) ?? 0) + weight(k));
      }
      const sorted = [...acc].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, per);
      for (const [j] of sorted) out.push([i, j]);
    });
    return out;
  };
  let seed = 11;
  const rnd = (k: number) => ((seed = (seed * 48271) % 2147483647) % k);
  const vocab = Array.from({ length: 40 }, (_, k) => `w${k}`);
  const weight = (k: string) => 1 + (Number(k.slice(1)) % 4);
  for (let round = 0; round < 20; round++) {
    const doc = (n: number) => Array.from({ length: n }, () => Array.from({ length: 1 + rnd(6) }, () => vocab[rnd(vocab.length)]));
    const a = doc(30);
    const b = doc(80 + rnd(40));
    const options = { perSentence: 1 + rnd(12), maxPostingShare: 0.05, minPostingCap: 6 + rnd(10) };
    const cap = Math.max(options.minPostingCap, Math.ceil(b.length * options.maxPostingShare));
    assert.equal(candidatePairs(a, b, weight, options), reference(a, b, weight, options.perSentence, cap), `round ${round}`);
  }
});

test('split claims: one sentence linked to two adjacent ones that link nowhere else becomes one link', () => {
  const g = groupSplitClaims([{ a: 0, b: 1 }, { a: 0, b: 2 }, { a: 3, b: 5 }]);
  assert.equal(g.map((x) => [x.a, x.b]), [[[0], [1, 2]], [[3], [5]]]);
  // Not adjacent, or the second sentence also links elsewhere: kept apart.
  assert.is(groupSplitClaims([{ a: 0, b: 1 }, { a: 0, b: 3 }]).length, 2);
  assert.is(groupSplitClaims([{ a: 0, b: 1 }, { a: 0, b: 2 }, { a: 4, b: 2 }]).length, 3);
  assert.equal(groupSplitClaims([{ a: 2, b: 7 }, { a: 3, b: 7 }]).map((x) => [x.a, x.b]), [[[2, 3], [7]]]);
});

test('end to end: a claim split over two sentences is one link with both, and the diff spans them', () => {
  const r = compare(
    'The minister resigned on Monday after a scandal over his expenses, and his deputy Anna Berg will take over the ministry. The weather was fine in the capital.',
    'Markets were calm. The minister resigned on Monday after a scandal over his expenses. His deputy Anna Berg will take over the ministry.',
  );
  const l = r.links.find((x) => x.a.includes('a1'))!;
  assert.equal(l.b, ['b2', 'b3']);
  const bText = l.diff.filter((p) => p.op !== 'delete').map((p) => p.text).join('');
  assert.ok(bText.includes('expenses.') && /his deputy/i.test(bText), bText);
});

/** A deterministic report of `n` sentences about `topics` (each sentence names one of them). */
function textOf(r: ReturnType<typeof compare>, side: 0 | 1, id: string, text: string): string {
  const s = r.sources[side].sentences.find((q) => q.id === id)!;
  return text.slice(s.start, s.end);
}

function syntheticReport(n: number, seed: number, topics: string[]): string {
  let x = seed;
  const next = (k: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % k;
  };
  const verbs = ['approved', 'rejected', 'delayed', 'expanded', 'questioned', 'funded', 'announced', 'reviewed'];
  const nouns = ['budget', 'bridge', 'school plan', 'tax rise', 'port deal', 'rail line', 'hospital wing', 'water scheme'];
  const who = ['The council', 'The mayor', 'Officials', 'The governor', 'Lawmakers', 'The committee'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = topics[next(topics.length)];
    out.push(`${who[next(who.length)]} ${verbs[next(verbs.length)]} the ${nouns[next(nouns.length)]} in ${t} after ${next(90) + 2} days.`);
  }
  return out.join(' ');
}

test('long against short, through the candidate index: swapping the reports mirrors the links', () => {
  const places = ['Leeds', 'Hull', 'York', 'Derby', 'Bath', 'Ely', 'Wells', 'Truro', 'Ripon', 'Salford'];
  // Template sentences alike all over the long report, and a few distinctive claims that
  // both reports tell in their own words.
  const claims: Array<[string, string]> = [
    ['A ferry operator in Whitby cancelled 14 crossings because of storms.', 'Storms forced the Whitby ferry operator to cancel 14 crossings.'],
    ['Archaeologists found Roman coins beneath the cathedral car park.', 'Roman coins were found by archaeologists under the cathedral car park.'],
    ['The zoo welcomed twin snow leopard cubs on Sunday.', 'Twin snow leopard cubs were born at the zoo on Sunday.'],
    ['A burst water main flooded the library basement overnight.', 'The library basement flooded overnight after a water main burst.'],
    ['Striking bus drivers accepted a pay offer of 6 percent.', 'Bus drivers ended their strike after accepting a 6 percent pay offer.'],
    ['Volunteers planted 3,000 oak saplings along the canal towpath.', 'Along the canal towpath, volunteers have planted 3,000 young oaks.'],
  ];
  const long = claims.map(([x], k) => `${syntheticReport(110, 7 + k, places)} ${x}`).join(' ');
  const short = claims.map(([, y], k) => `${syntheticReport(10, 11 + k, places.slice(0, 3))} ${y}`).join(' ');
  const pairsOf = (r: ReturnType<typeof compare>, swapped: boolean) =>
    r.links
      .flatMap((l) => l.a.flatMap((x) => l.b.map((y) => (swapped ? `${y.slice(1)}|${x.slice(1)}` : `${x.slice(1)}|${y.slice(1)}`) + ` ${l.class}`)))
      .sort();
  const forward = compare(long, short);
  assert.ok(forward.sources[0].sentences.length * forward.sources[1].sentences.length > 40_000, 'large enough for the candidate index');
  const linkedText = (r: ReturnType<typeof compare>, x: string, y: string) =>
    r.links.some(
      (l) =>
        l.a.some((id) => textOf(r, 0, id, long) === x) && l.b.some((id) => textOf(r, 1, id, short) === y),
    );
  for (const [x, y] of claims) assert.ok(linkedText(forward, x, y), `not linked: ${x} / ${y}`);
  // Each sentence of the short report links at most to its best lookalike, not to every
  // template sentence of the long one that reaches the strong score.
  assert.ok(forward.links.length <= forward.sources[1].sentences.length, `links: ${forward.links.length}`);
  assert.equal(pairsOf(compare(short, long), true), pairsOf(forward, false));
});

test.run();

#!/usr/bin/env node
// Dev-only: evaluates the score stage on the STS Benchmark (../shared/data/stsb) and fits the
// combination weights on the TRAIN split only. Runs the compiled code in dist/.
//
//   node scripts/eval-sts.mjs            Spearman per signal and for combine() on dev and test
//   node scripts/eval-sts.mjs --fit      also fit a logistic model on train, print weights.ts values
//   node scripts/eval-sts.mjs --grid     also search signal parameters (train only)
//   --write                              with --fit: write the weights into src/score/weights.ts (npm run train)
//   --fallback                           use a minimal tokenise()-based analysis, not analyseSentence
//
// Data: STS Benchmark, scores CC BY-SA 4.0 (sentences keep their origin's licence). It is
// never copied into the repository.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { spearman } from '../bench/quality/lib/stats.mjs';
import { writeWeightsBlock } from './weights-file.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = (p) => pathToFileURL(path.join(root, 'dist', 'src', p)).href;
const dataDir = process.env.STSB_DIR ?? path.resolve(root, '..', 'shared', 'data', 'stsb');
const args = new Set(process.argv.slice(2));
if (!fs.existsSync(path.join(dataDir, 'sts-train.csv'))) {
  console.log(`eval-sts: STS-B not found at ${dataDir}; nothing evaluated or fitted`);
  process.exit(0);
}

const { tokenise } = await import(dist('segment/tokens.js'));
const { buildIdf } = await import(dist('score/idf.js'));
const { prepareSentence } = await import(dist('score/prepare.js'));
const { pairSignals } = await import(dist('score/signals.js'));
const { combine, features, FEATURE_NAMES } = await import(dist('score/combine.js'));
const { SCORE_PARAMS } = await import(dist('score/weights.js'));

let analyse;
if (!args.has('--fallback')) {
  try {
    const mod = await import(dist('analyse/analyse.js'));
    analyse = (text) => mod.analyseSentence(text, tokenise(text).tokens, {});
    analyse('The test sentence, with 3 words.');
  } catch (err) {
    console.error(`(analyseSentence unavailable: ${err.message.split('\n')[0]}; using fallback analysis)`);
    analyse = undefined;
  }
}
analyse ??= fallbackAnalysis;
console.log(`analysis: ${analyse === fallbackAnalysis ? 'fallback (tokenise)' : 'analyseSentence'}`);

/** Minimal analysis: content = non-stop words and numbers; entities = runs of proper nouns. */
function fallbackAnalysis(text) {
  const { tokens } = tokenise(text);
  const content = [];
  const entities = [];
  const numbers = [];
  let run = [];
  const flush = () => {
    if (run.length) {
      const s = tokens[run[0]].start;
      const e = tokens[run[run.length - 1]].end;
      entities.push({ text: text.slice(s, e), start: s, end: e, kind: 'other', key: run.map((i) => tokens[i].norm).join(' ') });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.pos === 'PROPN') run.push(i);
    else flush();
    if (t.type === 'number') {
      const v = Number(t.text.replace(/,/g, ''));
      if (Number.isFinite(v)) numbers.push({ text: t.text, start: t.start, end: t.end, value: v, unit: '', approx: '' });
    }
    if ((t.type === 'word' || t.type === 'number') && !t.stop) content.push(i);
  });
  flush();
  return {
    tokens, content, lemmas: tokens.map((t) => t.lemma), entities, numbers,
    dates: [], attributions: [], hedges: [], negations: [], events: [],
  };
}

function load(split) {
  const file = path.join(dataDir, `sts-${split}.csv`);
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.split('\t');
      return { genre: c[0], gold: Number(c[4]), s1: c[5], s2: c[6] };
    })
    .filter((r) => Number.isFinite(r.gold) && r.s1 !== undefined && r.s2 !== undefined);
}

const t0 = Date.now();
const splits = {};
for (const split of ['train', 'dev', 'test']) {
  splits[split] = load(split).map((r) => ({ ...r, a: analyse(r.s1), b: analyse(r.s2) }));
}
console.log(`analysed ${Object.values(splits).reduce((n, s) => n + s.length, 0)} pairs in ${Date.now() - t0} ms`);

function signalsFor(rows, params = SCORE_PARAMS) {
  return rows.map((r) => {
    const idf = buildIdf([r.a], [r.b], params.idf);
    return pairSignals(prepareSentence(r.a, idf), prepareSentence(r.b, idf), params.align);
  });
}

/**
 * Deterministic logistic regression with soft targets (Newton steps, small L2). Coefficients
 * are kept non-negative (more agreement never lowers the score): a feature whose weight comes
 * out negative is fixed at 0 and the rest refitted.
 */
function fitLogistic(X, y, lambda = 1e-3) {
  const dropped = new Set();
  for (;;) {
    const Xs = X.map((x) => x.filter((_, i) => !dropped.has(i)));
    const fit = fitLogisticFree(Xs, y, lambda);
    const coef = [];
    for (let i = 0, k = 0; i < X[0].length; i++) coef.push(dropped.has(i) ? 0 : fit.coef[k++]);
    const neg = coef.findIndex((c, i) => c < 0 && !dropped.has(i));
    if (neg < 0) return { bias: fit.bias, coef };
    dropped.add(neg);
  }
}

function fitLogisticFree(X, y, lambda) {
  const d = X[0].length + 1;
  const w = new Array(d).fill(0);
  for (let iter = 0; iter < 50; iter++) {
    const g = new Array(d).fill(0);
    const H = Array.from({ length: d }, () => new Array(d).fill(0));
    for (let n = 0; n < X.length; n++) {
      const x = [1, ...X[n]];
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i] * x[i];
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < d; i++) {
        g[i] += (p - y[n]) * x[i];
        for (let j = 0; j < d; j++) H[i][j] += p * (1 - p) * x[i] * x[j];
      }
    }
    for (let i = 1; i < d; i++) {
      g[i] += lambda * X.length * w[i];
      H[i][i] += lambda * X.length;
    }
    const step = solve(H, g);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-9) break;
  }
  return { bias: w[0], coef: w.slice(1) };
}

function solve(A, b) {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}

const fmt = (x) => x.toFixed(3);
const combineWith = (wts) => (s) => combine(s, { names: FEATURE_NAMES, ...wts });

function report(name, rows, sigs, scorers) {
  const gold = rows.map((r) => r.gold);
  const news = rows.map((r, i) => (r.genre === 'main-news' ? i : -1)).filter((i) => i >= 0);
  const line = [];
  for (const [label, f] of Object.entries(scorers)) {
    const xs = sigs.map(f);
    const all = spearman(xs, gold);
    const nw = spearman(news.map((i) => xs[i]), news.map((i) => gold[i]));
    line.push(`${label} ${fmt(all)} (news ${fmt(nw)})`);
  }
  console.log(`${name.padEnd(5)} n=${rows.length}: ${line.join(' | ')}`);
}

const baseScorers = {
  lexical: (s) => s.lexical,
  alignAB: (s) => s.alignAB,
  alignBA: (s) => s.alignBA,
  alignMean: (s) => (s.alignAB + s.alignBA) / 2,
  dice: (s) => s.dice,
  entities: (s) => s.entities,
  numbers: (s) => s.numbers,
  plainMean: (s) => (s.lexical + (s.alignAB + s.alignBA) / 2) / 2,
  combine: (s) => combine(s),
};

function trainSpearmanOfFit(params) {
  const sigs = signalsFor(splits.train, params);
  const X = sigs.map(features);
  const y = splits.train.map((r) => r.gold / 5);
  const wts = fitLogistic(X, y);
  return { wts, rho: spearman(sigs.map(combineWith(wts)), splits.train.map((r) => r.gold)), sigs };
}

let params = SCORE_PARAMS;
if (args.has('--grid')) {
  let best;
  for (const rankOffset of [10, 100, 1000, 5000]) {
    for (const floor of [0.3, 0.4, 0.5, 0.6]) {
      for (const properByVector of [false, true]) {
        const p = { idf: { ...SCORE_PARAMS.idf, rankOffset }, align: { ...SCORE_PARAMS.align, floor, properByVector } };
        const { rho } = trainSpearmanOfFit(p);
        console.log(`grid rankOffset=${rankOffset} floor=${floor} properByVector=${properByVector}: train combined ${fmt(rho)}`);
        if (!best || rho > best.rho) best = { rho, p };
      }
    }
  }
  console.log('best (train):', JSON.stringify(best.p), fmt(best.rho));
  params = best.p;
}

const scorers = { ...baseScorers };
if (args.has('--fit') || args.has('--grid')) {
  const { wts, rho } = trainSpearmanOfFit(params);
  console.log(`fitted on train (train Spearman ${fmt(rho)}):`);
  console.log(`  names: ${JSON.stringify(FEATURE_NAMES)}`);
  console.log(`  bias: ${wts.bias.toFixed(4)},`);
  console.log(`  coef: [${wts.coef.map((c) => c.toFixed(4)).join(', ')}],`);
  scorers.fitted = combineWith(wts);
  if (args.has('--write')) writeWeightsBlock(root, 'COMBINE_WEIGHTS', FEATURE_NAMES, wts.bias, wts.coef);
}

for (const split of ['train', 'dev', 'test']) {
  report(split, splits[split], signalsFor(splits[split], params), scorers);
}

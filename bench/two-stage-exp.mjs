#!/usr/bin/env node
// Experiment (not part of the engine): a two-stage scorer for the candidate path on the
// BASIL long pair of N sentences. Scores all index candidates fully (the reference links),
// then a cheap estimate (exact-match alignment + TF-IDF + Dice + sentence-vector cosine,
// least-squares calibrated on every 10th pair), and reports, for K = 4..16 (top K per A
// sentence and per B sentence by the estimate get the full word alignment):
//   only-sel              : align over the fully scored pairs alone;
//   +approx               : estimated pairs added to align's input (never linked);
//   exact-rest-filtered   : the other pairs keep their true score but are never linked
//                           (isolates the selection from the row/column statistics).
// Env: DIST (default ./dist), SCALE (spread of the estimate, default variance-matched),
// NOISE (deterministic residual noise in residual sd units, default 1), ONLY=1 (stop after
// full scoring, prints its time).
// Usage: node bench/two-stage-exp.mjs [N]
import { performance } from 'node:perf_hooks';
const D = process.env.DIST ?? new URL('../dist', import.meta.url).pathname;
const { loadArticles, longPair } = await import('./basil.mjs');
const { ingest } = await import(`${D}/src/ingest/ingest.js`);
const { segment } = await import(`${D}/src/segment/segment.js`);
const { analyseSentence } = await import(`${D}/src/analyse/analyse.js`);
const { buildIdf } = await import(`${D}/src/score/idf.js`);
const { prepareSentence } = await import(`${D}/src/score/prepare.js`);
const { pairSignals, lexicalSim, jaccard } = await import(`${D}/src/score/signals.js`);
const { diceOf } = await import(`${D}/src/score/dice.js`);
const { linkScore, combine } = await import(`${D}/src/score/combine.js`);
const { clauseSim } = await import(`${D}/src/score/clauses.js`);
const { getVectors } = await import(`${D}/src/score/vectors.js`);
const { WordSimCache } = await import(`${D}/src/score/wordsim.js`);
const { candidatePairs } = await import(`${D}/src/align/candidates.js`);
const { align } = await import(`${D}/src/align/align.js`);
const { DEFAULT_OPTIONS } = await import(`${D}/src/pipeline/options.js`);

const n = Number(process.argv[2] ?? 2000);
const { a, b } = longPair(loadArticles(), n);
const store = getVectors();
const docs = [ingest({ text: a.text, name: 'A' }, 'a'), ingest({ text: b.text, name: 'B' }, 'b')].map((d) => {
  const s = segment(d, { isKnownWord: (w) => store.has(w) });
  return s.sentences.filter((x) => !x.boilerplate).map((x) => analyseSentence(s.text, x.tokens, { referenceDate: s.metadata.date }));
});
const idf = buildIdf(docs[0], docs[1]);
const cache = new WordSimCache();
const pa = docs[0].map((x) => prepareSentence(x, idf, cache));
const pb = docs[1].map((x) => prepareSentence(x, idf, cache));
const keysOf = (p) => { const k = p.words.map((w) => w.lemma); for (const e of p.entityKeys) k.push(`e:${e}`); return k; };
const weight = (k) => (k.startsWith('e:') ? 8 : idf(k));
const t0 = performance.now();
const cands = candidatePairs(pa.map(keysOf), pb.map(keysOf), weight);
console.log(`types ${cache.size}, candidates ${cands.length} in ${Math.round(performance.now() - t0)} ms`);
const t1 = performance.now();
const full = cands.map(([i, j]) => { const s = pairSignals(pa[i], pb[j]); return { a: i, b: j, signals: s, score: linkScore(s) }; });
console.log(`full scoring ${Math.round(performance.now() - t1)} ms`); if (process.env.ONLY) process.exit(0);
const key = (p) => `${p.a}>${p.b}`;
const L0 = new Set(align(full, DEFAULT_OPTIONS).map(key));
console.log(`L0 links ${L0.size}`);

// exact-only approximate signals
let m = new Float64Array(4096);
function exactSignals(x, y) {
  const na = x.words.length, nb = y.words.length;
  if (na === 0 || nb === 0 || x.totalWeight === 0 || y.totalWeight === 0) return pairSignals(x, y);
  if (m.length < na * nb) m = new Float64Array(na * nb * 2);
  const col = new Float64Array(nb);
  let sumA = 0;
  for (let i = 0; i < na; i++) {
    const wa = x.words[i]; let best = 0;
    for (let j = 0; j < nb; j++) {
      const wb = y.words[j];
      let s = wa.lemmaId === wb.lemmaId || wa.normId === wb.normId || (wa.keys.length && wb.keys.length && wa.keys.some((k) => wb.keys.includes(k))) ? 1 : 0;
      m[i * nb + j] = s; if (s > best) best = s; if (s > col[j]) col[j] = s;
    }
    sumA += x.weights[i] * best;
  }
  let sumB = 0; for (let j = 0; j < nb; j++) sumB += y.weights[j] * col[j];
  const clause = clauseSim(m, nb, x.clauses, y.clauses, x.weights, y.weights);
  return { lexical: lexicalSim(x, y), alignAB: sumA / x.totalWeight, alignBA: sumB / y.totalWeight, clause, predicate: 1, dice: diceOf(x.bigrams, y.bigrams), entities: jaccard(x.entityKeys, y.entityKeys), numbers: jaccard(x.numberValues, y.numberValues) };
}
const t2 = performance.now();
const approx = cands.map(([i, j]) => linkScore(exactSignals(pa[i], pb[j])));
console.log(`approx scoring ${Math.round(performance.now() - t2)} ms`);
// sentence vectors
const dims = store.dims;
const svec = (p) => { const v = new Float64Array(dims); for (const w of p.words) { if (w.vid < 0) continue; const x = store.vectorById(w.vid); for (let d = 0; d < dims; d++) v[d] += w.weight * x[d]; } let nn = 0; for (const q of v) nn += q * q; nn = Math.sqrt(nn) || 1; for (let d = 0; d < dims; d++) v[d] /= nn; return v; };
const va = pa.map(svec), vb = pb.map(svec);
const vcos = cands.map(([i, j]) => { let s = 0; const x = va[i], y = vb[j]; for (let d = 0; d < dims; d++) s += x[d] * y[d]; return s; });
const fullScore = full.map((p) => p.score);
// correlation
function corr(x, y) { const n = x.length; const mx = x.reduce((s, v) => s + v, 0) / n, my = y.reduce((s, v) => s + v, 0) / n; let sxy = 0, sxx = 0, syy = 0; for (let i = 0; i < n; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ** 2; syy += (y[i] - my) ** 2; } return sxy / Math.sqrt(sxx * syy); }
console.log(`corr approx ${corr(approx, fullScore).toFixed(3)}, vcos ${corr(vcos, fullScore).toFixed(3)}`);

// calibrated approx: least squares of full score on features, fitted on every 10th pair
const exactSig = cands.map(([i, j]) => exactSignals(pa[i], pb[j]));
const feat = (k) => { const e = exactSig[k]; return [1, approx[k], vcos[k], e.lexical, Math.min(e.alignAB, e.alignBA), Math.max(e.alignAB, e.alignBA), e.clause, e.dice, vcos[k] * vcos[k]]; };
function lstsq(rows, ys) { const d = rows[0].length; const A = Array.from({ length: d }, () => new Float64Array(d + 1)); rows.forEach((r, n) => { for (let p = 0; p < d; p++) { for (let q = 0; q < d; q++) A[p][q] += r[p] * r[q]; A[p][d] += r[p] * ys[n]; } }); for (let p = 0; p < d; p++) A[p][p] += 1e-6; for (let p = 0; p < d; p++) { let piv = p; for (let q = p + 1; q < d; q++) if (Math.abs(A[q][p]) > Math.abs(A[piv][p])) piv = q; [A[p], A[piv]] = [A[piv], A[p]]; for (let q = 0; q < d; q++) if (q !== p) { const f = A[q][p] / A[p][p]; for (let r = p; r <= d; r++) A[q][r] -= f * A[p][r]; } } return A.map((row, p) => row[d] / row[p]); }
const sample = []; for (let k = 0; k < cands.length; k += 10) sample.push(k);
const coef = lstsq(sample.map(feat), sample.map((k) => fullScore[k]));
const calib = cands.map((_, k) => feat(k).reduce((s, v, q) => s + v * coef[q], 0));
const calib0 = calib.slice();
const mean = (xs) => xs.reduce((s, v) => s + v, 0) / xs.length;
const sdv = (xs) => { const m = mean(xs); return Math.sqrt(xs.reduce((s, v) => s + (v - m) ** 2, 0) / xs.length); };
const cs = sample.map((k) => calib[k]), fs = sample.map((k) => fullScore[k]);
const scale = Number(process.env.SCALE ?? (sdv(fs) / sdv(cs)));
const cm = mean(cs);
console.log('scale', scale.toFixed(3));
const rsd = Math.sqrt(sample.reduce((s, k) => s + (fullScore[k] - calib[k]) ** 2, 0) / sample.length) * Number(process.env.NOISE ?? 1);
const hash = (i, j) => { let h = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(j + 0x7f4a7c15, 0xc2b2ae35); h ^= h >>> 15; h = Math.imul(h, 0x27d4eb2d); h ^= h >>> 13; return (h >>> 0) / 4294967296; };
for (let k = 0; k < calib.length; k++) calib[k] = cm + (calib[k] - cm) * scale + (hash(cands[k][0], cands[k][1]) * 2 - 1) * Math.sqrt(3) * rsd;
const res = calib.map((c, k) => fullScore[k] - c);
console.log(`calib corr ${corr(calib, fullScore).toFixed(3)} resid sd ${Math.sqrt(res.reduce((s, v) => s + v * v, 0) / res.length).toFixed(4)}, full sd ${Math.sqrt(fullScore.reduce((s, v) => s + (v - 0.2) ** 2, 0) / fullScore.length).toFixed(3)}`);
const mixes = { calib: (k) => calib0[k] };
for (const [name, proxy] of Object.entries(mixes)) {
  for (const K of [4, 8, 12, 16]) {
    // top K per A row and top K per B column by proxy
    const byA = new Map(), byB = new Map();
    cands.forEach(([i, j], k) => { (byA.get(i) ?? byA.set(i, []).get(i)).push(k); (byB.get(j) ?? byB.set(j, []).get(j)).push(k); });
    const sel = new Uint8Array(cands.length);
    for (const list of byA.values()) { list.sort((x, y) => proxy(y) - proxy(x) || x - y); list.slice(0, K).forEach((k) => (sel[k] = 1)); }
    const selA = sel.reduce((s, v) => s + v, 0);
    for (const list of byB.values()) { list.sort((x, y) => proxy(y) - proxy(x) || x - y); list.slice(0, K).forEach((k) => (sel[k] = 1)); }
    const nsel = sel.reduce((s, v) => s + v, 0);
    // scheme 1: only selected pairs
    const s1 = full.filter((_, k) => sel[k]);
    const L1 = new Set(align(s1, DEFAULT_OPTIONS).map(key));
    // scheme 2: selected full + rest approx, rest cannot link
    const s2 = full.map((p, k) => (sel[k] ? p : { ...p, score: calib[k], approx: true, signals: { ...p.signals, predicate: 1 } }));
    const L2 = new Set(align(s2, DEFAULT_OPTIONS).filter((p) => !p.approx).map(key));
    const s3 = full.map((p, k) => (sel[k] ? p : { ...p, approx: true }));
    const L3 = new Set(align(s3, DEFAULT_OPTIONS).filter((p) => !p.approx).map(key));
    const kept = (L) => [...L0].filter((x) => L.has(x)).length;
    const added = (L) => [...L].filter((x) => !L0.has(x)).length;
    console.log(`${name} K=${K}: rowsel ${selA} sel ${nsel} (${(nsel / cands.length * 100).toFixed(0)}%)  only-sel kept ${kept(L1)}/${L0.size} new ${added(L1)} | +approx kept ${kept(L2)} new ${added(L2)} | exact-rest-filtered kept ${kept(L3)} new ${added(L3)}`);
  }
}

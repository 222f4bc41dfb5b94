#!/usr/bin/env node
// Fits the claim score (src/score/claim.ts) on the STS Benchmark TRAIN split only: a ridge
// least-squares model over the similarity signals, the length ratio and the material
// difference flags, target gold / 5. Deterministic. Runs the compiled engine in dist/.
//
//   node scripts/fit-claim.mjs            fit and report Spearman on train, dev and test
//   node scripts/fit-claim.mjs --write    also write CLAIM_WEIGHTS into src/score/weights.ts
//
// STS-B scores: CC BY-SA 4.0. The data is read from ../shared/data/stsb, never copied.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { leastSquares, spearman } from '../bench/quality/lib/stats.mjs';
import { writeWeightsBlock } from './weights-file.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = (p) => pathToFileURL(path.join(root, 'dist', 'src', p)).href;
const dataDir = process.env.STSB_DIR ?? path.resolve(root, '..', 'shared', 'data', 'stsb');
if (!fs.existsSync(path.join(dataDir, 'sts-train.csv'))) {
  console.log(`fit-claim: STS-B not found at ${dataDir}; nothing fitted`);
  process.exit(0);
}
const { comparePair } = await import(dist('index.js'));
const { claimFeatures, CLAIM_FEATURE_NAMES } = await import(dist('score/claim.js'));

const load = (split) =>
  fs
    .readFileSync(path.join(dataDir, `sts-${split}.csv`), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'))
    .map((f) => ({ gold: Number(f[4]), a: f[5], b: f[6] }));

const sets = {};
for (const split of ['train', 'dev', 'test']) {
  const rows = load(split);
  const X = rows.map((r) => {
    const v = comparePair(r.a, r.b);
    return claimFeatures(v.signals, v.differences);
  });
  sets[split] = { X, y: rows.map((r) => r.gold / 5) };
}
const w = leastSquares(sets.train.X, sets.train.y);
const predict = (x) => Math.min(1, Math.max(0, w[0] + x.reduce((s, v, i) => s + v * w[i + 1], 0)));
for (const split of ['train', 'dev', 'test']) {
  const { X, y } = sets[split];
  console.log(`${split.padEnd(5)} Spearman: similarity alone ${spearman(X.map((x) => x[0]), y).toFixed(3)}, claim score ${spearman(X.map(predict), y).toFixed(3)}`);
}
const round = (x) => Number(x.toFixed(4));
console.log(`bias ${round(w[0])}; coef ${w.slice(1).map(round).join(', ')}`);

if (process.argv.includes('--write')) writeWeightsBlock(root, 'CLAIM_WEIGHTS', CLAIM_FEATURE_NAMES, w[0], w.slice(1));

#!/usr/bin/env node
// Performance benchmark (issue 6), everything measured in one run on this machine:
//   1. CLI on the seeds, process start to JSON written: median of RUNS runs;
//   2. long documents from concatenated BASIL articles (500, 2,000, 10,000 sentences a side):
//      our engine (wall time, peak RSS, each size in its own process) against the naive
//      all-pairs string-similarity approach at 500 and 2,000;
//   3. batch: the 300 BASIL same-event pairs through `sourcediff batch`, 1 and 2 workers,
//      against one CLI process per pair.
// Usage: node bench/perf.mjs [--quick] [--only seeds,long,batch] [--runs N] [--json FILE]
//   --quick  skips 10,000 sentences and the naive run at 2,000 (the two slow ones).
//   --only   runs only the named sections.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { basilAvailable, BASIL_DIR, loadArticles, writeBatchManifest } from './basil.mjs';
import { fmtMs, fmtX, median, timed, timedJson, verdict } from './perf-run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name, d) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : d);
const quick = flag('--quick');
const runs = Math.max(5, Number(value('--runs', 7)));
const jsonOut = value('--json', null);
const only = new Set(String(value('--only', 'seeds,long,batch')).split(','));
for (const name of only) {
  if (!['seeds', 'long', 'batch'].includes(name)) {
    console.error(`bench/perf: unknown section ${name} (known: seeds, long, batch)`);
    process.exit(2);
  }
}
const node = process.execPath;
const cli = path.join(root, 'dist', 'cli', 'sourcediff.mjs');
const child = path.join(root, 'bench', 'perf-child.mjs');
const results = { machine: {}, seeds: null, long: [], batch: null, targets: [] };
const target = (name, ok, measured) => {
  results.targets.push({ name, ok, measured });
};

if (!existsSync(cli)) {
  console.error('bench/perf: dist/cli/sourcediff.mjs is missing; run npm run build first');
  process.exit(2);
}
const tmp = mkdtempSync(path.join(tmpdir(), 'sourcediff-perf-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

// Machine
const cpuModel = cpus()[0]?.model ?? 'unknown';
results.machine = { cores: availableParallelism(), cpu: cpuModel, node: process.version, platform: `${process.platform} ${process.arch}` };
console.log(`machine: ${results.machine.cores} cores, ${cpuModel}, node ${process.version}, ${results.machine.platform}`);

// 1. Seeds
const seeds = ['cnn-2023-01-china-russia.txt', 'bloomberg-2023-01-24-china-russia.txt'].map((f) => path.join(root, 'seeds', f));
if (only.has('seeds')) console.log('\n1. CLI on the seeds (process start to JSON written)');
if (only.has('seeds') && seeds.every((f) => existsSync(f))) {
  const out = path.join(tmp, 'seeds.json');
  const bare = [];
  const times = [];
  for (let i = 0; i < runs; i++) {
    bare.push(timed(node, ['-e', '0']).ms);
    const r = timed(node, [cli, ...seeds, '--format', 'json', '-o', out]);
    if (r.status !== 0) throw new Error(`CLI failed: ${r.stderr.trim()}`);
    times.push(r.ms);
  }
  const links = JSON.parse(readFileSync(out, 'utf8')).links.length;
  const m = median(times);
  const mb = median(bare);
  results.seeds = { runs, medianMs: m, minMs: Math.min(...times), maxMs: Math.max(...times), bareNodeMs: mb, links };
  console.log(`   sourcediff A B --format json -o FILE: median ${fmtMs(m)} over ${runs} runs (min ${fmtMs(Math.min(...times))}, max ${fmtMs(Math.max(...times))}), ${links} links`);
  console.log(`   baseline, bare \`node -e 0\`: median ${fmtMs(mb)}; sourcediff costs ${fmtX(m / mb)} a bare start`);
  target('seeds median <= 400 ms', m <= 400, fmtMs(m));
} else if (only.has('seeds')) {
  console.log('   seeds/ missing: skipped');
}

// 2. Long documents
const haveBasil = basilAvailable();
if (!haveBasil && (only.has('long') || only.has('batch'))) console.log(`\n   ${BASIL_DIR} is absent: sections 2 and 3 skipped`);
if (haveBasil && only.has('long')) {
  console.log('\n2. Long documents (concatenated BASIL articles; A and B report the same events in the same order)');
  const sizes = quick ? [500, 2000] : [500, 2000, 10000];
  const naiveSizes = quick ? [500] : [500, 2000];
  for (const n of sizes) {
    const e = timedJson(node, [child, 'engine', String(n)]);
    const row = { n, engine: e, naive: null };
    if (naiveSizes.includes(n)) row.naive = timedJson(node, [child, 'naive', String(n)]);
    results.long.push(row);
    const ratio = row.naive ? `; naive all-pairs ${fmtMs(row.naive.ms)} (peak ${Math.round(row.naive.maxRssMB)} MB) -> ours is ${fmtX(row.naive.ms / e.ms)} faster` : '';
    console.log(
      `   ${String(n).padStart(6)} x ${n}: ours ${fmtMs(e.ms)}, peak RSS ${Math.round(e.maxRssMB)} MB (${e.sentencesA} x ${e.sentencesB} segmented, ${e.links} links; store+model load ${fmtMs(e.loadMs)} apart)${ratio}`,
    );
  }
  const at = (n) => results.long.find((r) => r.n === n);
  if (at(500) && at(2000)) console.log(`   growth 500 -> 2,000 (4x the sentences): ${fmtX(at(2000).engine.ms / at(500).engine.ms)} the time`);
  if (at(2000) && at(10000)) {
    const g = at(10000).engine.ms / at(2000).engine.ms;
    console.log(`   growth 2,000 -> 10,000 (5x the sentences): ${fmtX(g)} the time`);
    target('10k x 10k <= 3 s', at(10000).engine.ms <= 3000, fmtMs(at(10000).engine.ms));
    target('10k x 10k peak <= 1.5 GB', at(10000).engine.maxRssMB <= 1536, `${Math.round(at(10000).engine.maxRssMB)} MB`);
    target('10k costs <= 7x 2k', g <= 7, fmtX(g));
  }
  if (at(2000)?.naive) {
    const x = at(2000).naive.ms / at(2000).engine.ms;
    target('>= 50x faster than naive at 2,000', x >= 50, fmtX(x));
  }
}

// 3. Batch
if (haveBasil && only.has('batch')) {
  console.log('\n3. Batch: the BASIL same-event pairs (every pair within each triplet)');
  const { manifest, pairs } = writeBatchManifest(loadArticles(), path.join(tmp, 'basil'));
  const lines = readFileSync(manifest, 'utf8').trim().split('\n');
  const batch = { pairs, workers: {}, perProcess: null };
  for (const w of [1, 2]) {
    const out = path.join(tmp, `batch-${w}.jsonl`);
    const r = timed(node, [cli, 'batch', manifest, '-o', out, '--workers', String(w)]);
    // Exit code 3: the batch ran, but some pairs have error lines (counted below).
    if (r.status !== 0 && r.status !== 3) throw new Error(`batch failed: ${r.stderr.trim()}`);
    const written = readFileSync(out, 'utf8').trim().split('\n');
    const errors = written.filter((l) => JSON.parse(l).error !== undefined).length;
    batch.workers[w] = { ms: r.ms, pairsPerSec: (pairs * 1000) / r.ms, lines: written.length, errors };
    console.log(`   --workers ${w}: ${pairs} pairs in ${fmtMs(r.ms)} = ${batch.workers[w].pairsPerSec.toFixed(1)} pairs/s (${written.length} lines, ${errors} errors; worker start-up included)`);
  }
  // Baseline: one CLI process per pair, on the first pairs of the manifest.
  const sample = lines.slice(0, 10).map((l) => JSON.parse(l));
  const dir = path.dirname(manifest);
  let ms = 0;
  for (const p of sample) {
    ms += timed(node, [cli, path.join(dir, p.a), path.join(dir, p.b), '--format', 'json', '-o', path.join(tmp, 'one.json')]).ms;
  }
  batch.perProcess = { pairs: sample.length, ms, pairsPerSec: (sample.length * 1000) / ms };
  results.batch = batch;
  console.log(`   baseline, one CLI process per pair (first ${sample.length} pairs): ${batch.perProcess.pairsPerSec.toFixed(1)} pairs/s`);
  console.log(
    `   batch vs one process per pair: ${fmtX(batch.workers[1].pairsPerSec / batch.perProcess.pairsPerSec)} (1 worker), ${fmtX(batch.workers[2].pairsPerSec / batch.perProcess.pairsPerSec)} (2 workers); 2 vs 1 worker: ${fmtX(batch.workers[2].pairsPerSec / batch.workers[1].pairsPerSec)}`,
  );
  target('batch >= 30 pairs/s with 2 workers', batch.workers[2].pairsPerSec >= 30, `${batch.workers[2].pairsPerSec.toFixed(1)} pairs/s`);
}

console.log('\nTargets');
for (const t of results.targets) console.log(`   ${verdict(t.ok).padEnd(6)} ${t.name}: ${t.measured}`);
if (quick) console.log('   (--quick: 10,000 sentences and naive at 2,000 not run)');
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 2)}\n`);

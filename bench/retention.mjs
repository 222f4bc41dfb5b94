#!/usr/bin/env node
// Link retention on the long BASIL documents (bench/basil.mjs longPair): which links of a
// reference build the current build keeps, and which it adds.
//   node bench/retention.mjs dump N FILE [DIST]   -> run compare() of DIST (default ./dist)
//                                                  on the N-sentence pair, write its links
//   node bench/retention.mjs diff OLD NEW         -> kept / lost / new links between dumps
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadArticles, longPair } from './basil.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, ...args] = process.argv.slice(2);
const key = (l) => `${l.a.join('+')}>${l.b.join('+')}`;

if (mode === 'dump') {
  const [n, file, dist = path.join(root, 'dist')] = args;
  const { compare } = await import(pathToFileURL(path.join(path.resolve(dist), 'src', 'index.js')).href);
  const { a, b } = longPair(loadArticles(), Number(n));
  compare('Warm-up.', 'Warm-up.');
  const t0 = performance.now();
  const r = compare({ text: a.text, name: 'A' }, { text: b.text, name: 'B' });
  const ms = performance.now() - t0;
  const links = r.links.map((l) => ({ key: key(l), class: l.class, score: l.score }));
  writeFileSync(file, `${JSON.stringify({ n: Number(n), ms, links })}\n`);
  console.log(`${n}: ${links.length} links in ${Math.round(ms)} ms -> ${file}`);
} else if (mode === 'diff') {
  const [oldFile, newFile] = args.map((f) => JSON.parse(readFileSync(f, 'utf8')));
  const before = new Map(oldFile.links.map((l) => [l.key, l]));
  const after = new Map(newFile.links.map((l) => [l.key, l]));
  const kept = [...before.keys()].filter((k) => after.has(k));
  const added = [...after.keys()].filter((k) => !before.has(k));
  const sameClass = kept.filter((k) => before.get(k).class === after.get(k).class).length;
  const pct = (x, of) => `${((100 * x) / Math.max(1, of)).toFixed(1)}%`;
  console.log(
    `${oldFile.n}: kept ${kept.length} of ${before.size} (${pct(kept.length, before.size)}), ` +
      `lost ${before.size - kept.length}, new ${added.length}; same class on ${pct(sameClass, kept.length)} of kept; ` +
      `time ${Math.round(oldFile.ms)} -> ${Math.round(newFile.ms)} ms`,
  );
} else {
  console.error('usage: node bench/retention.mjs dump N FILE [DIST] | diff OLD NEW');
  process.exit(2);
}

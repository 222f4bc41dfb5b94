// One measurement in a fresh process, so peak RSS belongs to it alone:
//   node bench/perf-child.mjs engine N   -> our compare() on two N-sentence documents
//   node bench/perf-child.mjs naive N    -> string-similarity findBestMatch, all pairs
// Prints one JSON line: { ms, maxRssMB, ... }.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles, longPair } from './basil.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [mode, nArg] = process.argv.slice(2);
const n = Number(nArg);
const { a, b } = longPair(loadArticles(), n);
const rssMB = () => process.resourceUsage().maxRSS / 1024;

if (mode === 'engine') {
  const { compare } = await import(path.join(root, 'dist', 'src', 'index.js'));
  // Load the vector store and language model first; their cost is reported apart.
  const t0 = performance.now();
  compare('Warm-up: the store loads once.', 'Warm-up: the model loads once.');
  const loadMs = performance.now() - t0;
  const before = rssMB();
  const t1 = performance.now();
  const r = compare({ text: a.text, name: 'A' }, { text: b.text, name: 'B' });
  const ms = performance.now() - t1;
  console.log(
    JSON.stringify({
      mode,
      n,
      ms,
      loadMs,
      rssBeforeMB: before,
      maxRssMB: rssMB(),
      sentencesA: r.sources[0].sentences.length,
      sentencesB: r.sources[1].sentences.length,
      links: r.links.length,
    }),
  );
} else if (mode === 'naive') {
  const { default: ss } = await import('string-similarity');
  const t1 = performance.now();
  let linked = 0;
  for (const s of a.sentences) {
    const best = ss.findBestMatch(s, b.sentences);
    if (best.bestMatch.rating >= 0.5) linked++;
  }
  const ms = performance.now() - t1;
  console.log(JSON.stringify({ mode, n, ms, maxRssMB: rssMB(), linked }));
} else {
  console.error('usage: node bench/perf-child.mjs engine|naive N');
  process.exit(2);
}

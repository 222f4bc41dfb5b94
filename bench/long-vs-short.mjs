#!/usr/bin/env node
// A long report against a short one that covers a few of its events, in both orders:
// how many links join sentences about different events (certainly wrong), and whether the
// two orders give the same links. Reads BASIL (../shared/data/basil); skips without it.
//   node bench/long-vs-short.mjs [EVENTS_IN_A=100] [EVENTS_IN_B=4]
// A: the first outlet's article of each of the first EVENTS_IN_A triplets.
// B: the second outlet's articles of the first EVENTS_IN_B triplets.
import { basilAvailable, BASIL_DIR, loadArticles, triplets } from './basil.mjs';

if (!basilAvailable()) {
  console.log(`bench/long-vs-short: ${BASIL_DIR} is absent; skipped`);
  process.exit(0);
}
const { compare } = await import('../dist/src/index.js');
const [nA, nB] = [Number(process.argv[2] ?? 100), Number(process.argv[3] ?? 4)];
const events = triplets(loadArticles()).filter((t) => t.length === 3);

/** A document of articles, and the event of any offset in it. */
function document(parts) {
  let text = '';
  const spans = [];
  for (const [event, article] of parts) {
    const body = `${article.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n\n`;
    spans.push({ start: text.length, end: text.length + body.length, event });
    text += body;
  }
  return { text, eventAt: (offset) => spans.find((s) => offset >= s.start && offset < s.end)?.event ?? -1 };
}

const long = document(events.slice(0, nA).map((t, i) => [i, t[0]]));
const short = document(events.slice(0, nB).map((t, i) => [i, t[1]]));
compare('Warm-up sentence.', 'Warm-up sentence.');
const linked = [];
for (const [x, y, label] of [[long, short, 'long, short'], [short, long, 'short, long']]) {
  const t0 = performance.now();
  const r = compare({ name: 'x', text: x.text }, { name: 'y', text: y.text });
  const ms = performance.now() - t0;
  const start = new Map(r.sources.flatMap((s) => s.sentences.map((q) => [q.id, q.start])));
  let cross = 0;
  const pairs = new Set();
  for (const l of r.links) {
    if (x.eventAt(start.get(l.a[0])) !== y.eventAt(start.get(l.b[0]))) cross++;
    // Sentence numbers as (long, short), whichever side each was on.
    for (const p of l.a) for (const q of l.b) pairs.add(label === 'long, short' ? `${p.slice(1)}|${q.slice(1)}` : `${q.slice(1)}|${p.slice(1)}`);
  }
  linked.push(pairs);
  const [na, nb] = r.sources.map((s) => s.sentences.length);
  console.log(`compare(${label}): ${na} x ${nb} sentences, ${r.links.length} links, ${cross} of them across events; ${Math.round(ms)} ms`);
}
const both = [...linked[0]].filter((k) => linked[1].has(k)).length;
console.log(`sentence pairs linked in both orders: ${both}; only in the first order: ${linked[0].size - both}; only in the second: ${linked[1].size - both}`);

#!/usr/bin/env node
// Does a long document give the links its parts give? A holds the first outlet's article
// of events [FIRST, FIRST+N) of BASIL, B the second outlet's articles of the first NB of
// them. Reference: each event's article pair compared alone, its links mapped to offsets in
// the long documents. Prints recall of the reference, links within an event that the
// reference lacks, and links across events (certainly wrong). Skips without BASIL.
//   node bench/long-consistency.mjs [N=10] [NB=N] [FIRST=0]
import { basilAvailable, BASIL_DIR, loadArticles, triplets } from './basil.mjs';

if (!basilAvailable()) {
  console.log(`bench/long-consistency: ${BASIL_DIR} is absent; skipped`);
  process.exit(0);
}
const { compare } = await import('../dist/src/index.js');
const n = Number(process.argv[2] ?? 10);
const nB = Number(process.argv[3] ?? n);
const first = Number(process.argv[4] ?? 0);
const events = triplets(loadArticles())
  .filter((t) => t.length === 3)
  .slice(first, first + n);
const body = (a) => `${a.paragraphs.map((p) => p.join(' ')).join('\n\n')}\n\n`;

function build(articles) {
  let text = '';
  const starts = [];
  for (const a of articles) {
    starts.push(text.length);
    text += body(a);
  }
  return { text, starts };
}
const eventAt = (starts, offset) => {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1] <= offset) k++;
  return k;
};
const startsOf = (r) => new Map(r.sources.flatMap((s) => s.sentences.map((q) => [q.id, q.start])));

const A = build(events.map((t) => t[0]));
const B = build(events.slice(0, nB).map((t) => t[1]));
const reference = new Set();
for (let i = 0; i < nB; i++) {
  const r = compare({ name: 'a', text: body(events[i][0]) }, { name: 'b', text: body(events[i][1]) });
  const at = startsOf(r);
  for (const l of r.links) for (const x of l.a) for (const y of l.b) reference.add(`${A.starts[i] + at.get(x)}|${B.starts[i] + at.get(y)}`);
}
const r = compare({ name: 'A', text: A.text }, { name: 'B', text: B.text });
const at = startsOf(r);
let found = 0;
let extra = 0;
let cross = 0;
let total = 0;
for (const l of r.links) {
  for (const x of l.a) {
    for (const y of l.b) {
      total++;
      const [oa, ob] = [at.get(x), at.get(y)];
      if (reference.has(`${oa}|${ob}`)) found++;
      else if (eventAt(A.starts, oa) !== eventAt(B.starts, ob)) cross++;
      else extra++;
    }
  }
}
const [na, nb] = r.sources.map((s) => s.sentences.length);
console.log(
  `${n} x ${nB} events (${na} x ${nb} sentences): the parts give ${reference.size} linked pairs; found ${found} ` +
    `(recall ${(found / Math.max(1, reference.size)).toFixed(2)}); ${extra} more within an event; ${cross} across events; ${total} in all`,
);

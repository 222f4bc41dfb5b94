// End to end on BASIL: compare() on every same-event pair of every triplet (3 unordered pairs
// x 100 triplets = 300): crashes, time per pair, class distribution. Three pairs picked by a
// fixed-seed PRNG are rendered to Markdown with --write-examples.
import fs from 'node:fs';
import path from 'node:path';
import { loadBasil, tripletPairs } from '../lib/data.mjs';
import { quantiles, sampleIndices } from '../lib/stats.mjs';
import { pct } from '../lib/table.mjs';

export const name = 'basil';
export const title = 'BASIL end to end';

/** Seed of the example pick: the issue number. Changing it changes which pairs are shown. */
export const EXAMPLE_SEED = 5;

export const exampleId = (p) => `${p.triplet.slice(0, 8)}-${p.a.source}-${p.b.source}`;

export async function run({ engine, root, args }) {
  const triplets = loadBasil(root);
  if (!triplets) return { skip: 'BASIL absent (../shared/data/basil/index.tsv)' };
  const pairs = triplets.flatMap((t) => tripletPairs(t.articles).map(([a, b]) => ({ triplet: t.triplet, a, b })));
  const picks = new Set(sampleIndices(pairs.length, 3, EXAMPLE_SEED));
  const times = [];
  const crashes = [];
  const totals = { corroborating: 0, divergent: 0, unique: 0, content: 0, links: 0, noLinks: 0 };
  const examples = [];
  pairs.forEach((p, i) => {
    const t0 = performance.now();
    let result;
    try {
      result = engine.compare({ text: p.a.text, name: p.a.source.toUpperCase() }, { text: p.b.text, name: p.b.source.toUpperCase() });
    } catch (err) {
      crashes.push(`${exampleId(p)}: ${String(err?.message ?? err).split('\n')[0]}`);
      return;
    } finally {
      times.push(performance.now() - t0);
    }
    const s = result.summary;
    totals.corroborating += s.links.corroborating;
    totals.divergent += s.links.divergent;
    totals.links += s.links.total;
    if (s.links.total === 0) totals.noLinks++;
    for (const src of s.sources) {
      totals.unique += src.unique;
      totals.content += src.content;
    }
    if (picks.has(i)) examples.push({ id: exampleId(p), result });
  });
  const q = quantiles(times);
  const mean = times.reduce((x, y) => x + y, 0) / Math.max(1, times.length);
  const ok = pairs.length - crashes.length;
  const written = [];
  if (args.writeExamples) {
    const dir = args.examplesDir ?? path.join(root, 'docs', 'examples');
    fs.mkdirSync(dir, { recursive: true });
    for (const e of examples) {
      const file = path.join(dir, `basil-${e.id}.md`);
      fs.writeFileSync(file, engine.renderMarkdown(e.result));
      written.push(path.relative(root, file));
    }
  }
  const linked = totals.content - totals.unique;
  const rows = [
    { metric: 'pairs compared without a crash', ours: `${ok}/${pairs.length}`, target: `${pairs.length}/${pairs.length}`, n: pairs.length },
    { metric: '  ms per pair: mean / median / p95 / max', ours: `${mean.toFixed(0)} / ${q.median.toFixed(0)} / ${q.p95.toFixed(0)} / ${q.max.toFixed(0)}` },
    { metric: '  links per pair: corroborating / divergent', ours: `${(totals.corroborating / Math.max(1, ok)).toFixed(1)} / ${(totals.divergent / Math.max(1, ok)).toFixed(1)}`, n: `${totals.links} links` },
    { metric: '  share of links divergent', ours: `${pct(totals.links ? totals.divergent / totals.links : NaN)}%` },
    { metric: '  content sentences linked / unique', ours: `${pct(linked / Math.max(1, totals.content))}% / ${pct(totals.unique / Math.max(1, totals.content))}%`, n: `${totals.content} sentences` },
    { metric: '  pairs with no link at all', ours: String(totals.noLinks) },
    { metric: `  examples (seed ${EXAMPLE_SEED})${written.length ? ' written' : ''}`, ours: examples.map((e) => e.id).join(', ') },
  ];
  return { rows, crashes, written };
}

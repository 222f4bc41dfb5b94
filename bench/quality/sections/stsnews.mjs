// STS 2012-2016 news test sets: Spearman per dataset and year, pooled headlines and all.
// Most pairs also sit in STS-B, whose train split the combiner was fit on: the pairs found
// in STS-B train are counted and a figure without them is printed.
import { loadStsb, loadStsNews } from '../lib/data.mjs';
import { scoreRows } from '../lib/engine.mjs';
import { spearman } from '../lib/stats.mjs';
import { r3 } from '../lib/table.mjs';

export const name = 'stsnews';
export const title = 'STS news 2012-16';

const key = (a, b) => `${a.replace(/\s+/g, ' ').trim().toLowerCase()}\t${b.replace(/\s+/g, ' ').trim().toLowerCase()}`;

export async function run({ engine, root }) {
  const data = loadStsNews(root);
  if (!data) return { skip: 'STS news file absent (../shared/data/sts-news-2012-2016/sts_news_2012_2016.tsv)' };
  const train = loadStsb(root, 'train') ?? [];
  const inTrain = new Set(train.map((r) => key(r.a, r.b)));
  const scored = scoreRows(engine, data).map((r) => ({ ...r, seen: inTrain.has(key(r.a, r.b)) }));
  const rho = (rows) => spearman(rows.map((r) => r.v.score), rows.map((r) => r.gold));
  const groups = new Map();
  for (const r of scored) {
    const g = `${r.dataset} ${r.year}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(r);
  }
  const rows = [];
  const headlines = scored.filter((r) => r.dataset === 'headlines');
  const unseen = (rs) => rs.filter((r) => !r.seen);
  const seenNote = (rs) => `${rs.length - unseen(rs).length} of ${rs.length} pairs also in STS-B train`;
  rows.push({ metric: 'Spearman, all news pairs', ours: r3(rho(scored)), n: scored.length, anchors: 'none in the data README' });
  rows.push({ metric: '  headlines 2013-2016 pooled', ours: r3(rho(headlines)), n: headlines.length });
  const hu = unseen(headlines);
  rows.push({ metric: '  headlines, pairs not in STS-B train', ours: r3(rho(hu)), n: hu.length });
  for (const [g, rs] of groups) rows.push({ metric: `  ${g}`, ours: r3(rho(rs)), n: rs.length });
  const su = unseen(scored);
  rows.push({ metric: `  all, pairs not in STS-B train (${seenNote(scored)})`, ours: r3(rho(su)), n: su.length });
  return { rows, scored };
}

#!/usr/bin/env node
// Error dump for the difference detectors (issue 5): the worst misclassified pairs with the
// engine's differences, and counts per failure pattern, so detectors can be improved.
//
//   node bench/quality/errors.mjs [--only sick,ists,mrpc,seeds] [--split train|test] [--limit 8] [--json]
//
// SICK: related CONTRADICTION pairs called corroborating (misses), ENTAILMENT pairs called
// divergent (false alarms). iSTS: OPPO/_POL/_FACT pairs without a material difference
// (misses), all-EQUI pairs with one (false alarms). MRPC: gold-equivalent news pairs
// that a detector still calls divergent (false alarms on real news text).
// --split (default train) picks the split of SICK, iSTS and MRPC read for errors: study the
// train splits when looking for what to fix, and keep the test splits for the figures
// reported (`--split test` only to check that a change leaves them as they were). Seeds: the scorer's
// --verbose list of missed and extra links, and the class given to each gold divergent link.
// Evaluation data only: nothing here is fit or tuned on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadIsts, loadMrpc, loadSick, SICK_RELATED } from './lib/data.mjs';
import { hasMaterial, loadEngine, scoreRows } from './lib/engine.mjs';
import { scoreSeeds } from './sections/seeds.mjs';
import { sickSelection } from './sections/sick.mjs';

const NEGATION = /\b(no|not|none|nobody|nothing|never|neither|nor|without)\b|n't\b/i;

/** A coarse tag of what differs in a pair, from the surface text only (for counting misses). */
export function missPattern(a, b) {
  const na = NEGATION.test(a);
  const nb = NEGATION.test(b);
  if (na !== nb) return 'negation word on one side only';
  if (na && nb) return 'negation words on both sides';
  const wa = new Set(a.toLowerCase().match(/[a-z]+/g) ?? []);
  const wb = new Set(b.toLowerCase().match(/[a-z]+/g) ?? []);
  const onlyA = [...wa].filter((w) => !wb.has(w));
  const onlyB = [...wb].filter((w) => !wa.has(w));
  if (onlyA.length === 0 || onlyB.length === 0) return 'one side adds words only';
  if (onlyA.length <= 2 && onlyB.length <= 2) return 'one or two words swapped';
  return 'reworded';
}

/** Counts of a key function over items, most frequent first. */
export function countBy(items, key) {
  const m = new Map();
  for (const x of items) for (const k of [].concat(key(x))) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
}

const materialTypes = (r) => [...new Set(r.v.differences.filter((d) => d.material).map((d) => d.type))];
const diffLines = (r) => r.v.differences.map((d) => `      - ${d.material ? 'MATERIAL ' : ''}${d.note}`);

function block(title, rows, { limit, extra = () => [], pattern }) {
  const out = [`## ${title}: ${rows.length}`];
  if (pattern) out.push(`  patterns: ${countBy(rows, pattern).map(([k, n]) => `${k} ${n}`).join('; ')}`);
  const types = countBy(rows, materialTypes);
  if (types.length) out.push(`  material difference types: ${types.map(([k, n]) => `${k} ${n}`).join('; ')}`);
  for (const r of rows.slice(0, limit)) {
    out.push(`  - [${r.tag}] score ${r.v.score.toFixed(2)}`, `      A: ${r.a}`, `      B: ${r.b}`, ...extra(r));
    out.push(...(r.v.differences.length ? diffLines(r) : ['      (no difference found)']));
  }
  return out.join('\n');
}

const goldChunks = (r) =>
  r.alignments
    .filter((x) => /OPPO|_POL|_FACT/.test(x.type))
    .map((x) => `      gold ${x.type}: "${x.s1_chunk}" <=> "${x.s2_chunk}"`);

/** Every divergent link of a comparison with its differences (to check what fired). */
function divergentLinks(result) {
  const text = new Map(result.sources.flatMap((src) => src.sentences.map((x) => [x.id, x.text])));
  const cut = (t) => (t.length > 110 ? `${t.slice(0, 107)}...` : t);
  const lines = ['  links and their differences:'];
  for (const l of result.links) {
    lines.push(`  - ${l.id} ${l.class} ${l.score}: A "${cut(l.a.map((i) => text.get(i)).join(' '))}"`);
    lines.push(`      B "${cut(l.b.map((i) => text.get(i)).join(' '))}"`);
    for (const d of l.differences) lines.push(`      - ${d.material ? 'MATERIAL ' : ''}${d.note}`);
  }
  return lines.join('\n');
}

async function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const only = (opt('--only', 'sick,ists,mrpc,seeds') ?? '').split(',');
  const limit = Number(opt('--limit', 8));
  const split = opt('--split', 'train');
  if (split !== 'train' && split !== 'test') throw new Error(`--split must be train or test (got ${split})`);
  const engine = await loadEngine(root);
  const blocks = [];
  const json = {};
  if (only.includes('sick')) {
    const data = loadSick(root, split);
    if (!data) blocks.push('SICK absent: skipped');
    else {
      const s = scoreRows(engine, sickSelection(data)).map((r) => ({ ...r, tag: `SICK ${r.id} rel ${r.relatedness}` }));
      const misses = s
        .filter((r) => r.label === 'CONTRADICTION' && r.relatedness >= SICK_RELATED && r.v.class !== 'divergent')
        .sort((x, y) => y.relatedness - x.relatedness || y.v.score - x.v.score);
      const alarms = s
        .filter((r) => r.label === 'ENTAILMENT' && r.v.class === 'divergent')
        .sort((x, y) => y.relatedness - x.relatedness);
      blocks.push(block(`SICK ${split} CONTRADICTION (related) called corroborating`, misses, { limit, pattern: (r) => missPattern(r.a, r.b) }));
      blocks.push(block(`SICK ${split} ENTAILMENT called divergent`, alarms, { limit }));
      json.sick = { misses, alarms };
    }
  }
  if (only.includes('ists')) {
    const rows = (loadIsts(root, split) ?? []).map((r) => ({ ...r, split }));
    if (!rows.length) blocks.push('iSTS absent: skipped');
    else {
      const s = scoreRows(engine, rows).map((r) => ({ ...r, tag: `iSTS ${r.split} ${r.id}` }));
      const misses = s.filter((r) => r.gold === 'conflict' && !hasMaterial(r.v));
      const alarms = s.filter((r) => (r.gold === 'equivalent' || r.gold === 'strict') && hasMaterial(r.v));
      const goldType = (r) => [...new Set(r.alignments.filter((x) => /OPPO|_POL|_FACT/.test(x.type)).map((x) => x.type))];
      blocks.push(block(`iSTS (${split}) OPPO/_POL/_FACT pairs without a material difference`, misses, { limit, extra: goldChunks, pattern: goldType }));
      blocks.push(block(`iSTS (${split}) all-EQUI pairs with a material difference`, alarms, { limit }));
      json.ists = { misses, alarms };
    }
  }
  if (only.includes('mrpc')) {
    const data = loadMrpc(root, split);
    if (!data) blocks.push('MRPC absent: skipped');
    else {
      const s = scoreRows(engine, data.filter((r) => r.gold)).map((r, i) => ({ ...r, tag: `MRPC ${split} positive #${i + 1}` }));
      const alarms = s.filter((r) => r.v.class === 'divergent').sort((x, y) => y.v.score - x.v.score);
      blocks.push(block(`MRPC ${split}: gold-equivalent pairs called divergent`, alarms, { limit }));
      json.mrpc = { alarms };
    }
  }
  if (only.includes('seeds') && !argv.includes('--json')) {
    const s = scoreSeeds(engine, root, ['--verbose']);
    blocks.push(s.skip ? `seeds: skipped: ${s.skip}` : `## Seeds: scorer --verbose\n${s.stdout.trim()}\n${divergentLinks(s.result)}`);
  }
  if (argv.includes('--json')) {
    const slim = (r) => ({ tag: r.tag, a: r.a, b: r.b, score: r.v.score, differences: r.v.differences.map((d) => ({ type: d.type, material: d.material, note: d.note })) });
    console.log(JSON.stringify(Object.fromEntries(Object.entries(json).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).map(([kk, rows]) => [kk, rows.map(slim)]))])), null, 1));
  } else console.log(blocks.join('\n\n'));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err?.message ?? err);
    process.exit(1);
  });
}

// Helpers of the quality benchmark (bench/quality/lib/*.mjs): statistics, the threshold
// rule, dataset parsing and the sentence-level gold derived from iSTS chunk alignments.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractMetadata } from '../src/ingest/metadata.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const load = (p: string) => import(pathToFileURL(path.join(root, 'bench', 'quality', p)).href);
const stats = await load('lib/stats.mjs');
const data = await load('lib/data.mjs');
const table = await load('lib/table.mjs');
const runner = await load('run.mjs');
const errors = await load('errors.mjs');

test('spearman is 1 for any monotone relation and handles ties by average ranks', () => {
  assert.equal(stats.ranks([10, 20, 20, 5]), [1, 2.5, 2.5, 0]);
  assert.ok(Math.abs(stats.spearman([1, 2, 3, 4], [1, 8, 27, 64]) - 1) < 1e-12);
  assert.ok(Math.abs(stats.spearman([1, 2, 3, 4], [4, 3, 2, 1]) + 1) < 1e-12);
  assert.ok(Number.isNaN(stats.pearson([1, 1, 1], [1, 2, 3])));
});

test('bestThreshold separates the classes and picks a midpoint', () => {
  const fit = stats.bestThreshold([0.1, 0.2, 0.6, 0.9], [false, false, true, true]);
  assert.equal(fit.accuracy, 1);
  assert.ok(Math.abs(fit.threshold - 0.4) < 1e-12);
  // all positives: a threshold below every score
  const all = stats.bestThreshold([0.3, 0.5], [true, true]);
  assert.equal(all.accuracy, 1);
  assert.ok(all.threshold < 0.3);
});

test('binaryMetrics: accuracy and F1 of the positive class', () => {
  const m = stats.binaryMetrics([true, true, false, false], [true, false, true, false]);
  assert.equal([m.tp, m.fp, m.fn, m.tn], [1, 1, 1, 1]);
  assert.equal(m.accuracy, 0.5);
  assert.equal(m.f1, 0.5);
  // majority baseline on MRPC-like data: all positive, 2 of 3 gold positive
  const maj = stats.binaryMetrics([true, true, true], [true, true, false]);
  assert.ok(Math.abs(maj.f1 - 0.8) < 1e-12);
});

test('sampleIndices is deterministic per seed, distinct and in range', () => {
  const a = stats.sampleIndices(300, 3, 5);
  assert.equal(a, stats.sampleIndices(300, 3, 5));
  assert.equal(new Set(a).size, 3);
  assert.ok(a.every((i: number) => i >= 0 && i < 300));
  assert.not.equal(a, stats.sampleIndices(300, 3, 6));
  assert.equal(stats.sampleIndices(2, 3, 1).length, 2);
});

test('iSTS sentence gold: conflict, all-EQUI, and all-NOALI is not "equivalent"', () => {
  const al = (...types: string[]) => types.map((type) => ({ type }));
  assert.is(data.istsGold(al('EQUI', 'OPPO')), 'conflict');
  assert.is(data.istsGold(al('EQUI', 'SIMI_POL')), 'conflict');
  assert.is(data.istsGold(al('NOALI_FACT', 'EQUI')), 'conflict');
  assert.is(data.istsGold(al('EQUI', 'EQUI')), 'strict');
  assert.is(data.istsGold(al('EQUI', 'NOALI')), 'equivalent');
  assert.is(data.istsGold(al('NOALI', 'NOALI')), 'other');
  assert.is(data.istsGold(al('EQUI', 'SPE1')), 'other');
});

test('detokenise undoes the headline tokenisation', () => {
  assert.is(data.detokenise("Britain 's Prince Philip set for surgery , reports say"), "Britain's Prince Philip set for surgery, reports say");
  assert.is(data.detokenise('`` Fast &amp ; Furious \'\' star -LRB- 40 -RRB- earns $ 5 million , up 3 %'), '" Fast & Furious " star (40) earns $5 million, up 3%');
});

test('every loader returns null when ../shared is absent (sections then skip)', () => {
  const nowhere = path.join(root, 'no-such-dir', 'project');
  assert.is(data.loadMrpc(nowhere, 'test'), null);
  assert.is(data.loadStsb(nowhere, 'train'), null);
  assert.is(data.loadStsNews(nowhere), null);
  assert.is(data.loadSick(nowhere, 'test'), null);
  assert.is(data.loadIsts(nowhere, 'test'), null);
  assert.is(data.loadBasil(nowhere), null);
});

test('tsvRows keeps quotes inside fields (no CSV quoting)', () => {
  const rows = data.tsvRows('h1\th2\n1\tHe said "no, never"\n', { header: true });
  assert.equal(rows, [['1', 'He said "no, never"']]);
});

test('BASIL text: front matter the engine reads as title and date; three pairs per triplet', () => {
  const text = data.basilText({ title: 'A  title', date: '2012-05-01', 'body-paragraphs': [['One.', 'Two.'], ['Three.']] });
  const meta = extractMetadata(text);
  assert.equal(meta.metadata, { title: 'A title', date: '2012-05-01' });
  assert.is(text.slice(meta.bodyStart).trim(), 'One. Two.\n\nThree.');
  assert.is(data.tripletPairs([1, 2, 3]).length, 3);
});

test('run.mjs arguments: aliases, unknown sections rejected', () => {
  assert.equal(runner.parseArgs(['--only', 'stsb,sick']).only, ['sts', 'sick']);
  assert.ok(runner.parseArgs(['--markdown', '--write-examples']).writeExamples);
  assert.throws(() => runner.parseArgs(['--only', 'nope']));
  assert.throws(() => runner.parseArgs(['--bogus']));
  assert.throws(() => runner.parseArgs(['--update-doc', '--only', 'sts']));
});

test('tables: Markdown escapes pipes, text aligns columns', () => {
  const rows = [{ section: 'S', metric: 'a | b', ours: '1.0' }, { metric: 'c', ours: '22.5' }];
  const md = table.markdownTable(rows).split('\n');
  assert.is(md.length, 4);
  assert.ok(md[2].includes('a \\| b'));
  assert.ok(table.markdownTable([{ metric: '  sub-row' }]).includes('| ↳ sub-row |'));
  const txt = table.textTable(rows).split('\n');
  assert.is(txt[2].indexOf('1.0'), txt[3].indexOf('22.5'));
});

test('doc update replaces only the text between the markers', () => {
  const doc = `intro\n${table.DOC_START}\nold table\n${table.DOC_END}\noutro\n`;
  const next = table.replaceBetweenMarkers(doc, '| new |');
  assert.ok(next.startsWith('intro\n') && next.endsWith('outro\n'));
  assert.ok(next.includes('| new |') && !next.includes('old table'));
  assert.is(table.replaceBetweenMarkers('no markers', 'x'), null);
});

test('error patterns: negation on one side, word swaps', () => {
  assert.is(errors.missPattern('There is no man slicing a potato', 'A man is cutting a potato'), 'negation word on one side only');
  assert.is(errors.missPattern('A girl is running outside', 'A girl is running inside'), 'one or two words swapped');
  assert.equal(errors.countBy(['a', 'b', 'a'], (x: string) => x), [['a', 2], ['b', 1]]);
});

test.run();

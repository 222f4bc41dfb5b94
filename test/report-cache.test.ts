/** Reusing an analysed report (batch's ReportCache, the library's onSide) changes nothing in the result. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ReportCache } from '../cli/report-cache.js';
import { compare, compareAnalysed } from '../src/pipeline/compare.js';
import { analyseReport, onSide } from '../src/pipeline/report.js';
import { renderJson } from '../src/render/json.js';

const X = { name: 'x.txt', path: 'in/x.txt', text: 'The council approved the budget on Monday. It will spend 40 million dollars on roads.\n' };
const Y = { name: 'y.txt', text: 'On Tuesday the city council rejected its budget. Roads will get 45 million dollars, officials said.\n' };
const Z = { name: 'z.txt', text: 'Engineers reopened the bridge after floods shut it for two days.\n' };

test('a report analysed on one side and reused on the other gives the same result as fresh analysis', () => {
  const fresh = renderJson(compare(Y, X));
  const x = analyseReport(X, 'a');
  const reused = renderJson(compareAnalysed(analyseReport(Y, 'a'), onSide(x, 'b', X)));
  assert.is(reused, fresh);
  assert.ok(fresh.includes('"b1"') && fresh.includes('"path": "in/x.txt"'), 'side b ids and the path are in the result');
});

test('onSide relabels ids, name and path without touching the analysis', () => {
  const x = analyseReport(X, 'a');
  const y = onSide(x, 'b', { text: X.text, name: 'Gazette' });
  assert.is(y.id, 'b');
  assert.is(y.name, 'Gazette');
  assert.is(y.path, undefined, 'a new label without a path drops the old path');
  // An unnamed report takes the default name of its side, as in compare.
  assert.is(onSide(x, 'b', { text: X.text, name: '' }).name, 'B');
  assert.is(onSide(analyseReport(X.text, 'a'), 'b', X.text).name, 'B');
  assert.is(renderJson(compareAnalysed(analyseReport(Y.text, 'a'), onSide(analyseReport(X.text, 'a'), 'b', X.text))), renderJson(compare(Y.text, X.text)));
  assert.equal(y.sentences.map((s) => s.id), ['b1', 'b2']);
  assert.equal(x.sentences.map((s) => s.id), ['a1', 'a2'], 'the original keeps its ids');
  assert.is(y.sentences[0].analysis, x.sentences[0].analysis, 'the analysis is shared, not copied');
  assert.throws(() => compareAnalysed(y, x), /side a/);
});

test('ReportCache: same text analysed once, results identical to compare, bounded by count and size', () => {
  const cache = new ReportCache(2, 1_000);
  const a1 = cache.get(X, 'a');
  const again = cache.get({ ...X, name: 'renamed' }, 'b');
  assert.is(again.sentences[0].analysis, a1.sentences[0].analysis, 'second sight reuses the analysis');
  assert.is(again.name, 'renamed');
  assert.is(cache.get({ text: X.text, name: '' }, 'b').name, 'B', 'an empty name is the side default, not the first name seen');
  assert.is(renderJson(compareAnalysed(cache.get(Y, 'a'), cache.get(X, 'b'))), renderJson(compare(Y, X)));
  cache.get(Z, 'a');
  assert.is(cache.size, 2, 'the oldest report is dropped beyond the count');
  const big = { name: 'big', text: 'A long report. '.repeat(100) };
  cache.get(big, 'a');
  assert.ok(cache.size <= 2);
  const huge = { name: 'huge', text: 'Too long to keep. '.repeat(100) };
  assert.is(cache.get(huge, 'a').sentences.length > 0, true);
  assert.not.ok(cache.get(huge, 'b').sentences[0].analysis === cache.get(huge, 'a').sentences[0].analysis, 'reports over the size bound are not kept');
});

test.run();

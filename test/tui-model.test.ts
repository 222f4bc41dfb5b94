import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  buildItems,
  clampIndex,
  computeLayout,
  contextLines,
  countItems,
  cycleFilter,
  filterItems,
  findMatches,
  firstMatchFrom,
  isNoColor,
  scrollTop,
  sideSegments,
  stepMatch,
} from '../cli/tui/run.js';
import { dropWrapSpace } from '../cli/tui/components/WrapText.js';
import { smallComparison } from './fixtures/tui-comparison.js';

test('buildItems: links and unique sentences in report A order, then unique B, no boilerplate', () => {
  const items = buildItems(smallComparison());
  assert.equal(items.map((i) => i.key), ['l1', 'l2', 'a3', 'a4', 'a5', 'b2', 'b4', 'b5']);
  assert.equal(items.map((i) => i.kind), ['corroborating', 'divergent', 'onlyA', 'onlyA', 'onlyA', 'onlyB', 'onlyB', 'onlyB']);
  assert.equal(items[1].a.map((s) => s.id), ['a2']);
  assert.equal(items[1].b.map((s) => s.id), ['b3']);
});

test('buildItems: a many-to-one link appears once, at its first A sentence; unique derived without summary', () => {
  const c = smallComparison();
  c.links[0].a = ['a1', 'a3'];
  c.summary.unique = {};
  const keys = buildItems(c).map((i) => i.key);
  assert.equal(keys, ['l1', 'l2', 'a4', 'a5', 'b2', 'b4', 'b5']);
  assert.equal(buildItems(c)[0].a.map((s) => s.id), ['a1', 'a3']);
});

test('filterItems and countItems per class; cycleFilter wraps both ways', () => {
  const items = buildItems(smallComparison());
  assert.equal(filterItems(items, 'divergent').map((i) => i.key), ['l2']);
  assert.equal(filterItems(items, 'corroborating').map((i) => i.key), ['l1']);
  assert.equal(filterItems(items, 'onlyA').map((i) => i.key), ['a3', 'a4', 'a5']);
  assert.equal(filterItems(items, 'onlyB').map((i) => i.key), ['b2', 'b4', 'b5']);
  assert.is(filterItems(items, 'all').length, 8);
  assert.equal(countItems(items), { divergent: 1, corroborating: 1, onlyA: 3, onlyB: 3 });
  assert.is(cycleFilter('all'), 'divergent');
  assert.is(cycleFilter('onlyB'), 'all');
  assert.is(cycleFilter('all', -1), 'onlyB');
});

test('search: case-insensitive over both sides; stepping wraps around', () => {
  const items = buildItems(smallComparison());
  assert.equal(findMatches(items, 'PEOPLE familiar'), [1]);
  assert.equal(findMatches(items, '   '), []);
  const hits = findMatches(items, 'the');
  assert.ok(hits.length >= 3);
  assert.is(stepMatch([2, 5, 7], 5, 1), 7);
  assert.is(stepMatch([2, 5, 7], 7, 1), 2);
  assert.is(stepMatch([2, 5, 7], 5, -1), 2);
  assert.is(stepMatch([2, 5, 7], 2, -1), 7);
  assert.is(stepMatch([], 0, 1), undefined);
  assert.is(firstMatchFrom([2, 5], 3), 5);
  assert.is(firstMatchFrom([2, 5], 6), 2);
});

test('viewport: the window follows the selection and stays in range', () => {
  assert.is(scrollTop(0, 0, 10, 100), 0);
  assert.is(scrollTop(0, 9, 10, 100), 0);
  assert.is(scrollTop(0, 10, 10, 100), 1);
  assert.is(scrollTop(50, 40, 10, 100), 40);
  assert.is(scrollTop(0, 99, 10, 100), 90);
  assert.is(scrollTop(95, 99, 10, 100), 90);
  assert.is(scrollTop(3, 1, 10, 4), 0);
  assert.is(clampIndex(-3, 5), 0);
  assert.is(clampIndex(9, 5), 4);
  assert.is(computeLayout(100, 40).sideBySide, true);
  assert.is(computeLayout(99, 40).sideBySide, false);
  const l = computeLayout(120, 40);
  assert.is(l.height, 39);
  assert.is(3 + l.list + 1 + l.detail + 2, l.height);
});

test('sideSegments: only the changed word is marked, the sentence text is kept exactly', () => {
  const items = buildItems(smallComparison());
  const l2 = items[1];
  const a = sideSegments(l2.link, 'a', l2.a);
  const b = sideSegments(l2.link, 'b', l2.b);
  assert.equal(a.filter((s) => s.changed).map((s) => s.text), ['40']);
  assert.equal(b.filter((s) => s.changed).map((s) => s.text), ['45']);
  assert.is(a.map((s) => s.text).join(''), l2.a[0].text);
  assert.is(b.map((s) => s.text).join(''), l2.b[0].text);
  const noOffsets = { ...l2.link!, diff: l2.link!.diff.map(({ op, text }) => ({ op, text })) };
  const rebuilt = sideSegments(noOffsets, 'a', l2.a);
  assert.equal(rebuilt.filter((s) => s.changed).map((s) => s.text), ['40']);
  assert.is(rebuilt.map((s) => s.text).join(''), l2.a[0].text);
  const tokens = { ...l2.link!, diff: [
    { op: 'equal' as const, text: 'People familiar with the matter said trade grew by' },
    { op: 'delete' as const, text: '40' },
    { op: 'insert' as const, text: '45' },
    { op: 'equal' as const, text: 'percent last year.' },
  ] };
  const tb = sideSegments(tokens, 'b', l2.b);
  assert.is(tb.map((s) => s.text).join(''), l2.b[0].text, 'spacing comes from the sentence, not the parts');
  assert.equal(tb.filter((s) => s.changed).map((s) => s.text), ['45']);
  assert.is(sideSegments(undefined, 'a', l2.a).map((s) => s.text).join(''), l2.a[0].text);
});

test('contextLines: neighbours around the selected sentences, selection flagged', () => {
  const c = smallComparison();
  const lines = contextLines(c.sources[1], ['b3'], 1);
  assert.equal(lines.map((l) => l.sentence.id), ['b2', 'b3', 'b4']);
  assert.equal(lines.map((l) => l.selected), [false, true, false]);
  assert.equal(contextLines(c.sources[0], ['a1'], 2).map((l) => l.sentence.id), ['a1', 'a2', 'a3']);
  assert.equal(contextLines(c.sources[0], [], 2), []);
});

test('isNoColor: NO_COLOR set and non-empty, or the option', () => {
  assert.is(isNoColor({ NO_COLOR: '1' }), true);
  assert.is(isNoColor({ NO_COLOR: '' }), false);
  assert.is(isNoColor({}), false);
  assert.is(isNoColor({}, true), true);
  assert.is(isNoColor({ NO_COLOR: '1' }, false), true);
});

test('dropWrapSpace: removes the stray space only at the start of wrapped lines', () => {
  assert.is(dropWrapSpace(' use on the battlefield.', 1), 'use on the battlefield.');
  assert.is(dropWrapSpace(' first line', 0), ' first line');
  assert.is(dropWrapSpace('\u001B[31m word', 2), '\u001B[31mword');
  assert.is(dropWrapSpace('  indented', 1), '  indented');
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DifferenceType, Link } from '../src/model/result.js';
import { rankDivergences, sortDifferences, TYPE_PRIORITY } from '../src/render/markdown-rank.js';

const span = { text: 'x', start: 0, end: 1 };

function link(id: string, score: number, diffs: Array<[DifferenceType, boolean]>, cls: Link['class'] = 'divergent'): Link {
  return {
    id,
    a: [],
    b: [],
    class: cls,
    score,
    signals: { lexical: 0, alignAB: 0, alignBA: 0, clause: 0, predicate: 0, length: 0, dice: 0, entities: 0, numbers: 0 },
    differences: diffs.map(([type, material]) => ({ type, material, note: '', a: span, b: span })),
    diff: [],
  };
}

test('type priority: negation > number > date > event > entity > place > attribution > hedging', () => {
  assert.equal([...TYPE_PRIORITY], ['negation', 'number', 'date', 'event', 'entity', 'place', 'attribution', 'hedging']);
  const shuffled = ['place', 'hedging', 'date', 'negation', 'attribution', 'event', 'number', 'entity'] as DifferenceType[];
  const links = shuffled.map((t, i) => link(`l${i}`, 0.5, [[t, true]]));
  const ranked = rankDivergences(links, (l) => links.indexOf(l)).map((r) => r.difference?.type);
  assert.equal(ranked, [...TYPE_PRIORITY]);
});

test('material before non-material, then score, then report order; corroborating links ignored', () => {
  const links = [
    link('weak-negation', 0.9, [['negation', false]]),
    link('hedge', 0.6, [['hedging', true]]),
    link('number-low', 0.6, [['number', true]]),
    link('number-high', 0.8, [['number', true]]),
    link('number-high-later', 0.8, [['number', true]]),
    link('untyped', 0.99, []),
    link('corroborating', 1, [['negation', true]], 'corroborating'),
  ];
  const ids = rankDivergences(links, (l) => links.indexOf(l)).map((r) => r.link.id);
  assert.equal(ids, ['number-high', 'number-high-later', 'number-low', 'hedge', 'weak-negation', 'untyped']);
});

test('a link is ranked by its most important difference; sorting keeps input intact', () => {
  const l = link('l', 0.5, [['hedging', false], ['place', true], ['date', true]]);
  assert.equal(sortDifferences(l.differences).map((d) => d.type), ['date', 'place', 'hedging']);
  assert.equal(l.differences.map((d) => d.type), ['hedging', 'place', 'date']);
  assert.is(rankDivergences([l], () => 0)[0].difference?.type, 'date');
});

test.run();

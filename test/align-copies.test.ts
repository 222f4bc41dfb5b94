import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dropBesideCopies, isCopy } from '../src/align/copies.js';
import { compare } from '../src/pipeline/compare.js';

const pair = (a: number, b: number, alignAB: number, alignBA: number) => ({ a, b, signals: { alignAB, alignBA } });

test('a link beside a copy is dropped; copies, repeated copies and merges are kept', () => {
  const copy = pair(3, 3, 1, 1);
  const lookalike = pair(4, 3, 0.6, 0.7);
  const other = pair(5, 4, 0.7, 0.6);
  assert.equal(dropBesideCopies([copy, lookalike, other]), [copy, other]);
  // A report that repeats a sentence: both copies stay.
  const again = pair(9, 3, 0.95, 0.92);
  assert.equal(dropBesideCopies([copy, again]), [copy, again]);
  // One sentence of B merges two of A: a copy of neither, both links stay.
  const first = pair(1, 1, 0.95, 0.55);
  const second = pair(2, 1, 0.9, 0.45);
  assert.equal(dropBesideCopies([first, second]), [first, second]);
  assert.not.ok(isCopy({ alignAB: 1, alignBA: 0.5 }));
});

test('shortened copy: a cut sentence stays unique instead of joining the kept sentence it resembles', () => {
  const a = [
    'The city council approved the new budget on Monday after a long debate.',
    'The budget raises spending on schools by 4 percent and cuts the parks department by a fifth.',
    'Council member Ana Ruiz said the cuts to parks would hurt families on the east side.',
    'Ruiz said families on the east side already have too few parks and playgrounds.',
    'The mayor is expected to sign the budget next week.',
    'Opponents plan to challenge the parks cuts at a public hearing in March.',
    'The police department will receive two new patrol boats for the harbour.',
    'A separate vote on bus fares was postponed until the spring.',
  ];
  const b = a.filter((_, i) => i !== 3);
  const r = compare({ text: a.join('\n\n'), name: 'A' }, { text: b.join('\n\n'), name: 'B' });
  const links = r.links.map((l) => `${l.a.join('+')}>${l.b.join('+')}`);
  assert.equal(links, ['a1>b1', 'a2>b2', 'a3>b3', 'a5>b4', 'a6>b5', 'a7>b6', 'a8>b7']);
  assert.equal(r.summary.unique.a, ['a4']);
});

test.run();

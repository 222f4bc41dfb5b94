import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { dropBesideCopies, isCopy } from '../src/align/copies.js';
import { groupSplitClaims } from '../src/align/groups.js';
import { compare } from '../src/pipeline/compare.js';

const pair = (a: number, b: number, alignAB: number, alignBA: number) => ({ a, b, signals: { alignAB, alignBA } });

test('a link beside a copy is dropped; copies, repeated copies, merges and links to keep stay', () => {
  const copy = pair(3, 3, 1, 1);
  const lookalike = pair(4, 3, 0.6, 0.7);
  const other = pair(5, 4, 0.7, 0.6);
  const byWords = (p: ReturnType<typeof pair>) => isCopy(p.signals);
  assert.equal(dropBesideCopies([copy, lookalike, other], byWords), [copy, other]);
  // The caller keeps some links whatever happens (the engine: divergent ones).
  assert.equal(dropBesideCopies([copy, lookalike, other], byWords, (p) => p === lookalike), [copy, lookalike, other]);
  // A pair the caller does not accept as a copy (it disagrees on something) drops nothing.
  assert.equal(dropBesideCopies([copy, lookalike], () => false), [copy, lookalike]);
  // A report that repeats a sentence: both copies stay.
  const again = pair(9, 3, 0.95, 0.92);
  assert.equal(dropBesideCopies([copy, again], byWords), [copy, again]);
  // One sentence of B merges two of A: a copy of neither, both links stay.
  const first = pair(1, 1, 0.95, 0.55);
  const second = pair(2, 1, 0.9, 0.45);
  assert.equal(dropBesideCopies([first, second], byWords), [first, second]);
  assert.not.ok(isCopy({ alignAB: 1, alignBA: 0.5 }));
  assert.ok(isCopy({ alignAB: 0.9 - 1e-12, alignBA: 1 }), 'a share equal to the bound up to rounding');
});

test('a pair of copies is never half of a split claim', () => {
  const pairs = [{ a: 1, b: 1 }, { a: 1, b: 2 }];
  assert.equal(groupSplitClaims(pairs).map((g) => g.b), [[1, 2]]);
  assert.equal(groupSplitClaims(pairs, (p) => p.b !== 2).map((g) => g.b), [[1], [2]]);
});

const FILLER = [
  'The city council approved the new budget on Monday after a long debate.',
  'The mayor is expected to sign the budget next week.',
  'A separate vote on bus fares was postponed until the spring.',
  'The police department will receive two new patrol boats for the harbour.',
];
const linksOf = (a: string[], b: string[]) => {
  const r = compare({ text: [...FILLER, ...a].join('\n\n'), name: 'A' }, { text: [...FILLER, ...b].join('\n\n'), name: 'B' });
  return r.links.map((l) => `${l.a.join('+')}>${l.b.join('+')} ${l.class}`);
};

test('a word-for-word match that negates is no copy: the sentence that agrees keeps its link', () => {
  const links = linksOf(
    ['The chief executive did not confirm the job cuts at the plant on Friday.'],
    ['The chief executive confirmed the job cuts at the plant on Friday.', 'The chief executive declined to confirm the job cuts at the plant on Friday.'],
  );
  assert.ok(links.some((l) => /^a5>.*b6/.test(l)), links.join(', '));
});

test('a contradiction beside a copy is kept and shown as divergent, not merged away', () => {
  const links = linksOf(
    ['Police said 12 people were killed in the blast at the market.'],
    ['Police said 15 people were killed in the blast at the market.', 'Police later said the blast at the market killed 12 people.'],
  );
  assert.ok(links.includes('a5>b5 divergent'), links.join(', '));
  assert.ok(links.includes('a5>b6 corroborating'), links.join(', '));
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

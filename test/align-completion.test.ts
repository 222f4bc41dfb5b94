import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { completions, MIN_BACK, MIN_GAIN, MIN_SCORE, type CompletionProbe, type SideLink } from '../src/align/completion.js';
import { groupSplitClaims } from '../src/align/groups.js';

/**
 * A probe over hand-set figures. Sentence b2 (or a2) is the neighbour of the link a1-b1; by
 * default it completes the link: it covers 0.3 more of a1, a1 covers 0.8 of it, a1 is its
 * top partner and their score is 0.5.
 */
function probe(over: Partial<{ back: number; gain: number; score: number; top: number; side: 'a' | 'b' }> = {}): CompletionProbe {
  const { back = 0.8, gain = 0.3, score = 0.5, top = 1, side = 'b' } = over;
  const far = side === 'b' ? 'a' : 'b';
  return {
    sizes: { a: 4, b: 4 },
    coverage: (s, index, others) => {
      if (s === side && index === 2) return back;
      if (s === far && index === 1) return others.includes(2) ? 0.5 + gain : 0.5;
      return 0;
    },
    score: () => score,
    topPartner: (s, index) => (s === side && index === 2 ? top : -1),
    completable: () => true,
  };
}

const link = (a: number, b: number): SideLink => ({ a, b });

test('a neighbour that covers what its sentence leaves out completes the link, and is merged with it', () => {
  const links = [link(1, 1), link(3, 3)];
  const extra = completions(links, probe());
  assert.equal(extra, [{ a: 1, b: 2 }]);
  const groups = groupSplitClaims([...links, ...extra]);
  assert.equal(
    groups.map((g) => [g.a, g.b]),
    [
      [[1], [1, 2]],
      [[3], [3]],
    ],
  );
  // The same on the other side: A tells in two sentences what B tells in one.
  assert.equal(completions(links, probe({ side: 'a' })), [{ a: 2, b: 1 }]);
});

test('no completion when any condition fails', () => {
  const links = [link(1, 1)];
  assert.equal(completions(links, probe({ back: MIN_BACK - 0.01 })), [], 'the far sentence covers too little of the neighbour');
  assert.equal(completions(links, probe({ gain: MIN_GAIN - 0.01 })), [], 'the neighbour adds too little');
  assert.equal(completions(links, probe({ score: MIN_SCORE - 0.01 })), [], 'the pair scores too low');
  assert.equal(completions(links, probe({ top: 3 })), [], 'the neighbour matches another sentence better');
  assert.equal(completions([link(1, 1), link(3, 2)], probe()), [], 'the neighbour is linked already');
  assert.equal(completions([link(1, 1), link(3, 1)], probe()), [], 'the near sentence links twice: no merge would follow');
  assert.equal(completions(links, { ...probe(), completable: () => false }), [], 'copies are whole claims');
  assert.equal(completions(links, probe({ gain: MIN_GAIN + 0.01, back: MIN_BACK, score: MIN_SCORE })), [{ a: 1, b: 2 }], 'just inside every bound');
});

test('a neighbour completes one link only', () => {
  // b2 sits between b1 (linked to a1) and b3 (linked to a3); both far sentences are its top partner.
  const p: CompletionProbe = { ...probe(), coverage: () => 0.9, topPartner: (s, i) => (s === 'b' && i === 2 ? 1 : s === 'a' ? 9 : -1) };
  const both = { ...p, coverage: (s: 'a' | 'b', i: number, o: number[]) => (s === 'b' ? 0.9 : o.includes(2) ? 0.9 : 0.5) };
  assert.equal(completions([link(1, 1), link(3, 3)], both), [{ a: 1, b: 2 }]);
});

test.run();

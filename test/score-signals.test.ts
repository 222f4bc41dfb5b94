import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { compareTwoStrings } from 'string-similarity';
import type { SentenceAnalysis } from '../src/model/stages.js';
import { tokenise } from '../src/segment/tokens.js';
import { bigrams, diceOf } from '../src/score/dice.js';
import { buildIdf } from '../src/score/idf.js';
import { prepareSentence } from '../src/score/prepare.js';
import { alignWords, pairSignals, sentenceSignals } from '../src/score/signals.js';
import { combine } from '../src/score/combine.js';
import { claimScore } from '../src/score/claim.js';
import { extraOf } from '../src/score/extra.js';
import type { Difference } from '../src/model/result.js';
import { WordSimCache, spellingSim } from '../src/score/wordsim.js';
import { codeSim, relatedSim, relatedWords } from '../src/score/synonyms.js';
import { SCORE_PARAMS } from '../src/score/weights.js';
import { internId } from '../src/score/intern.js';

/** Minimal stand-in for analyseSentence: content words, runs of proper nouns, digit numbers. */
function analyse(text: string): SentenceAnalysis {
  const { tokens } = tokenise(text);
  const content: number[] = [];
  const entities: SentenceAnalysis['entities'] = [];
  const numbers: SentenceAnalysis['numbers'] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      const start = tokens[run[0]].start;
      const end = tokens[run[run.length - 1]].end;
      const key = run.map((i) => tokens[i].norm).join(' ');
      entities.push({ text: text.slice(start, end), start, end, kind: 'other', key });
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (t.pos === 'PROPN') run.push(i);
    else flush();
    if (t.type === 'number') numbers.push({ text: t.text, start: t.start, end: t.end, value: Number(t.text.replace(/,/g, '')), unit: '', approx: '' });
    if ((t.type === 'word' || t.type === 'number') && !t.stop) content.push(i);
  });
  flush();
  return {
    tokens, content, lemmas: tokens.map((t) => t.lemma), entities, numbers,
    dates: [], attributions: [], hedges: [], negations: [], events: [],
  };
}

const A = 'Chinese President Xi Jinping held a virtual meeting with Joe Biden on Monday, officials said.';
const PARA = 'Xi Jinping and Biden held video talks on Monday, according to officials.';
const OTHER = 'Heavy rain flooded farms across the southern province, destroying the harvest.';

const names = ['lexical', 'alignAB', 'alignBA', 'dice', 'entities', 'numbers'] as const;

test('identical sentences score 1 on every signal and near the top combined', () => {
  const s = sentenceSignals(analyse('Russia fired 70 missiles at Kyiv on Tuesday.'), analyse('Russia fired 70 missiles at Kyiv on Tuesday.'));
  for (const k of names) assert.ok(Math.abs(s[k] - 1) < 1e-9, `${k} = ${s[k]}`);
  assert.ok(combine(s) > 0.85, `combined ${combine(s)}`);
});

test('a paraphrase scores higher than an unrelated sentence on every text signal', () => {
  const para = sentenceSignals(analyse(A), analyse(PARA));
  const other = sentenceSignals(analyse(A), analyse(OTHER));
  for (const k of ['lexical', 'alignAB', 'alignBA', 'dice'] as const) {
    assert.ok(para[k] > other[k], `${k}: ${para[k]} vs ${other[k]}`);
  }
  assert.ok(combine(para) > combine(other) + 0.2, `${combine(para)} vs ${combine(other)}`);
  assert.ok(combine(other) < 0.3);
});

test('vectors give credit to synonyms that share no lemma', () => {
  const s = sentenceSignals(analyse('The talks ended.'), analyse('The meeting finished.'));
  assert.is(s.lexical, 0);
  assert.ok(s.alignAB > 0.3 && s.alignBA > 0.3, JSON.stringify(s));
});

test('symmetric signals are symmetric; alignment swaps direction', () => {
  const ab = sentenceSignals(analyse(A), analyse(PARA));
  const ba = sentenceSignals(analyse(PARA), analyse(A));
  for (const k of ['lexical', 'dice', 'entities', 'numbers'] as const) assert.ok(Math.abs(ab[k] - ba[k]) < 1e-9, k);
  assert.ok(Math.abs(ab.alignAB - ba.alignBA) < 1e-9);
  assert.ok(Math.abs(ab.alignBA - ba.alignAB) < 1e-9);
});

test('alignment is directional: a sentence contained in a longer one is fully covered', () => {
  const s = sentenceSignals(analyse('Biden met Xi in Bali.'), analyse('Biden met Xi in Bali on Monday before the summit dinner.'));
  assert.ok(s.alignAB > 0.99, String(s.alignAB));
  assert.ok(s.alignBA < 0.8, String(s.alignBA));
});

test('numbers and entities overlap', () => {
  const s = sentenceSignals(analyse('Russia fired 70 missiles at Kyiv.'), analyse('Russia fired 80 missiles at Lviv.'));
  assert.is(s.numbers, 0);
  assert.ok(s.entities > 0 && s.entities < 1);
  const none = sentenceSignals(analyse('It rained.'), analyse('It rained.'));
  assert.is(none.numbers, 1);
});

test('a different number in the same place matches partly, closer values closer, never fully', () => {
  const near = sentenceSignals(analyse('300 homes were destroyed.'), analyse('320 homes were destroyed.'));
  const far = sentenceSignals(analyse('300 homes were destroyed.'), analyse('3 homes were destroyed.'));
  const word = sentenceSignals(analyse('300 homes were destroyed.'), analyse('Many homes were destroyed.'));
  const same = sentenceSignals(analyse('300 homes were destroyed.'), analyse('300 homes were destroyed.'));
  assert.ok(near.alignAB > far.alignAB + 0.1, `${near.alignAB} vs ${far.alignAB}`);
  assert.ok(far.alignAB > word.alignAB - 1e-9, `${far.alignAB} vs ${word.alignAB}`);
  assert.ok(near.alignAB < same.alignAB - 0.1, `${near.alignAB} vs ${same.alignAB}`);
  const links = alignWords(analyse('300 homes were destroyed.'), analyse('320 homes were destroyed.'));
  assert.ok(links.some((l) => l.a === 0 && l.b === 0 && l.sim > 0 && l.sim <= 0.5), JSON.stringify(links));
});

test('unknown words match only exactly or as spelling variants', () => {
  assert.ok(spellingSim("tian'anmen", 'tiananmen') === 1);
  assert.ok(spellingSim('morsi', 'mursi') > 0.7);
  assert.is(spellingSim('h2210', 'h2200'), 0);
  assert.is(spellingSim('kyiv', 'lviv'), 0);
});

test('dice equals string-similarity compareTwoStrings', () => {
  const pairs = [
    [A, PARA],
    [A, OTHER],
    ['aaaa', 'aa'],
    ['a', 'b'],
    ['', ''],
    ['Night', 'nacht'],
  ];
  for (const [x, y] of pairs) {
    const mine = diceOf(bigrams(x), bigrams(y));
    assert.ok(Math.abs(mine - compareTwoStrings(x, y)) < 1e-12, `${x} / ${y}`);
  }
});

test('document-pair IDF damps words repeated across both reports', () => {
  const a = [analyse('China denied the report.'), analyse('China sent aid.'), analyse('China said no.')];
  const b = [analyse('China rejected it.'), analyse('China helped.'), analyse('Officials in China agreed.')];
  const idf = buildIdf(a, b);
  const single = buildIdf([a[0]], [b[0]]);
  assert.ok(idf('china') < single('china'));
  assert.is(idf('denied'), single('denied'));
  assert.ok(single('denied') > single('say'), 'rarer words weigh more');
});

test('a shared similarity cache gives the same signals', () => {
  const a = analyse(A);
  const b = analyse(PARA);
  const idf = buildIdf([a], [b]);
  const cache = new WordSimCache();
  const plain = pairSignals(prepareSentence(a, idf), prepareSentence(b, idf));
  const cached = pairSignals(prepareSentence(a, idf, cache), prepareSentence(b, idf, cache));
  for (const k of names) assert.ok(Math.abs(plain[k] - cached[k]) < 1e-6, k);
});

test('a cache too small for every word type gives the same signals (table and direct paths mixed)', () => {
  const a = analyse(A);
  const b = analyse(PARA);
  const idf = buildIdf([a], [b]);
  const plain = pairSignals(prepareSentence(a, idf), prepareSentence(b, idf));
  for (const slots of [1, 3, 8]) {
    const cache = new WordSimCache(undefined, slots);
    const pa = prepareSentence(a, idf, cache);
    const pb = prepareSentence(b, idf, cache);
    assert.ok(cache.size > slots, `${cache.size} types`);
    assert.ok(pa.words.some((w) => w.slot < 0) && pa.words.some((w) => w.slot >= 0));
    // Twice: the first pass fills the table, the second reads it.
    for (let pass = 0; pass < 2; pass++) {
      const cached = pairSignals(pa, pb);
      for (const k of [...names, 'clause', 'predicate'] as const) assert.ok(Math.abs(plain[k] - cached[k]) < 1e-6, `${slots} ${k}`);
    }
  }
});

test('word type ids are shared by equal words across sentences and slots stop at capacity', () => {
  const a = analyse('Russia fired missiles at Kyiv.');
  const b = analyse('Missiles fired by Russia hit Kyiv.');
  const idf = buildIdf([a], [b]);
  const cache = new WordSimCache(undefined, 2);
  const pa = prepareSentence(a, idf, cache);
  const pb = prepareSentence(b, idf, cache);
  const idOf = (p: typeof pa, lemma: string) => p.typeIds[p.words.findIndex((w) => w.lemma === lemma)];
  assert.is(idOf(pa, 'kyiv'), idOf(pb, 'kyiv'));
  assert.is(idOf(pa, 'russia'), idOf(pb, 'russia'));
  assert.is.not(idOf(pa, 'kyiv'), idOf(pa, 'russia'));
  for (const p of [pa, pb]) p.words.forEach((w, k) => assert.is(w.slot, p.typeIds[k] < 2 ? p.typeIds[k] : -1));
});

test('alignWords returns one-to-one matches between content tokens', () => {
  const a = analyse('Officials said Xi may visit Moscow next week.');
  const b = analyse('Xi will visit Moscow next month, officials confirmed.');
  const links = alignWords(a, b);
  const as = links.map((l) => l.a);
  const bs = links.map((l) => l.b);
  assert.is(new Set(as).size, as.length);
  assert.is(new Set(bs).size, bs.length);
  for (const l of links) {
    assert.ok(a.content.includes(l.a) && b.content.includes(l.b));
    assert.ok(l.sim > 0 && l.sim <= 1);
  }
  const pair = (w: string) => links.find((l) => a.tokens[l.a].norm === w);
  assert.is(b.tokens[pair('visit')!.b].norm, 'visit');
  assert.is(b.tokens[pair('moscow')!.b].norm, 'moscow');
  assert.is(b.tokens[pair('week')!.b].norm, 'month');
});

test('extra signals: identical sentences overlap fully and leave nothing unmatched', () => {
  const s = sentenceSignals(analyse('Russia fired 70 missiles at Kyiv on Tuesday.'), analyse('Russia fired 70 missiles at Kyiv on Tuesday.'));
  for (const k of ['tokens1', 'tokens2', 'tokens3', 'lemmaBigrams'] as const) assert.ok(Math.abs(s[k] - 1) < 1e-9, k);
  assert.is(s.unmatchedMax, 0);
  assert.is(s.unpaired, 0);
  assert.is(s.tokensMin, s.tokensMax);
  assert.is(s.bothEntities, 1);
  assert.is(s.bothNumbers, 1);
});

test('extra signals: an added clause is unmatched weight on the longer side only', () => {
  const short = analyse('Biden met Xi in Bali.');
  const long = analyse('Biden met Xi in Bali, and protesters blocked the harbour road.');
  const s = sentenceSignals(short, long);
  assert.ok(s.unmatchedMax > 5, String(s.unmatchedMax));
  assert.is(s.unmatchedMin, 0);
  assert.ok(s.unmatchedTop > 0 && s.unmatchedTop <= s.unmatchedMax);
  assert.ok(s.tokens1 < 1 && s.tokens3 < s.tokens1);
  // Symmetric: the swapped pair gives the same extra signals.
  const t = sentenceSignals(long, short);
  for (const k of ['unmatchedMax', 'unmatchedMin', 'unmatchedTop', 'unpaired', 'tokens1', 'tokens2', 'tokens3', 'lemmaBigrams'] as const) {
    assert.ok(Math.abs(s[k] - t[k]) < 1e-9, k);
  }
});

test('a sentence without content words leaves all of the other unmatched', () => {
  const s = sentenceSignals(analyse('It is.'), analyse('Russia fired missiles.'));
  assert.is(s.unpaired, 1);
  assert.ok(s.unmatchedMax > 0);
  assert.is(s.unmatchedMin, 0);
});

const negation: Difference = {
  type: 'negation',
  material: true,
  note: 'negation',
  a: { start: 0, end: 1, text: 'x' },
  b: { start: 0, end: 1, text: 'y' },
};

test('claim score ranks copy > paraphrase > unrelated, and a material contradiction lowers it', () => {
  const copy = sentenceSignals(analyse(A), analyse(A));
  const para = sentenceSignals(analyse(A), analyse(PARA));
  const other = sentenceSignals(analyse(A), analyse(OTHER));
  const [c, p, o] = [copy, para, other].map((s) => claimScore(s, []));
  assert.ok(c > 0.85, `copy ${c}`);
  assert.ok(c > p && p > o + 0.2, `${c} ${p} ${o}`);
  assert.ok(o < 0.3, `unrelated ${o}`);
  assert.ok(claimScore(copy, [negation]) < c - 0.05, `${claimScore(copy, [negation])} vs ${c}`);
});

test('claim score accepts signals without the extra fields (neutral values)', () => {
  const base = { lexical: 1, alignAB: 1, alignBA: 1, clause: 1, predicate: 1, length: 1, dice: 1, entities: 1, numbers: 1 };
  assert.is(extraOf(base).unmatchedMax, 0);
  const v = claimScore(base, []);
  assert.ok(Number.isFinite(v) && v > 0.5 && v <= 1, String(v));
});

test('WordNet relations: synonyms, derived forms and hypernyms, by kind and sense rank', () => {
  const p = { synonym: 0.7, derived: 0.6, hypernym: 0.5, maxRank: 5 };
  const buy = relatedWords(['purchase', 'purchase'])!;
  const sim = (rel: ReadonlyMap<number, string>, lemma: string, form: string) => relatedSim(rel, internId(lemma), internId(form), p);
  assert.is(sim(buy, 'buy', 'bought'), 0.7);
  assert.is(sim(relatedWords(['significance', 'significance'])!, 'significant', 'significant'), 0.6);
  assert.is(sim(relatedWords(['sedan', 'sedans'])!, 'car', 'cars'), 0.5);
  assert.is(sim(buy, 'significance', 'significance'), 0);
  assert.is(relatedWords(['xqzzy', 'xqzzy']), undefined);
  // The best kind within the rank limit counts; kinds given similarity 0 are off.
  assert.is(codeSim('h1s4', { ...p, maxRank: 5 }), 0.7);
  assert.is(codeSim('h1s4', { ...p, maxRank: 3 }), 0.5);
  assert.is(codeSim('h1', { ...p, hypernym: 0 }), 0);
});

test('WordNet relations raise the alignment of words the vectors keep apart', () => {
  const a = analyse('Officials stressed the significance.');
  const b = analyse('Officials stressed it was significant.');
  const idf = buildIdf([a], [b]);
  const pa = prepareSentence(a, idf);
  const pb = prepareSentence(b, idf);
  const withRel = pairSignals(pa, pb);
  const without = pairSignals(pa, pb, { ...SCORE_PARAMS.align, related: undefined });
  assert.ok(withRel.alignAB > without.alignAB, `${withRel.alignAB} vs ${without.alignAB}`);
  assert.ok(withRel.alignAB < 1, 'a synonym stays below an exact match');
  // Numbers never match through WordNet.
  assert.is(prepareSentence(analyse('They paid 40 dollars.'), idf).words.find((w) => w.numeric)?.rel, undefined);
});

test.run();

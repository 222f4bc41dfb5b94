/**
 * Per-sentence preparation for cheap pairwise scoring: content words with weights and
 * vector ids, the TF-IDF vector, character bigrams, entity keys and number values. Built
 * once per sentence; `pairSignals` then only loops over small arrays.
 */
import type { SentenceAnalysis } from '../model/stages.js';
import { contentWords } from './content.js';
import { clauseGroups } from './clauses.js';
import { predicateWords } from './predicates.js';
import { bigrams, type Bigrams } from './dice.js';
import type { IdfFunction } from './idf.js';
import { idGrams, idPairs } from './extra.js';
import { internId, onInternReset } from './intern.js';
import { getVectors } from './vectors.js';
import { spellingForm, typeKey, WordSimCache } from './wordsim.js';
import { relatedWords } from './synonyms.js';

export interface PreparedWord {
  index: number;
  lemma: string;
  norm: string;
  /** Interned ids of lemma and norm (see intern.ts). */
  lemmaId: number;
  normId: number;
  weight: number;
  /** Vector-store id, -1 when the word only matches exactly (unknown word, number). */
  vid: number;
  /** Slot in the pair context's similarity cache, -1 when uncached. */
  slot: number;
  proper: boolean;
  numeric: boolean;
  keys: string[];
  /** Letters-and-digits form used to match spelling variants of unknown words. */
  spell: string;
  /** Words WordNet relates to this one (see synonyms.ts); undefined for none or a number. */
  rel: ReadonlyMap<number, string> | undefined;
  /** The word's type identity in a WordSimCache (see typeKey in wordsim.ts). */
  key: string;
}

export interface PreparedSentence {
  analysis: SentenceAnalysis;
  words: PreparedWord[];
  totalWeight: number;
  /** TF-IDF vector: interned lemma ids in increasing order, and their tf * idf in 2^-16 units (exact sums). */
  terms: Int32Array;
  termWeights: Float64Array;
  tfidfNorm: number;
  /** Sum of `termWeights` (exact, like them). */
  termTotal: number;
  bigrams: Bigrams;
  entityKeys: Set<string>;
  numberValues: Set<number>;
  /** Indices into `words` of the sentence's predicates (see predicates.ts). */
  predicates: number[];
  /** Clauses as groups of indices into `words` (see clauses.ts). */
  clauses: number[][];
  /** `words[i].weight`, as a typed array. */
  weights: Float64Array;
  /** Type id of each word in `cache` (see WordSimCache.typeId); -1 without a cache. */
  typeIds: Int32Array;
  /** The document pair's similarity cache the word slots refer to. */
  cache?: WordSimCache;
  /** Sorted codes of consecutive content-lemma pairs (see extra.ts). */
  lemmaPairs: Float64Array;
  /** Sorted codes of word-token 1-, 2- and 3-grams over lower-case forms (see extra.ts). */
  grams: [Float64Array, Float64Array, Float64Array];
}

/**
 * TF-IDF weights in units of 2^-16, so that the sums over terms in lexicalSim and the norm are
 * exact integers. Terms are ordered by interned id, and interned ids depend on what the
 * process has seen before; with floating-point weights the order of addition, and so the
 * last bits of the result, would depend on earlier comparisons.
 */
const WEIGHT_UNITS = 65536;
function fixedPoint(w: number): number {
  return Math.round(w * WEIGHT_UNITS);
}

/** Interned lower-case forms of the word and number tokens. */
function tokenIds(analysis: SentenceAnalysis): number[] {
  const out: number[] = [];
  for (const t of analysis.tokens) if (t.type === 'word' || t.type === 'number') out.push(internId(t.norm));
  return out;
}

/** Lower-cased sentence text without whitespace, rebuilt from its tokens. */
function compactText(analysis: SentenceAnalysis): string {
  let s = '';
  for (const t of analysis.tokens) s += t.text;
  return s.toLowerCase();
}

/** A content word with everything that does not depend on the document pair. */
type WordType = Omit<PreparedWord, 'weight' | 'slot'>;

/** The parts of a prepared sentence that depend on the sentence alone, not on the pair. */
interface SentenceFeatures {
  types: WordType[];
  bigrams: Bigrams;
  entityKeys: Set<string>;
  numberValues: Set<number>;
  predicates: number[];
  clauses: number[][];
  lemmaPairs: Float64Array;
  grams: [Float64Array, Float64Array, Float64Array];
}

/**
 * Features by analysis object: a report analysed once and compared with several others
 * (batch, ReportCache) is prepared once. Nothing here is mutated after it is built; the
 * interned ids it holds are valid until the next `trimInterning`, which clears this table.
 */
let FEATURES = new WeakMap<SentenceAnalysis, SentenceFeatures>();
onInternReset(() => (FEATURES = new WeakMap()));

/** What a content word's lemma, surface form and number flag alone decide. */
type FormFeatures = Pick<WordType, 'lemmaId' | 'normId' | 'vid' | 'spell' | 'rel'>;

/**
 * Form features by lemma, form and number flag: a long report repeats its words, and the
 * look-ups (vector store, WordNet, interning) cost more than the rest of a sentence's
 * preparation. Cleared with the interned ids it holds.
 */
let FORMS = new Map<string, FormFeatures>();
onInternReset(
  () => (FORMS = new Map()),
  () => FORMS.size,
);

function formFeatures(lemma: string, norm: string, numeric: boolean): FormFeatures {
  const key = `${numeric ? '#' : ''}${lemma}\t${norm}`;
  let f = FORMS.get(key);
  if (f === undefined) {
    const store = getVectors();
    f = {
      lemmaId: internId(lemma),
      normId: internId(norm),
      vid: numeric ? -1 : (store.id(lemma) ?? store.id(norm) ?? -1),
      spell: spellingForm(norm),
      rel: numeric ? undefined : relatedWords([lemma, norm]),
    };
    FORMS.set(key, f);
  }
  return f;
}

function sentenceFeatures(analysis: SentenceAnalysis): SentenceFeatures {
  const known = FEATURES.get(analysis);
  if (known !== undefined) return known;
  // Object literals of one fixed shape (not spreads): a long report builds tens of thousands.
  const types: WordType[] = contentWords(analysis).map((w) => {
    const f = formFeatures(w.lemma, w.norm, w.numeric);
    const type: WordType = {
      index: w.index,
      lemma: w.lemma,
      norm: w.norm,
      lemmaId: f.lemmaId,
      normId: f.normId,
      vid: f.vid,
      proper: w.proper,
      numeric: w.numeric,
      keys: w.keys,
      spell: f.spell,
      rel: f.rel,
      key: '',
    };
    type.key = typeKey(type);
    return type;
  });
  const features: SentenceFeatures = {
    types,
    bigrams: bigrams(compactText(analysis)),
    entityKeys: new Set(analysis.entities.map((e) => e.key).filter(Boolean)),
    numberValues: new Set(analysis.numbers.map((n) => n.value).filter(Number.isFinite)),
    predicates: predicateWords(analysis, types),
    clauses: clauseGroups(
      analysis.tokens,
      types.map((w) => w.index),
    ),
    lemmaPairs: idPairs(types.map((w) => w.lemmaId)),
    grams: idGrams(tokenIds(analysis)),
  };
  FEATURES.set(analysis, features);
  return features;
}

export function prepareSentence(analysis: SentenceAnalysis, idf: IdfFunction, cache?: WordSimCache): PreparedSentence {
  const f = sentenceFeatures(analysis);
  const words: PreparedWord[] = [];
  const typeIds: number[] = [];
  // Term counts by interned lemma, with the lemma's IDF weight.
  const tf = new Map<number, { n: number; idf: number }>();
  let totalWeight = 0;
  for (const type of f.types) {
    const weight = idf(type.lemma);
    const id = cache ? cache.typeId(type) : -1;
    typeIds.push(id);
    words.push({
      index: type.index,
      lemma: type.lemma,
      norm: type.norm,
      lemmaId: type.lemmaId,
      normId: type.normId,
      weight,
      vid: type.vid,
      slot: cache && id < cache.slots ? id : -1,
      proper: type.proper,
      numeric: type.numeric,
      keys: type.keys,
      spell: type.spell,
      rel: type.rel,
      key: type.key,
    });
    totalWeight += weight;
    const t = tf.get(type.lemmaId);
    if (t === undefined) tf.set(type.lemmaId, { n: 1, idf: weight });
    else t.n++;
  }
  const entries = [...tf].map(([lemmaId, t]) => [lemmaId, fixedPoint(t.n * t.idf)] as const).sort((x, y) => x[0] - y[0]);
  const terms = Int32Array.from(entries, (e) => e[0]);
  const termWeights = Float64Array.from(entries, (e) => e[1]);
  let norm2 = 0;
  let termTotal = 0;
  for (const v of termWeights) {
    norm2 += v * v;
    termTotal += v;
  }
  return {
    analysis,
    words,
    totalWeight,
    terms,
    termWeights,
    tfidfNorm: Math.sqrt(norm2),
    termTotal,
    bigrams: f.bigrams,
    entityKeys: f.entityKeys,
    numberValues: f.numberValues,
    predicates: f.predicates,
    clauses: f.clauses,
    weights: Float64Array.from(words, (w) => w.weight),
    typeIds: Int32Array.from(typeIds),
    cache,
    lemmaPairs: f.lemmaPairs,
    grams: f.grams,
  };
}

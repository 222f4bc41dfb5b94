/**
 * Word-to-word similarity for alignment: exact lemma or shared entity/number key = 1,
 * otherwise the vector cosine when it reaches a floor (rescaled onto [0, 1]), a spelling
 * variant for words without vectors, else 0; raised to a fixed value when WordNet relates
 * the two words (synonyms.ts: same synset, derived form, direct hypernym). Numbers match
 * fully only exactly or by key; two different numbers match partly (numberSim).
 */
import type { PreparedWord } from './prepare.js';
import { editDistance } from '../nlp/edit-distance.js';
import { cosineOf, getVectors, type VectorStore } from './vectors.js';
import { SCORE_PARAMS } from './weights.js';
import { maxRelatedSim, relatedSim, type RelatedParams } from './synonyms.js';
import { PackedRows } from './packed-dots.js';

/** Default number of word types with a slot in the dense similarity table of a document pair. */
export const MAX_SLOTS = 2048;

type WordType = Omit<PreparedWord, 'slot' | 'index' | 'weight'>;

/** Identity of a word type: same lemma, form, vector, flags and keys = same similarities. */
export function typeKey(w: Omit<WordType, 'key'>): string {
  return `${w.lemmaId}|${w.normId}|${w.vid}|${w.proper ? 1 : 0}${w.numeric ? 1 : 0}|${w.keys.join('|')}`;
}

/**
 * Memoises the full word similarity between the distinct word types of one document pair
 * (same lemma, form, entity/number keys and flags = same type), so scoring tens of
 * thousands of sentence pairs costs table look-ups. Every type gets a dense id in order of
 * first appearance; the first `slots` ids have a slot in the table, later ones are
 * computed directly. Tied to one set of parameters.
 */
export class WordSimCache {
  private readonly ids = new Map<string, number>();
  private types: WordType[] = [];
  private table: Float32Array | undefined;
  private width = 0;
  /** Vector components of every type (see VectorStore.components), for fast exact cosines. */
  private readonly components: Array<Components | undefined> = [];

  /**
   * @param maxSlots most types with a slot in the dense table. The table is allocated on
   *   first use, sized to the types seen by then (at most maxSlots): a small document pair
   *   gets a small table that stays in the processor's cache.
   */
  constructor(
    readonly params: WordSimParams = SCORE_PARAMS.align,
    readonly maxSlots: number = MAX_SLOTS,
  ) {}

  /** Types with a slot: ids below this have one (fixed once the table exists). */
  get slots(): number {
    return this.table === undefined ? this.maxSlots : this.width;
  }

  /** Dense id of a word type (assigned on first sight); ids below `slots` are slotted. */
  typeId(w: WordType): number {
    const key = w.key;
    let s = this.ids.get(key);
    if (s === undefined) {
      s = this.types.length;
      this.types.push(w);
      this.ids.set(key, s);
      this.components.push(w.vid >= 0 ? getVectors().components(w.vid) : undefined);
    }
    return s;
  }

  /** Cache slot for a word type, -1 when the cache is full. */
  slot(w: WordType): number {
    const id = this.typeId(w);
    return id < this.slots ? id : -1;
  }

  /** Number of distinct types seen. */
  get size(): number {
    return this.types.length;
  }

  /**
   * The dense table: entry slotA * slots + slotB holds sim + 1 as float32, 0 = not computed
   * yet (fill it with `fill`).
   */
  dense(): Float32Array {
    if (this.table === undefined) {
      this.width = Math.max(1, Math.min(this.maxSlots, this.types.length));
      this.table = new Float32Array(this.width * this.width);
    }
    return this.table;
  }

  /**
   * Compute, store (both orders) and return sim + 1 of two slotted types. The value
   * returned is the exact double; later reads of the table get it rounded to float32.
   */
  fill(slotA: number, slotB: number): number {
    const table = this.dense();
    const v = wordSimOf(this.types[slotA], this.types[slotB], this.params, this.components[slotA], this.components[slotB]) + 1;
    table[slotA * this.slots + slotB] = v;
    table[slotB * this.slots + slotA] = v;
    return v;
  }

  /**
   * Fill the table for every slotted type of `as` (report A's words) against every slotted
   * type of `bs` (report B's): what scoring each sentence of A against each of B needs, in
   * one pass instead of one fill per first look-up. A type in both reports serves both
   * orders of a pair, so of two such types only the pair with the smaller id first is
   * computed. Each A type's cosines with all B types come from packed-dots.ts, exactly.
   */
  fillBlock(as: Iterable<number>, bs: Iterable<number>): void {
    const table = this.dense();
    const w = this.slots;
    const inA = new Uint8Array(w);
    const inB = new Uint8Array(w);
    for (const t of as) if (t >= 0 && t < w) inA[t] = 1;
    for (const t of bs) if (t >= 0 && t < w) inB[t] = 1;
    const order: number[] = [];
    for (let t = 0; t < w; t++) if (inB[t]) order.push(t);
    const withVec = order.filter((t) => this.components[t] !== undefined);
    const vecIndex = new Int32Array(w).fill(-1);
    withVec.forEach((t, k) => (vecIndex[t] = k));
    const dims = withVec.length > 0 ? this.components[withVec[0]]!.values.length : 0;
    const rows = new PackedRows(withVec.map((t) => this.components[t]!.values), dims);
    const dots = new Float64Array(withVec.length + 2);
    for (let x = 0; x < w; x++) {
      if (!inA[x]) continue;
      const ca = this.components[x];
      if (ca !== undefined && dims > 0) rows.dotsInto(ca.values, dots);
      const tx = this.types[x];
      const row = x * w;
      for (const y of order) {
        if (inA[y] && inB[x] && y < x) continue;
        if (table[row + y] !== 0) continue;
        const cb = this.components[y];
        const k = vecIndex[y];
        const cos = ca !== undefined && cb !== undefined && k >= 0 ? dots[k] * ca.scale * cb.scale : undefined;
        const v = wordSimOf(tx, this.types[y], this.params, ca, cb, cos) + 1;
        table[row + y] = v;
        table[y * w + x] = v;
      }
    }
  }

  /**
   * Similarity of two word types by id, slotted or not, without touching the table: what
   * wordSim computes for two words of these types, with the cosine from the kept components.
   */
  direct(x: number, y: number): number {
    return wordSimOf(this.types[x], this.types[y], this.params, this.components[x], this.components[y]);
  }

  /** Similarity of two slotted word types. */
  sim(slotA: number, slotB: number): number {
    const v = this.dense()[slotA * this.slots + slotB];
    return (v === 0 ? this.fill(slotA, slotB) : v) - 1;
  }
}

function shareKey(a: string[], b: string[]): boolean {
  for (const k of a) if (b.includes(k)) return true;
  return false;
}

export interface WordSimParams {
  /** Cosines below this count as no match. */
  floor: number;
  /** Let proper nouns match other words by vector (else only exactly or by entity key). */
  properByVector: boolean;
  /** Map cosines in [floor, 1] linearly onto [0, 1] (else keep the raw cosine). */
  rescale: boolean;
  /** WordNet relations as a further path (see synonyms.ts); the larger similarity wins. */
  related?: RelatedParams;
}

/** Letters and digits only: the form compared for spelling variants. */
export function spellingForm(word: string): string {
  return word.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Spelling variants of words the vectors cannot vouch for ("Tian'anmen" / "Tiananmen",
 * "Morsi" / "Mursi"): letters-only forms (see spellingForm) of at least 4 characters, no
 * digits, within a small edit distance. Returns a similarity in [0, 1] (0 when not variants).
 */
export function spellingSim(a: string, b: string): number {
  const x = spellingForm(a);
  const y = spellingForm(b);
  return spellingFormSim(x, y);
}

function spellingFormSim(x: string, y: string): number {
  if (x === y) return x.length > 0 ? 1 : 0;
  const len = Math.max(x.length, y.length);
  if (x.length < 4 || y.length < 4 || Math.abs(x.length - y.length) > 2) return 0;
  if (/\d/.test(x) || /\d/.test(y)) return 0;
  const max = len >= 8 ? 2 : 1;
  const d = editDistance(x, y, max);
  return d > max ? 0 : 1 - d / len;
}

/** Similarity of two words in [0, 1]; uses the cache when both are slotted in it with the same parameters. */
export function wordSim(a: PreparedWord, b: PreparedWord, params: WordSimParams, cache?: WordSimCache): number {
  if (cache !== undefined && a.slot >= 0 && b.slot >= 0 && cache.params === params) return cache.sim(a.slot, b.slot);
  return wordSimOf(a, b, params, undefined, undefined);
}

type Components = ReturnType<VectorStore['components']>;

/**
 * wordSim without the cache; `ca` / `cb` are the words' vector components when known, and
 * `cos` their cosine when already computed (fillBlock).
 */
function wordSimOf(a: WordType, b: WordType, params: WordSimParams, ca: Components | undefined, cb: Components | undefined, cos?: number): number {
  if (a.lemmaId === b.lemmaId || a.normId === b.normId) return 1;
  if (a.keys.length > 0 && b.keys.length > 0 && shareKey(a.keys, b.keys)) return 1;
  if (a.numeric || b.numeric) return a.numeric && b.numeric ? numberSim(a.keys, b.keys) : 0;
  const s = surfaceSim(a, b, params, ca, cb, cos);
  const r = params.related;
  if (r === undefined || a.rel === undefined || b.rel === undefined || s >= maxRelatedSim(r)) return s;
  return Math.max(s, relatedSim(a.rel, b.lemmaId, b.normId, r));
}

/** Most a pair of different numbers can score: a number in the other's place, but not the same fact. */
const NUMBER_SLOT = 0.5;

/** The value of a number word, from its `#<value>` key (see content.ts); undefined without one. */
function numberValue(keys: readonly string[]): number | undefined {
  for (const k of keys) if (k.startsWith('#')) return Number(k.slice(1));
  return undefined;
}

/**
 * Two different numbers ("300 homes" / "320 homes") fill the same place in their sentences:
 * a partial match, NUMBER_SLOT scaled by the ratio of the smaller magnitude to the larger,
 * so 300 and 320 come close to it and 15 and 2023 score next to nothing. Numbers of opposite
 * sign, or without a value, do not match.
 */
function numberSim(a: readonly string[], b: readonly string[]): number {
  const x = numberValue(a);
  const y = numberValue(b);
  if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y) || x * y < 0) return 0;
  const hi = Math.max(Math.abs(x), Math.abs(y));
  return hi === 0 ? NUMBER_SLOT : (NUMBER_SLOT * Math.min(Math.abs(x), Math.abs(y))) / hi;
}

/** Vector (or, for words without vectors, spelling) similarity of two non-numeric words. */
function surfaceSim(a: WordType, b: WordType, params: WordSimParams, ca: Components | undefined, cb: Components | undefined, cos?: number): number {
  if (a.vid < 0 || b.vid < 0) return spellingFormSim(a.spell, b.spell);
  if (!params.properByVector && (a.proper || b.proper)) return 0;
  const c = cos ?? (ca !== undefined && cb !== undefined ? cosineOf(ca, cb) : getVectors().cosineById(a.vid, b.vid));
  if (c < params.floor) return 0;
  return params.rescale ? (c - params.floor) / (1 - params.floor) : c;
}

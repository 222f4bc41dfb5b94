/**
 * The word-vector store: 200,000 lower-case words (frequency order) with unit-length
 * 100-d vectors quantised to int8, built by `scripts/build-vectors.mjs` into
 * `data/vectors.bin`. Loaded lazily, once per process, with one readFileSync: the file
 * carries its own open-addressing hash table of the words, so loading only makes
 * typed-array views and look-ups probe the table and compare against the word bytes.
 */
import { readFileSync } from 'node:fs';
import { readInBackground } from '../nlp/background-read.js';
import { PackedWords } from '../nlp/packed-words.js';
import { dataFile } from '../package-root.js';

/** File format tag; bumped whenever the layout changes (see scripts/build-vectors.mjs). */
export const VECTORS_MAGIC = 'SDVEC002';
const HEADER_BYTES = 32;

export interface VectorStore {
  /** Number of words in the store. */
  readonly size: number;
  readonly dims: number;
  has(word: string): boolean;
  /** Internal id of a word (also its 0-based frequency rank), undefined when absent. */
  id(word: string): number | undefined;
  /** Frequency rank (0 = most frequent), undefined when absent. */
  rank(word: string): number | undefined;
  /** De-quantised unit-length vector, undefined when absent. */
  vector(word: string): Float32Array | undefined;
  /** De-quantised unit-length vector by id. */
  vectorById(id: number): Float32Array;
  /** Cosine of two words in [-1, 1]; 0 when either is absent. */
  cosine(a: string, b: string): number;
  /** Cosine of two ids. */
  cosineById(a: number, b: number): number;
  /**
   * Word `id`'s stored integer components as doubles, and its scale: `cosineOf` of two of these
   * equals `cosineById` bit for bit, about twice as fast (for callers that reuse them).
   */
  components(id: number): { values: Float64Array; scale: number };
}

/** Default location: <package root>/data/vectors.bin. */
export function defaultVectorsPath(): string {
  return dataFile('vectors.bin');
}

const BROKEN = 'data/vectors.bin is truncated or corrupt: run npm run build';

class Int8VectorStore implements VectorStore {
  readonly size: number;
  readonly dims: number;
  /** The words (UTF-8, each followed by "\n"), their offsets and hash table of ids. */
  private readonly words: PackedWords;
  private readonly scales: Float32Array;
  private readonly data: Int8Array;

  constructor(input: Buffer) {
    if (input.length < HEADER_BYTES || input.toString('latin1', 0, 8) !== VECTORS_MAGIC) {
      throw new Error('data/vectors.bin is not a sourcediff vector store of this version: run npm run build');
    }
    // Typed-array views need 4-byte alignment; a pooled small Buffer may not have it.
    const buf = input.byteOffset % 4 === 0 ? input : Buffer.from(input);
    const count = buf.readUInt32LE(8);
    const dims = buf.readUInt32LE(12);
    const wordLength = buf.readUInt32LE(16);
    const tableSize = buf.readUInt32LE(20);
    const startsOffset = HEADER_BYTES + Math.ceil(wordLength / 4) * 4;
    const tableOffset = startsOffset + 4 * (count + 1);
    const scalesOffset = tableOffset + 4 * tableSize;
    const dataOffset = scalesOffset + 4 * count;
    if (tableSize === 0 || (tableSize & (tableSize - 1)) !== 0 || tableSize <= count || buf.length < dataOffset + count * dims) {
      throw new Error(BROKEN);
    }
    const at = buf.byteOffset;
    const starts = new Uint32Array(buf.buffer, at + startsOffset, count + 1);
    if (starts[count] !== wordLength) throw new Error(BROKEN);
    const wordBytes = Buffer.from(buf.buffer, at + HEADER_BYTES, wordLength);
    this.words = new PackedWords(wordBytes, starts, new Int32Array(buf.buffer, at + tableOffset, tableSize), 1);
    this.scales = new Float32Array(buf.buffer, at + scalesOffset, count);
    this.data = new Int8Array(buf.buffer, at + dataOffset, count * dims);
    this.size = count;
    this.dims = dims;
  }

  id(word: string): number | undefined {
    return this.words.id(word);
  }

  has(word: string): boolean {
    return this.id(word) !== undefined;
  }

  rank(word: string): number | undefined {
    return this.id(word);
  }

  vector(word: string): Float32Array | undefined {
    const id = this.id(word);
    return id === undefined ? undefined : this.vectorById(id);
  }

  vectorById(id: number): Float32Array {
    const out = new Float32Array(this.dims);
    const s = this.scales[id];
    const base = id * this.dims;
    for (let d = 0; d < this.dims; d++) out[d] = this.data[base + d] * s;
    return out;
  }

  cosine(a: string, b: string): number {
    const ia = this.id(a);
    const ib = this.id(b);
    return ia === undefined || ib === undefined ? 0 : this.cosineById(ia, ib);
  }

  components(id: number): { values: Float64Array; scale: number } {
    const dims = this.dims;
    const values = new Float64Array(dims);
    for (let d = 0, x = id * dims; d < dims; d++, x++) values[d] = this.data[x];
    return { values, scale: this.scales[id] };
  }

  cosineById(a: number, b: number): number {
    const dims = this.dims;
    const data = this.data;
    // Integer products summed in four lanes: exact in any order, and about twice as fast.
    let d0 = 0;
    let d1 = 0;
    let d2 = 0;
    let d3 = 0;
    let x = a * dims;
    let y = b * dims;
    const end = x + dims - (dims % 4);
    for (; x < end; x += 4, y += 4) {
      d0 += data[x] * data[y];
      d1 += data[x + 1] * data[y + 1];
      d2 += data[x + 2] * data[y + 2];
      d3 += data[x + 3] * data[y + 3];
    }
    for (const last = a * dims + dims; x < last; x++, y++) d0 += data[x] * data[y];
    return (d0 + d1 + d2 + d3) * this.scales[a] * this.scales[b];
  }
}

let store: VectorStore | undefined;

/** Load a store from an explicit file (mainly for tools and tests). */
export function loadVectors(file: string): VectorStore {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`word-vector store not found at ${file} (${code ?? 'read error'}): run npm run build`);
  }
  return new Int8VectorStore(buf);
}

/** The process-wide store, loaded on first use. */
export function getVectors(): VectorStore {
  store ??= loadVectors(defaultVectorsPath());
  return store;
}

/**
 * Start loading the process-wide store in the background (see nlp/background-read.ts), for
 * callers that have other work to do meanwhile. A failed read is left to getVectors() to report.
 */
export async function preloadVectors(): Promise<void> {
  if (store !== undefined) return;
  try {
    const bytes = await readInBackground(defaultVectorsPath());
    store ??= new Int8VectorStore(bytes);
  } catch {
    /* getVectors() reads again and raises the clear error */
  }
}

/**
 * Cosine of two words from their components (see VectorStore.components). The integer
 * products are summed exactly whatever the order, so the result equals cosineById's.
 */
export function cosineOf(a: { values: Float64Array; scale: number }, b: { values: Float64Array; scale: number }): number {
  const x = a.values;
  const y = b.values;
  const n = x.length;
  let d0 = 0;
  let d1 = 0;
  let d2 = 0;
  let d3 = 0;
  let i = 0;
  for (const end = n - (n % 4); i < end; i += 4) {
    d0 += x[i] * y[i];
    d1 += x[i + 1] * y[i + 1];
    d2 += x[i + 2] * y[i + 2];
    d3 += x[i + 3] * y[i + 3];
  }
  for (; i < n; i++) d0 += x[i] * y[i];
  return (d0 + d1 + d2 + d3) * a.scale * b.scale;
}

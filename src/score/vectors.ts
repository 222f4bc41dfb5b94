/**
 * The word-vector store: 200,000 lower-case words (frequency order) with unit-length
 * 100-d vectors quantised to int8, built by `scripts/build-vectors.mjs` into
 * `data/vectors.bin`. Loaded lazily, once per process, with one readFileSync.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const MAGIC = 'SDVEC001';

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
}

/** Default location: <package root>/data/vectors.bin, from dist/src/score/ or src/score/. */
export function defaultVectorsPath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const fromDist = path.resolve(here, '..', '..', '..', 'data', 'vectors.bin');
  const fromSrc = path.resolve(here, '..', '..', 'data', 'vectors.bin');
  return path.basename(path.resolve(here, '..', '..')) === 'dist' ? fromDist : fromSrc;
}

class Int8VectorStore implements VectorStore {
  readonly size: number;
  readonly dims: number;
  private readonly ids: Map<string, number>;
  private readonly scales: Float32Array;
  private readonly data: Int8Array;

  constructor(buf: Buffer) {
    if (buf.length < 24 || buf.toString('latin1', 0, 8) !== MAGIC) {
      throw new Error('data/vectors.bin is not a sourcediff vector store: run npm run build');
    }
    const count = buf.readUInt32LE(8);
    const dims = buf.readUInt32LE(12);
    const wordBytes = buf.readUInt32LE(16);
    const scalesOffset = 24 + Math.ceil(wordBytes / 4) * 4;
    const dataOffset = scalesOffset + 4 * count;
    if (buf.length < dataOffset + count * dims) {
      throw new Error('data/vectors.bin is truncated: run npm run build');
    }
    const words = buf.toString('utf8', 24, 24 + wordBytes).split('\n');
    this.ids = new Map();
    for (let i = 0; i < words.length; i++) this.ids.set(words[i], i);
    this.scales = new Float32Array(count);
    for (let i = 0; i < count; i++) this.scales[i] = buf.readFloatLE(scalesOffset + 4 * i);
    this.data = new Int8Array(buf.buffer, buf.byteOffset + dataOffset, count * dims);
    this.size = count;
    this.dims = dims;
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  rank(word: string): number | undefined {
    return this.ids.get(word);
  }

  vector(word: string): Float32Array | undefined {
    const id = this.ids.get(word);
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
    const ia = this.ids.get(a);
    const ib = this.ids.get(b);
    return ia === undefined || ib === undefined ? 0 : this.cosineById(ia, ib);
  }

  cosineById(a: number, b: number): number {
    const dims = this.dims;
    const data = this.data;
    let dot = 0;
    for (let d = 0, x = a * dims, y = b * dims; d < dims; d++, x++, y++) dot += data[x] * data[y];
    return dot * this.scales[a] * this.scales[b];
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

/**
 * wink's known words ("lexemes"): the list, indexed by lexeme id, and the word-to-id table.
 * wink reads both per token and appends the new words of every text (src/nlp/wink.ts takes
 * them out of the table again). From data/wink-core.bin both load in a few milliseconds,
 * instead of the 25 ms an 87,000-entry array and dictionary object cost; from the package
 * JSON (the fallback) the table is a Map. Either way they behave like wink's own for
 * everything wink does: single-key get, set, `in` and delete on the table; index, length and
 * push on the list.
 */
import { readFileSync } from 'node:fs';
import { PackedWords } from './packed-words.js';

export interface Lexemes {
  list: string[];
  hash: Record<string, number>;
}

/** Format tag of data/wink-core.bin (scripts/build-wink-core.mjs). */
export const WINK_CORE_MAGIC = 'SDWNK002';
const HEADER_BYTES = 64;
const VERSION_AT = 32;

/** What the prebuilt file must have been made from: the installed model JSON's size and version. */
export interface CoreSource {
  bytes: number;
  version: string;
}

/**
 * A word-to-id table over `known` (the model's own words) that takes later changes: words set
 * or deleted go to a small Map, which shadows `known`; undefined there marks a deleted word.
 * Like a prototype-less object, it has no inherited keys.
 */
function changeableTable(known: (word: string) => number | undefined): Record<string, number> {
  const changed = new Map<string, number | undefined>();
  const get = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    return changed.has(key) ? changed.get(key) : known(key);
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => get(key),
    set: (_target, key, value: number) => (typeof key === 'string' && changed.set(key, value), true),
    has: (_target, key) => get(key) !== undefined,
    deleteProperty: (_target, key) => {
      // A word added later is simply forgotten; a model word needs a mark that it is gone.
      if (typeof key === 'string') {
        if (known(key) === undefined) changed.delete(key);
        else changed.set(key, undefined);
      }
      return true;
    },
  });
}

/**
 * The table for a list of words in memory (the package-JSON fallback; data/wink-core.bin brings
 * its own hash table): a Map of list positions, a repeated word keeping its last.
 */
export function wordTable(words: readonly string[]): Record<string, number> {
  const positions = new Map<string, number>();
  for (let k = 0; k < words.length; k++) positions.set(words[k], k);
  return changeableTable((word) => positions.get(word));
}

/**
 * A list whose first `packed.count` entries are read from `packed` when first asked for (and
 * kept); entries from there on are ordinary array entries, so push and length work as usual.
 */
function packedList(packed: PackedWords): string[] {
  const base = packed.count;
  const decoded: Array<string | undefined> = [];
  const added: string[] = [];
  const index = (key: string | symbol): number => {
    if (typeof key !== 'string' || key.length === 0) return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return Number.isInteger(i) && String(i) === key ? i : -1;
  };
  return new Proxy(added, {
    get(target, key, receiver) {
      if (key === 'length') return base + target.length;
      const i = index(key);
      if (i < 0) return Reflect.get(target, key, receiver);
      if (i < base) return (decoded[i] ??= packed.word(i));
      return target[i - base];
    },
    set(target, key, value, receiver) {
      if (key === 'length') {
        target.length = Math.max(0, Number(value) - base);
        return true;
      }
      const i = index(key);
      if (i < 0) return Reflect.set(target, key, value, receiver);
      if (i < base) decoded[i] = value as string;
      else target[i - base] = value as string;
      return true;
    },
    has(target, key) {
      const i = index(key);
      return i < 0 ? Reflect.has(target, key) : i < base + target.length;
    },
  });
}

/** The lexemes of a model whose word list is in memory (the package's JSON). */
export function lexemesFromList(list: string[]): Lexemes {
  return { list, hash: wordTable(list) };
}

/**
 * The model JSON and packed word list from data/wink-core.bin, undefined when the file is
 * missing, damaged, of another format, or built from another model package version or JSON
 * size than the installed one.
 */
export function readPrebuiltCore(file: string, source: CoreSource): { json: string; lexemes: Lexemes } | undefined {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return undefined;
  }
  if (buf.length < HEADER_BYTES || buf.toString('latin1', 0, 8) !== WINK_CORE_MAGIC) return undefined;
  if (buf.byteOffset % 4 !== 0) buf = Buffer.from(buf);
  const count = buf.readUInt32LE(8);
  const blockBytes = buf.readUInt32LE(12);
  const tableSize = buf.readUInt32LE(16);
  const jsonBytes = buf.readUInt32LE(24);
  if (buf.readUInt32LE(20) !== source.bytes) return undefined;
  if (buf.toString('latin1', VERSION_AT, HEADER_BYTES).replace(/\0+$/, '') !== source.version) return undefined;
  const pad4 = (n: number) => Math.ceil(n / 4) * 4;
  const blockOffset = HEADER_BYTES + pad4(jsonBytes);
  const startsOffset = blockOffset + pad4(blockBytes);
  const tableOffset = startsOffset + 4 * (count + 1);
  if (tableSize === 0 || (tableSize & (tableSize - 1)) !== 0 || tableSize <= count || buf.length !== tableOffset + 4 * tableSize) return undefined;
  const at = buf.byteOffset;
  const starts = new Uint32Array(buf.buffer, at + startsOffset, count + 1);
  if (starts[count] !== blockBytes) return undefined;
  const packed = new PackedWords(buf.subarray(blockOffset, blockOffset + blockBytes), starts, new Int32Array(buf.buffer, at + tableOffset, tableSize));
  return {
    json: buf.toString('utf8', HEADER_BYTES, HEADER_BYTES + jsonBytes),
    lexemes: { list: packedList(packed), hash: changeableTable((word) => packed.id(word)) },
  };
}

/**
 * A word list stored as build-time typed arrays: the words' UTF-8 bytes, each word's byte
 * offset, and an open-addressing hash table (linear probing, wordHash) of word ids. Looking a
 * word up compares it against the bytes, so loading makes no string per word. Used for the
 * word-vector store (score/vectors.ts) and wink's known words (core-model.ts).
 */
import { wordHash } from './word-hash.js';

export class PackedWords {
  readonly count: number;
  private readonly mask: number;

  /**
   * @param bytes UTF-8 of all words in order, each followed by `gap` separator bytes
   * @param starts byte offset of each word; starts[count] = end of the block
   * @param table word ids by hash slot, -1 = empty; its length a power of two
   */
  constructor(
    private readonly bytes: Buffer,
    private readonly starts: Uint32Array,
    private readonly table: Int32Array,
    private readonly gap = 0,
  ) {
    this.count = starts.length - 1;
    this.mask = table.length - 1;
  }

  /** The id of `word`, undefined when it is not in the list. */
  id(word: string): number | undefined {
    const table = this.table;
    for (let e = wordHash(word) & this.mask; ; e = (e + 1) & this.mask) {
      const id = table[e];
      if (id < 0) return undefined;
      if (this.matches(id, word)) return id;
    }
  }

  /** Word `id` as a string. */
  word(id: number): string {
    return this.bytes.toString('utf8', this.starts[id], this.starts[id + 1] - this.gap);
  }

  /** Whether word `id` is `word`: ASCII compared code by code, the rest through UTF-8. */
  private matches(id: number, word: string): boolean {
    const start = this.starts[id];
    const len = this.starts[id + 1] - this.gap - start;
    const bytes = this.bytes;
    let i = 0;
    for (; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (c >= 0x80) break;
      if (i >= len || bytes[start + i] !== c) return false;
    }
    if (i === word.length) return i === len;
    const utf8 = Buffer.from(word, 'utf8');
    if (utf8.length !== len) return false;
    for (let k = i; k < len; k++) if (bytes[start + k] !== utf8[k]) return false;
    return true;
  }
}

/**
 * Look-ups in a build-time data file of sorted lines "key<TAB>rest" (data/antonyms.txt,
 * data/synonyms.txt): binary search over the raw bytes, read on first use, nothing indexed
 * up front, so start-up costs one file read. Keys compare byte by byte as UTF-8, which is the
 * order the build scripts' default sort gives for the ASCII words these files hold.
 */
import { readFileSync } from 'node:fs';
import { readInBackground } from './background-read.js';

const TAB = 9;
const NEWLINE = 10;

/** Start of the line holding byte `at`. */
function lineStart(b: Buffer, at: number): number {
  while (at > 0 && b[at - 1] !== NEWLINE) at--;
  return at;
}

/** Compare the key of the line starting at `at` with `key`: <0, 0, >0. */
function compareKey(b: Buffer, at: number, key: Buffer): number {
  for (let i = 0; ; i++) {
    const byte = at + i < b.length ? b[at + i] : NEWLINE;
    const c = byte === TAB || byte === NEWLINE ? -1 : byte;
    const d = i < key.length ? key[i] : -1;
    if (c !== d || c === -1) return c - d;
  }
}

export class SortedLines {
  private bytes: Buffer | undefined;

  /** @param file path of the data file; `missing` is the error message when it cannot be read. */
  constructor(
    private readonly file: () => string,
    private readonly missing: string,
  ) {}

  /** The rest (after the first tab) of every line whose key is `key`, in file order. */
  lookup(key: string): string[] {
    const b = (this.bytes ??= this.read());
    const k = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = b.length;
    let hit = -1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = lineStart(b, mid);
      const c = compareKey(b, start, k);
      if (c === 0) {
        hit = start;
        break;
      }
      if (c < 0) lo = b.indexOf(NEWLINE, mid) + 1 || b.length;
      else hi = start;
    }
    if (hit < 0) return [];
    let first = hit;
    while (first > 0) {
      const prev = lineStart(b, first - 1);
      if (compareKey(b, prev, k) !== 0) break;
      first = prev;
    }
    const out: string[] = [];
    for (let at = first; at < b.length && compareKey(b, at, k) === 0; ) {
      const tab = b.indexOf(TAB, at);
      const end = b.indexOf(NEWLINE, at);
      const stop = end < 0 ? b.length : end;
      out.push(tab >= 0 && tab < stop ? b.toString('utf8', tab + 1, stop) : '');
      at = stop + 1;
    }
    return out;
  }

  /**
   * Start reading the file in the background (see background-read.ts); look-ups made after the
   * promise settles use those bytes. A failed read is left to the first look-up to report.
   */
  async preload(): Promise<void> {
    if (this.bytes !== undefined) return;
    let file: string;
    try {
      file = this.file();
      const bytes = await readInBackground(file);
      this.bytes ??= bytes;
    } catch {
      /* the synchronous read at the first look-up raises the clear error */
    }
  }

  private read(): Buffer {
    try {
      return readFileSync(this.file());
    } catch {
      throw new Error(this.missing);
    }
  }
}

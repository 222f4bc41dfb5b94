/**
 * Fingerprints of report files: the sha256 of a file's bytes, as lowercase hex. A batch
 * result line records one per report (`"sha256": {"a": ..., "b": ...}`), taken from the very
 * bytes the worker compared; a rerun hashes the files again to tell whether a report was
 * edited since (batch-resume.ts).
 *
 * Every byte counts, line endings and a byte-order mark included: the result's offsets
 * count the characters of the file as it was read (ingest never rewrites the text), so a
 * file converted between LF and CRLF, or given or stripped of a byte-order mark, no longer
 * matches the result line's offsets. When a file changed in that way only, a rerun says so
 * (`layoutChange`), since the text reads the same and the refusal would otherwise puzzle.
 */
import { createHash } from 'node:crypto';
import { InputError } from '../src/errors.js';
import { readFileBytes } from './read-input.js';

/** The sha256 of `bytes`, as 64 lowercase hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Is `v` a fingerprint as sha256Hex writes it? */
export function isSha256Hex(v: unknown): v is string {
  return typeof v === 'string' && /^[0-9a-f]{64}$/.test(v);
}

/** A file's fingerprint as it is now, or why it cannot be read (without the file's name). */
export type FileState = { sha256: string } | { error: string };

/** The fingerprints of files as they are now: each file is read once, however many pairs share it. */
export class CurrentFingerprints {
  private readonly seen = new Map<string, FileState>();

  of(file: string): FileState {
    let state = this.seen.get(file);
    if (state === undefined) {
      try {
        state = { sha256: sha256Hex(readFileBytes(file)) };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        state = { error: e.message.startsWith(`${file}: `) ? e.message.slice(file.length + 2) : e.message };
      }
      this.seen.set(file, state);
    }
    return state;
  }

  /**
   * For a file whose fingerprint is no longer `recorded`: whether it changed in its line
   * endings or byte-order mark only (see layoutChange). Reads the file again: this runs
   * only when a rerun is refused.
   */
  layoutChangeOf(file: string, recorded: string): string | null {
    try {
      return layoutChange(readFileBytes(file), recorded);
    } catch (e) {
      if (e instanceof InputError) return null;
      throw e;
    }
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const CR = 13;
const LF = 10;

function withoutBom(bytes: Buffer): Buffer {
  return bytes.subarray(0, 3).equals(BOM) ? bytes.subarray(3) : bytes;
}

/** `bytes` with every CRLF as LF. */
function lfEndings(bytes: Buffer): Buffer {
  const out = Buffer.alloc(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (!(bytes[i] === CR && bytes[i + 1] === LF)) out[n++] = bytes[i];
  return out.subarray(0, n);
}

/** `bytes` with every line feed as CRLF. */
function crlfEndings(bytes: Buffer): Buffer {
  const lf = lfEndings(bytes);
  let breaks = 0;
  for (const b of lf) if (b === LF) breaks++;
  const out = Buffer.alloc(lf.length + breaks);
  let n = 0;
  for (const b of lf) {
    if (b === LF) out[n++] = CR;
    out[n++] = b;
  }
  return out;
}

/**
 * How the file now holding `bytes` differs from the one whose sha256 is `recorded`, when it
 * differs only in its line endings (it had LF or CRLF throughout) or its byte-order mark:
 * words such as "its line endings (CRLF then, LF now)"; null when it is not such a change
 * (or is no change).
 */
export function layoutChange(bytes: Buffer, recorded: string): string | null {
  if (sha256Hex(bytes) === recorded) return null;
  const body = withoutBom(bytes);
  const hasBom = body.length < bytes.length;
  const hasBreaks = body.includes(LF);
  const endings: Array<[Buffer, string | null]> = [[body, null]];
  if (hasBreaks) {
    const lf = lfEndings(body);
    const crlf = crlfEndings(body);
    // Not LF and not CRLF throughout: some lines were converted.
    const now = lf.equals(body) ? 'LF' : crlf.equals(body) ? 'CRLF' : 'mixed';
    if (now !== 'LF') endings.push([lf, `its line endings (LF then, ${now} now)`]);
    if (now !== 'CRLF') endings.push([crlf, `its line endings (CRLF then, ${now} now)`]);
  }
  const marks: Array<[boolean, string | null]> = [
    [hasBom, null],
    [!hasBom, hasBom ? 'its byte-order mark (none then, one now)' : 'its byte-order mark (one then, none now)'],
  ];
  for (const [text, ending] of endings) {
    for (const [bom, mark] of marks) {
      if (ending === null && mark === null) continue;
      const candidate = bom ? Buffer.concat([BOM, text]) : text;
      if (sha256Hex(candidate) === recorded) return [ending, mark].filter((w) => w !== null).join(' and ');
    }
  }
  return null;
}

/**
 * Fingerprints of report files: the sha256 of a file's bytes, as lowercase hex. A batch
 * result line records one per report (`"sha256": {"a": ..., "b": ...}`), taken from the very
 * bytes the worker compared; a rerun hashes the files again to tell whether a report was
 * edited since (batch-resume.ts).
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
}

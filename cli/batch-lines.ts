/** The lines of a batch output: a pair's result model, or an error for that pair alone. */
import type { Comparison } from '../src/model/result.js';
import { isSha256Hex } from './batch-fingerprint.js';

/** What the main thread sends a worker for one pair. */
export interface WorkerTask {
  id: string;
  /** Paths as the manifest wrote them (they go into the output line). */
  a: string;
  b: string;
  /** Resolved paths (relative to the manifest's directory). */
  aPath: string;
  bPath: string;
  nameA?: string;
  nameB?: string;
}

/**
 * What a pair's result was computed from, as far as an output line records it: the two
 * paths as the manifest wrote them and the two display names (null where the line lacks one).
 */
export interface PairInputs {
  a: string | null;
  b: string | null;
  nameA: string | null;
  nameB: string | null;
}

/** The sha256 (64 lowercase hex digits) of the bytes of each report a result was computed from. */
export interface ReportFingerprints {
  a: string;
  b: string;
}

/** What a result line records: its inputs, and its reports' fingerprints (null when it has none). */
export interface RecordedResult extends PairInputs {
  sha256: ReportFingerprints | null;
}

/** The inputs recorded in a parsed result line. */
export function resultInputs(o: { a?: unknown; b?: unknown; sha256?: unknown; result?: unknown }): RecordedResult {
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const sources = (o.result as { sources?: unknown } | undefined)?.sources;
  const nameOf = (i: number) => (Array.isArray(sources) ? text((sources[i] as { name?: unknown } | null)?.name) : null);
  const hashes = o.sha256 as { a?: unknown; b?: unknown } | null | undefined;
  const sha256 = isSha256Hex(hashes?.a) && isSha256Hex(hashes?.b) ? { a: hashes.a, b: hashes.b } : null;
  return { a: text(o.a), b: text(o.b), nameA: nameOf(0), nameB: nameOf(1), sha256 };
}

export interface ResultLine {
  id: string;
  a: string | null;
  b: string | null;
  sha256: ReportFingerprints;
  result: Comparison;
}

export interface ErrorLine {
  id: string;
  a: string | null;
  b: string | null;
  error: string;
}

export type OutputLine = ResultLine | ErrorLine;

/** A finished output line (no newline), the id it is for, and whether it is an error line. */
export interface Finished {
  id: string;
  line: string;
  error: boolean;
}

export function resultLine(p: { id: string; a: string | null; b: string | null }, sha256: ReportFingerprints, result: Comparison): Finished {
  const line: ResultLine = { id: p.id, a: p.a, b: p.b, sha256, result };
  return { id: p.id, line: JSON.stringify(line), error: false };
}

/** An error line; the message is cut to its first line. */
export function errorLine(p: { id: string; a: string | null; b: string | null }, message: string): Finished {
  const line: ErrorLine = { id: p.id, a: p.a, b: p.b, error: message.split(/\r?\n/)[0] };
  return { id: p.id, line: JSON.stringify(line), error: true };
}

/**
 * The batch manifest: JSON Lines, one pair per line,
 * `{"a": path, "b": path, "nameA"?: string, "nameB"?: string, "id"?: string}`.
 * Paths are relative to the manifest's directory; names, when given, are not blank.
 * Parsing is pure: a malformed line becomes an error entry for that line alone, never an
 * exception.
 */
import path from 'node:path';
import type { WorkerTask } from './batch-lines.js';

/** One pair to compare: the worker's task plus its manifest line. */
export interface PairJob extends WorkerTask {
  kind: 'pair';
  line: number;
}

/** A manifest line that cannot be run; it is reported as an error line. */
export interface BadLine {
  kind: 'bad';
  id: string;
  line: number;
  a: string | null;
  b: string | null;
  error: string;
}

export type ManifestEntry = PairJob | BadLine;

/** The id of a pair without an explicit one: its two paths as written. */
export function defaultPairId(a: string, b: string): string {
  return `${a} :: ${b}`;
}

/** The id of a line that has no usable id or paths. */
export function lineId(line: number): string {
  return `line ${line}`;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

/** Parse one non-blank manifest line (1-based `line`). */
export function parseManifestLine(text: string, line: number, baseDir: string): ManifestEntry {
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch {
    return { kind: 'bad', id: lineId(line), line, a: null, b: null, error: `manifest line ${line}: not valid JSON` };
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return { kind: 'bad', id: lineId(line), line, a: null, b: null, error: `manifest line ${line}: expected a JSON object` };
  }
  const o = obj as Record<string, unknown>;
  const a = str(o.a);
  const b = str(o.b);
  const explicitId = typeof o.id === 'string' && o.id !== '' ? o.id : typeof o.id === 'number' ? String(o.id) : null;
  const bad = (error: string): BadLine => ({
    kind: 'bad',
    id: explicitId ?? (a && b ? defaultPairId(a, b) : lineId(line)),
    line,
    a,
    b,
    error: `manifest line ${line}: ${error}`,
  });
  if (!a || !b) return bad('"a" and "b" must be non-empty strings (paths)');
  for (const k of ['nameA', 'nameB'] as const) {
    if (o[k] !== undefined && typeof o[k] !== 'string') return bad(`"${k}" must be a string`);
    // An empty name would quietly become "A" or "B" in the result.
    if (typeof o[k] === 'string' && (o[k] as string).trim() === '') return bad(`"${k}" must not be empty (leave it out to use the file name)`);
  }
  if (o.id !== undefined && explicitId === null) return bad('"id" must be a non-empty string or a number');
  return {
    kind: 'pair',
    id: explicitId ?? defaultPairId(a, b),
    line,
    a,
    b,
    aPath: path.resolve(baseDir, a),
    bPath: path.resolve(baseDir, b),
    nameA: o.nameA as string | undefined,
    nameB: o.nameB as string | undefined,
  };
}

/**
 * Parse a whole manifest. Blank lines are skipped (they still count for line numbers).
 * A second entry with an id already seen becomes a bad line, so ids stay unique.
 */
export function parseManifest(text: string, baseDir: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  const firstLine = new Map<string, number>();
  // A byte-order mark before the first line is not part of its JSON.
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const line = i + 1;
    let entry = parseManifestLine(lines[i], line, baseDir);
    const seen = firstLine.get(entry.id);
    if (seen !== undefined) {
      entry = {
        kind: 'bad',
        id: `${entry.id} (line ${line})`,
        line,
        a: entry.a,
        b: entry.b,
        error: `manifest line ${line}: duplicate id "${entry.id}" (first on line ${seen})`,
      };
    }
    firstLine.set(entry.id, line);
    out.push(entry);
  }
  return out;
}

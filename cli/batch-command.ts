/**
 * `sourcediff batch MANIFEST.jsonl -o RESULTS.jsonl [--workers N]`: compare many pairs on
 * a pool of worker threads (piscina). Output lines are written in manifest order, one
 * complete line per write; a rerun skips ids whose result line is for the same inputs,
 * file contents included (refusing to start when an id's inputs changed, batch-resume.ts),
 * and first cuts away a partial last line left by a crash. A bad pair becomes an error
 * line; it never stops the batch, but the batch then reports itself incomplete (exit code
 * 3, see main.ts). Bad command-line input is an InputError before any output file is
 * created.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { InputError } from '../src/errors.js';
import { groupPairs, groupSizeFor, runGroup } from './batch-groups.js';
import type { Finished, WorkerTask } from './batch-lines.js';
import { parseManifest, type ManifestEntry } from './batch-manifest.js';
import { checkOutputPath, openOutput } from './batch-output.js';
import { incompleteLine, progressOn, type BatchCounts } from './batch-progress.js';
import { checkResumable } from './batch-resume.js';
import { sameExistingFile } from './output.js';
import { MAX_MANIFEST_BYTES, readText } from './read-input.js';

/** Arguments of `sourcediff batch`. */
export interface BatchArgs {
  manifest: string;
  output: string;
  workers?: number;
}

/** How a batch ended: the manifest's entries that have an error line, in manifest order. */
export interface BatchOutcome {
  failed: number;
  failedIds: string[];
}

export const MAX_WORKERS = 64;
/** Groups of results held ahead of the write position, per worker (bounds memory on a slow pair). */
const WINDOW_PER_WORKER = 4;

/** The worker count to use: the flag when given, otherwise the cores (at most 8). */
export function resolveWorkers(flag: unknown, cores: number = availableParallelism()): number {
  if (flag === undefined) return Math.max(1, Math.min(8, cores));
  if (typeof flag !== 'number' || !Number.isInteger(flag) || flag < 1 || flag > MAX_WORKERS) {
    throw new InputError(`--workers must be a whole number from 1 to ${MAX_WORKERS} (got ${String(flag)})`);
  }
  return flag;
}

function workerFile(): string {
  return fileURLToPath(new URL('./batch-worker.js', import.meta.url));
}

export async function runBatch(args: BatchArgs): Promise<BatchOutcome> {
  if (typeof args.output !== 'string' || args.output === '') throw new InputError('batch needs -o FILE for the results');
  if (typeof args.manifest !== 'string' || args.manifest === '') throw new InputError('batch needs a manifest file');
  // A rerun reads the results back, and manifest paths are relative to the manifest's folder.
  if (args.output === '-') throw new InputError('batch writes its results to a file, not standard output: give -o a file name');
  if (args.manifest === '-') throw new InputError('batch reads its manifest from a file, not standard input: its paths are relative to its folder');
  const wanted = resolveWorkers(args.workers);
  checkOutputPath(args.output);
  if (path.resolve(args.output) === path.resolve(args.manifest) || sameExistingFile(args.output, args.manifest)) {
    throw new InputError(`${args.output}: the output cannot be the manifest itself`);
  }
  const manifest = readText(args.manifest, undefined, MAX_MANIFEST_BYTES);
  const entries = parseManifest(manifest.text, path.dirname(path.resolve(args.manifest)));
  if (entries.length === 0) throw new InputError(`${args.manifest}: has no pairs`);

  // Pairs that failed before run again (a missing file may be in place now); a manifest
  // line that cannot be read fails the same way every time, so its error line stays.
  const pairIds = new Set(entries.filter((e) => e.kind === 'pair').map((e) => e.id));
  // A result line counts as done only for the inputs it was computed from, and only when
  // it is its id's one result line (batch-resume.ts).
  const out = openOutput(
    args.output,
    (id) => pairIds.has(id),
    (scan) => checkResumable(entries, scan, args.output),
  );
  // Pairs with a result line are done, and so are error lines kept as they were.
  const retried = new Set(out.retried);
  const todo = entries.filter((e) => !out.scan.done.has(e.id) && (!out.scan.failed.has(e.id) || retried.has(e.id)));
  // Error lines kept from an earlier run (manifest lines that cannot be read) still fail.
  const failedIds = new Set(entries.filter((e) => out.scan.failed.has(e.id) && !retried.has(e.id)).map((e) => e.id));
  const counts: BatchCounts = { total: todo.length, done: 0, errors: 0, skipped: entries.length - todo.length };
  const progress = progressOn(process.stderr);
  if (out.truncated > 0) {
    process.stderr.write(`sourcediff batch: cut a partial last line (${out.truncated} bytes) from ${args.output}\n`);
  }
  if (out.retried.length > 0) {
    process.stderr.write(`sourcediff batch: ${out.retried.length} pair(s) failed in an earlier run; trying them again\n`);
  }
  if (out.scan.unreadable > 0) {
    process.stderr.write(`sourcediff batch: ${out.scan.unreadable} line(s) of ${args.output} are not result lines; left as they are\n`);
  }
  progress.begin(counts);
  const groups = groupPairs(todo, groupSizeFor(todo.filter((e) => e.kind === 'pair').length, wanted));
  const pairGroups = groups.filter((g) => g[0].kind === 'pair').length;
  const threads = Math.max(1, Math.min(wanted, pairGroups));
  const pool =
    pairGroups > 0 ? new Piscina<WorkerTask[], Finished[]>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 60_000 }) : null;

  const run = (group: ManifestEntry[]) => runGroup(group, (tasks) => pool!.run(tasks));
  const write = (f: Finished) => {
    out.writeLine(f.line);
    counts.done++;
    if (f.error) {
      counts.errors++;
      failedIds.add(f.id);
    }
    progress.update(counts);
  };

  try {
    const window = threads * WINDOW_PER_WORKER;
    const pending: Promise<Finished[]>[] = [];
    for (const group of groups) {
      pending.push(run(group));
      if (pending.length >= window) for (const f of await pending.shift()!) write(f);
    }
    while (pending.length > 0) for (const f of await pending.shift()!) write(f);
  } finally {
    out.close();
    await pool?.destroy();
  }
  progress.finish(counts, args.output);
  const failed = entries.filter((e) => failedIds.has(e.id)).map((e) => e.id);
  if (failed.length > 0) process.stderr.write(`${incompleteLine(failed, entries.length, args.output)}\n`);
  return { failed: failed.length, failedIds: failed };
}

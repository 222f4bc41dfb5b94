/**
 * Batch tasks: consecutive manifest pairs that share a report go to one worker together,
 * so the worker analyses that report once (see ReportCache). Researchers' manifests are
 * mostly of this shape: every pair among the outlets covering one event. Grouping never
 * reorders: groups are runs of consecutive entries, and output stays in manifest order.
 */
import { errorLine, type Finished, type WorkerTask } from './batch-lines.js';
import type { ManifestEntry, PairJob } from './batch-manifest.js';

/** At most this many pairs in one task, so that both workers stay busy to the end. */
export const MAX_GROUP = 6;

/**
 * The largest group for `pairs` pairs on `workers` workers: small enough that every worker
 * gets about four tasks (a small manifest is not run by one worker), at most MAX_GROUP.
 */
export function groupSizeFor(pairs: number, workers: number): number {
  return Math.max(1, Math.min(MAX_GROUP, Math.floor(pairs / (4 * Math.max(1, workers)))));
}

/** Split entries into runs of consecutive pairs linked by a shared file; other entries stand alone. */
export function groupPairs(entries: ManifestEntry[], max: number = MAX_GROUP): ManifestEntry[][] {
  const groups: ManifestEntry[][] = [];
  let current: ManifestEntry[] = [];
  let files = new Set<string>();
  const close = () => {
    if (current.length > 0) groups.push(current);
    current = [];
    files = new Set();
  };
  for (const e of entries) {
    if (e.kind !== 'pair') {
      close();
      groups.push([e]);
      continue;
    }
    const shares = files.has(e.aPath) || files.has(e.bPath);
    if (!shares || current.length >= max) close();
    current.push(e);
    files.add(e.aPath);
    files.add(e.bPath);
  }
  close();
  return groups;
}

function taskOf(e: PairJob): WorkerTask {
  return { id: e.id, a: e.a, b: e.b, aPath: e.aPath, bPath: e.bPath, nameA: e.nameA, nameB: e.nameB };
}

/**
 * The output lines of one group, in order: a bad line's error, or the pairs' results from
 * `runTasks` (the worker pool). When a worker dies on a group, its pairs run again one per
 * task, so only a pair that itself kills a worker gets an error line.
 */
export function runGroup(group: ManifestEntry[], runTasks: (tasks: WorkerTask[]) => Promise<Finished[]>): Promise<Finished[]> {
  const [first] = group;
  if (first.kind === 'bad') return Promise.resolve([errorLine(first, first.error)]);
  const jobs = group.filter((e): e is PairJob => e.kind === 'pair');
  const one = (e: PairJob): Promise<Finished> =>
    runTasks([taskOf(e)]).then(
      ([f]) => f,
      (err: unknown) => errorLine(e, `internal error: ${(err as Error)?.message ?? String(err)}`),
    );
  if (jobs.length === 1) return one(jobs[0]).then((f) => [f]);
  return runTasks(jobs.map(taskOf)).catch(() => Promise.all(jobs.map(one)));
}

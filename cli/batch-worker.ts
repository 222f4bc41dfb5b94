/**
 * Piscina worker of `sourcediff batch`: reads and compares a group of pairs (see
 * batch-groups.ts) and returns their finished output lines, one per pair. Compiled to
 * dist/cli/batch-worker.js, so it imports the compiled engine. The vector store and the
 * wink-nlp model load once per worker, at start-up; reports shared by several pairs are
 * analysed once (ReportCache). Each result line records the sha256 of both reports' bytes.
 */
import { InputError } from '../src/errors.js';
import { compare, compareAnalysed } from '../src/pipeline/compare.js';
import { readReportFile } from './read-input.js';
import { sha256Hex } from './batch-fingerprint.js';
import { errorLine, resultLine, type Finished, type WorkerTask } from './batch-lines.js';
import { ReportCache } from './report-cache.js';

// Warm up: loads the vector store and the language model before the first task.
compare('Warm-up sentence one. It has two parts.', 'Warm-up sentence two.');

const reports = new ReportCache();

/** Replace resolved paths in a message with the paths as the manifest wrote them. */
function manifestPaths(message: string, task: WorkerTask): string {
  return message.split(task.aPath).join(task.a).split(task.bPath).join(task.b);
}

async function runPair(task: WorkerTask): Promise<Finished> {
  try {
    // The fingerprints are of the bytes compared: a rerun checks the files against them.
    const a = await readReportFile(task.aPath, task.nameA);
    const b = await readReportFile(task.bPath, task.nameB);
    a.report.path = task.a;
    b.report.path = task.b;
    const sha256 = { a: sha256Hex(a.bytes), b: sha256Hex(b.bytes) };
    return resultLine(task, sha256, compareAnalysed(reports.get(a.report, 'a'), reports.get(b.report, 'b')));
  } catch (e) {
    const err = e as Error;
    const message = e instanceof InputError ? err.message : `internal error: ${err?.message ?? String(e)}`;
    return errorLine(task, manifestPaths(message, task));
  }
}

export default async function runPairs(tasks: WorkerTask[]): Promise<Finished[]> {
  const out: Finished[] = [];
  for (const task of tasks) out.push(await runPair(task));
  return out;
}

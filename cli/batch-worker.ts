/**
 * Piscina worker of `sourcediff batch`: reads one pair, compares it and returns the
 * finished output line. Compiled to dist/cli/batch-worker.js, so it imports the compiled
 * engine. The vector store and the wink-nlp model load once per worker, at start-up.
 */
import { InputError } from '../src/errors.js';
import { compare } from '../src/pipeline/compare.js';
import { readReport } from './read-input.js';
import { errorLine, resultLine, type Finished, type WorkerTask } from './batch-lines.js';

// Warm up: loads the vector store and the language model before the first task.
compare('Warm-up sentence one. It has two parts.', 'Warm-up sentence two.');

/** Replace resolved paths in a message with the paths as the manifest wrote them. */
function manifestPaths(message: string, task: WorkerTask): string {
  return message.split(task.aPath).join(task.a).split(task.bPath).join(task.b);
}

export default function runPair(task: WorkerTask): Finished {
  try {
    const a = readReport(task.aPath, task.nameA);
    const b = readReport(task.bPath, task.nameB);
    a.path = task.a;
    b.path = task.b;
    return resultLine(task, compare(a, b));
  } catch (e) {
    const err = e as Error;
    const message = e instanceof InputError ? err.message : `internal error: ${err?.message ?? String(e)}`;
    return errorLine(task, manifestPaths(message, task));
  }
}

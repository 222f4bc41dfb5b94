/**
 * Runs one comparison off the main thread, so the terminal UI's spinner keeps turning
 * while a long comparison runs. Receives the two reports and options, posts back either
 * `{ result }` or `{ error, input }` (input: whether it was an InputError).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../src/errors.js';
import { compare, type CompareOptions } from '../src/pipeline/compare.js';
import type { InputDocument } from '../src/model/stages.js';

const { a, b, options } = workerData as { a: InputDocument; b: InputDocument; options: CompareOptions };
try {
  parentPort?.postMessage({ result: compare(a, b, options) });
} catch (e) {
  parentPort?.postMessage({ error: (e as Error)?.message ?? String(e), input: e instanceof InputError });
}

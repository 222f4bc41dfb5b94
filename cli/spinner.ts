/**
 * Compare in a worker thread while a spinner turns on stderr (terminal UI, or long reports
 * on a terminal). Any
 * failure to start the worker falls back to comparing on the main thread.
 */
import { Worker } from 'node:worker_threads';
import { InputError } from '../src/errors.js';
import type { Comparison } from '../src/model/result.js';
import type { InputDocument } from '../src/model/stages.js';
import { compare, type CompareOptions } from '../src/pipeline/compare.js';

const FRAMES = ['\u280B', '\u2819', '\u2839', '\u2838', '\u283C', '\u2834', '\u2826', '\u2827', '\u2807', '\u280F'];

export async function compareWithSpinner(a: InputDocument, b: InputDocument, options: CompareOptions, label: string): Promise<Comparison> {
  const stream = process.stderr;
  let frame = 0;
  const started = Date.now();
  const draw = () => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    stream.write(`\r${FRAMES[frame++ % FRAMES.length]} ${label} ${seconds} s`);
  };
  const clear = () => stream.write(`\r${' '.repeat(label.length + 16)}\r`);
  draw();
  const timer = setInterval(draw, 80);
  try {
    return await new Promise<Comparison>((resolve, reject) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL('./compare-worker.js', import.meta.url), { workerData: { a, b, options } });
      } catch {
        resolve(compare(a, b, options));
        return;
      }
      worker.once('message', (m: { result?: Comparison; error?: string; input?: boolean }) => {
        if (m.result) resolve(m.result);
        else reject(m.input ? new InputError(m.error ?? 'invalid input') : new Error(m.error ?? 'comparison failed'));
        void worker.terminate();
      });
      worker.once('error', reject);
    });
  } finally {
    clearInterval(timer);
    clear();
  }
}

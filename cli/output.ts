/**
 * Write an output file all at once: to a temporary file beside it, then rename, so a
 * failure never leaves a partial file behind. An existing output must be a regular file
 * (never a device, a FIFO or a directory); it is written through a symbolic link, keeps its
 * permissions, and is never one of the files being read (`inputs`).
 */
import { chmodSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';

/** Whether both paths exist and are the same file (hard links and symbolic links included). */
export function sameExistingFile(x: string, y: string): boolean {
  try {
    const a = statSync(x);
    const b = statSync(y);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

export function writeOutputFile(file: string, content: string, inputs: readonly string[] = []): void {
  let existing: Stats | undefined;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new InputError(`${file}: is a directory`);
  if (existing !== undefined && !existing.isFile()) throw new InputError(`${file}: not a regular file`);
  for (const input of inputs) {
    if (existing !== undefined && sameExistingFile(input, file)) throw new InputError(`${file}: is report ${input} itself; choose another output file`);
  }
  const target = existing !== undefined ? realpathSync(file) : path.resolve(file);
  const dir = path.dirname(target);
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${file}: parent is not a directory`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: directory ${dir} does not exist`);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    if (existing !== undefined) chmodSync(tmp, existing.mode & 0o7777);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new InputError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Write to standard output; a closed pipe or a full disk ends the command with one line
 * (exit code 2), not an unhandled 'error' event.
 */
export function writeStdout(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // Kept for the rest of the process: the stream may emit the error again after the
    // write's callback has seen it, and an 'error' event without a listener is a crash.
    const onError = (e: NodeJS.ErrnoException) => reject(new InputError(`standard output: cannot write (${e.code ?? e.message})`));
    process.stdout.on('error', onError);
    process.stdout.write(text, (e) => (e ? onError(e as NodeJS.ErrnoException) : resolve()));
  });
}

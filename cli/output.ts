/**
 * Write an output file all at once: to a temporary file beside it, then rename, so a
 * failure never leaves a partial file behind.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';

export function writeOutputFile(file: string, content: string): void {
  const dir = path.dirname(path.resolve(file));
  try {
    if (!statSync(dir).isDirectory()) throw new InputError(`${file}: parent is not a directory`);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: directory ${dir} does not exist`);
  }
  try {
    if (statSync(file).isDirectory()) throw new InputError(`${file}: is a directory`);
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw new InputError(`${file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * The batch output file (JSON Lines): checked before anything runs, read back on a
 * rerun to find the pairs already done, repaired when a crash left a partial last line,
 * then appended to one line at a time.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';

/** Ids found in an existing output, and where its last complete line ends. */
export interface OutputScan {
  done: Set<string>;
  /** Byte length of the complete lines; anything after it is a partial line. */
  completeBytes: number;
  /** Complete lines that are not a JSON object with a string id (left as they are). */
  unreadable: number;
}

/** Find the ids of the complete lines in `bytes` (a partial last line is ignored). */
export function scanOutput(bytes: Buffer): OutputScan {
  const done = new Set<string>();
  let unreadable = 0;
  let start = 0;
  for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) {
    const line = bytes.toString('utf8', start, nl).trim();
    start = nl + 1;
    if (line === '') continue;
    try {
      const o = JSON.parse(line) as { id?: unknown };
      if (typeof o?.id === 'string') done.add(o.id);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { done, completeBytes: start, unreadable };
}

/** Throw an InputError unless `file` can be created or appended to. Creates nothing. */
export function checkOutputPath(file: string): void {
  const dir = path.dirname(path.resolve(file));
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new InputError(`${file}: directory ${dir} does not exist`);
  }
  if (!dirStat.isDirectory()) throw new InputError(`${file}: parent is not a directory`);
  let st;
  try {
    st = statSync(file);
  } catch {
    return;
  }
  if (st.isDirectory()) throw new InputError(`${file}: is a directory, expected a file to write`);
  if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
}

/** An output opened for appending, with what it already held. */
export interface OpenOutput {
  scan: OutputScan;
  /** Bytes of a partial last line that were cut away. */
  truncated: number;
  /** Append one line (a newline is added) and hand it to the OS at once. */
  writeLine(line: string): void;
  close(): void;
}

/** Open (creating it if absent) for appending; cut away a partial last line first. */
export function openOutput(file: string): OpenOutput {
  let fd: number;
  try {
    fd = openSync(file, 'a+');
  } catch (e) {
    throw new InputError(`${file}: cannot open for writing (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const size = fstatSync(fd).size;
  const bytes = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  const scan = scanOutput(bytes.subarray(0, read));
  const truncated = size - scan.completeBytes;
  if (truncated > 0) ftruncateSync(fd, scan.completeBytes);
  return {
    scan,
    truncated,
    writeLine(line: string) {
      // 'a' mode: every write lands at the current end of the file.
      const buf = Buffer.from(`${line}\n`, 'utf8');
      for (let off = 0; off < buf.length; ) off += writeSync(fd, buf, off, buf.length - off);
    },
    close() {
      closeSync(fd);
    },
  };
}

/**
 * The batch output file (JSON Lines): checked before anything runs, read back on a
 * rerun to find the pairs already done, repaired when a crash left a partial last line,
 * then appended to one line at a time. On a rerun, error lines of pairs still in the
 * manifest are taken out (the file is rewritten whole, then renamed over the old one) so
 * that those pairs run again: a missing file may have been put in place since.
 */
import { closeSync, fstatSync, ftruncateSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';
import { resultInputs, type RecordedResult } from './batch-lines.js';

/** Ids found in an existing output, and where its last complete line ends. */
export interface OutputScan {
  /** Ids with a result line, with the inputs (and fingerprints) its first result line records. */
  done: Map<string, RecordedResult>;
  /** Ids with more than one result line, with their line numbers (1-based), in file order. */
  repeated: Map<string, number[]>;
  /** Ids with an error line (and no result line), with the byte range of each such line. */
  failed: Map<string, Array<[number, number]>>;
  /** Byte length of the complete lines; anything after it is a partial line. */
  completeBytes: number;
  /** Complete lines that are not a JSON object with a string id (left as they are). */
  unreadable: number;
}

/** Find the ids of the complete lines in `bytes` (a partial last line is ignored). */
export function scanOutput(bytes: Buffer): OutputScan {
  const done = new Map<string, RecordedResult>();
  const failed = new Map<string, Array<[number, number]>>();
  const resultLines = new Map<string, number[]>();
  let unreadable = 0;
  let start = 0;
  let lineNumber = 0;
  for (let nl = bytes.indexOf(10, start); nl !== -1; nl = bytes.indexOf(10, start)) {
    const from = start;
    lineNumber++;
    const line = bytes.toString('utf8', start, nl).trim();
    start = nl + 1;
    if (line === '') continue;
    try {
      const o = JSON.parse(line) as { id?: unknown; a?: unknown; b?: unknown; error?: unknown; result?: unknown };
      if (typeof o?.id !== 'string') unreadable++;
      else if (typeof o.error === 'string') {
        const list = failed.get(o.id) ?? [];
        list.push([from, start]);
        failed.set(o.id, list);
      } else if (typeof o.result === 'object' && o.result !== null && !Array.isArray(o.result)) {
        const lines = resultLines.get(o.id);
        if (lines === undefined) {
          resultLines.set(o.id, [lineNumber]);
          done.set(o.id, resultInputs(o));
        } else lines.push(lineNumber);
      }
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  for (const id of done.keys()) failed.delete(id);
  const repeated = new Map([...resultLines].filter(([, lines]) => lines.length > 1));
  return { done, repeated, failed, completeBytes: start, unreadable };
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
  /** Ids whose error lines were taken out so that they run again. */
  retried: string[];
  /** Append one line (a newline is added) and hand it to the OS at once. */
  writeLine(line: string): void;
  close(): void;
}

function openAppend(file: string): number {
  try {
    return openSync(file, 'a+');
  } catch (e) {
    throw new InputError(`${file}: cannot open for writing (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Rewrite `file` as `kept` through a temporary file renamed over it, so that a crash leaves
 * either the old file or the new one, never a mix.
 */
function replaceWhole(file: string, kept: Buffer): void {
  // The file itself, not a symbolic link to it, keeps its permissions.
  const target = realpathSync(file);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, kept, { mode: statSync(target).mode & 0o7777 });
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw new InputError(`${file}: cannot rewrite to retry failed pairs (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Open (creating it if absent) for appending; cut away a partial last line first. Error
 * lines of ids for which `retry` is true are taken out, so those pairs run again. `check`
 * sees what the file holds before anything in it changes; an error it throws leaves the
 * file as it was.
 */
export function openOutput(file: string, retry: (id: string) => boolean = () => false, check: (scan: OutputScan) => void = () => undefined): OpenOutput {
  let fd = openAppend(file);
  const size = fstatSync(fd).size;
  const bytes = Buffer.alloc(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  const scan = scanOutput(bytes.subarray(0, read));
  // A file with lines, none of them a result or an error line, is some other file given as
  // the output by mistake (a copy of the manifest, say): appending to it would spoil it.
  if (scan.unreadable > 0 && scan.done.size === 0 && scan.failed.size === 0) {
    closeSync(fd);
    throw new InputError(`${file}: not a sourcediff results file (none of its lines is a result); choose another output file`);
  }
  try {
    check(scan);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  const truncated = size - scan.completeBytes;
  const retried = [...scan.failed.keys()].filter(retry);
  if (retried.length > 0) {
    const drop = retried.flatMap((id) => scan.failed.get(id) ?? []).sort((x, y) => x[0] - y[0]);
    const parts: Buffer[] = [];
    let at = 0;
    for (const [from, to] of drop) {
      parts.push(bytes.subarray(at, from));
      at = to;
    }
    parts.push(bytes.subarray(at, scan.completeBytes));
    closeSync(fd);
    replaceWhole(file, Buffer.concat(parts));
    fd = openAppend(file);
  } else if (truncated > 0) ftruncateSync(fd, scan.completeBytes);
  return {
    scan,
    truncated,
    retried,
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

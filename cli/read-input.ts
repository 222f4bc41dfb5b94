/**
 * Read one report from a file or stdin (`-`) as strict UTF-8. Every failure is an
 * InputError with one line naming the file and the problem.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../src/errors.js';
import { looksLikeHtml } from '../src/ingest/html-sniff.js';
import { MAX_REPORT_BYTES, tooLarge } from '../src/ingest/limits.js';

/** Largest batch manifest: one short line per pair, so far more pairs than anyone runs at once. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

export interface ReadReport {
  text: string;
  name: string;
  path?: string;
  extractedFrom?: 'html';
}

function readStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch (e) {
    throw new InputError(`cannot read standard input: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The bytes of a file, checked (a regular file of at most `maxBytes`) before it is read. */
export function readFileBytes(file: string, maxBytes = MAX_REPORT_BYTES): Buffer {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file`);
    if (code === 'EACCES') throw new InputError(`${file}: permission denied`);
    throw new InputError(`${file}: cannot read (${code ?? (e as Error).message})`);
  }
  if (st.isDirectory()) throw new InputError(`${file}: is a directory, expected a text file`);
  if (!st.isFile()) throw new InputError(`${file}: not a regular file`);
  if (st.size > maxBytes) throw tooLarge(file, st.size, maxBytes);
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: cannot read (${code === 'EACCES' ? 'permission denied' : code ?? (e as Error).message})`);
  }
}

/** Decode strict UTF-8; reject empty, binary and oversized input. */
export function decodeReport(bytes: Buffer, label: string, maxBytes = MAX_REPORT_BYTES): string {
  if (bytes.length === 0) throw new InputError(`${label}: is empty`);
  if (bytes.length > maxBytes) throw tooLarge(label, bytes.length, maxBytes);
  if (bytes.subarray(0, 65536).includes(0)) throw new InputError(`${label}: looks binary (contains NUL bytes), expected UTF-8 text`);
  let text: string;
  try {
    // ignoreBOM keeps a leading byte-order mark in the text: offsets count it, as they do
    // in the file read by any other tool (fs.readFileSync(file, 'utf8'), Python's 'utf-8').
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: is not valid UTF-8 text`);
  }
  if (text.trim() === '') throw new InputError(`${label}: is empty (only white space)`);
  return text;
}

/**
 * An HTML page (by its start, `<!doctype html>`, `<html>` ...), or a fragment of one in a
 * file not named as Markdown or text (src/ingest/html-sniff.ts), becomes its article text
 * (see src/ingest/html.ts); any other text is taken as it is. The HTML parser is loaded only
 * when a page comes (the command's bundle leaves it out).
 */
async function fromHtml(report: ReadReport, label: string): Promise<ReadReport> {
  if (!looksLikeHtml(report.text, report.path)) return report;
  const { articleFromHtml } = await import('../src/ingest/html.js');
  const article = articleFromHtml(report.text);
  if (article.text.trim() === '') throw new InputError(`${label}: an HTML page with no readable article text`);
  return { ...report, text: article.text, extractedFrom: 'html' };
}

/** The display name of a report: the name given, else its file name (`stdin` for `-`). */
export function reportName(file: string, name?: string): string {
  return name ?? (file === '-' ? 'stdin' : path.basename(file));
}

/**
 * A file (or stdin for `-`) as strict UTF-8 text, taken as it is: at most `maxBytes`, by
 * default the library's report limit (src/ingest/limits.ts), checked on a file before it is read.
 */
export function readText(file: string, name?: string, maxBytes = MAX_REPORT_BYTES): ReadReport {
  if (file === '-') return { text: decodeReport(readStdin(), 'standard input', maxBytes), name: reportName(file, name) };
  return { text: decodeReport(readFileBytes(file, maxBytes), file, maxBytes), name: reportName(file, name), path: file };
}

/** A report: its text, or the article of an HTML page. */
export async function readReport(file: string, name?: string): Promise<ReadReport> {
  return fromHtml(readText(file, name), file === '-' ? 'standard input' : file);
}

/** A report file, with the bytes it was read from (a batch result line records their sha256). */
export async function readReportFile(file: string, name?: string): Promise<{ report: ReadReport; bytes: Buffer }> {
  const bytes = readFileBytes(file);
  const report = await fromHtml({ text: decodeReport(bytes, file), name: reportName(file, name), path: file }, file);
  return { report, bytes };
}

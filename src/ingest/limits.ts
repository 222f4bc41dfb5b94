/**
 * The largest report sourcediff takes, in the library and in the command alike: 4 MB of
 * UTF-8 (4 * 1024 * 1024 bytes), about 600,000 words; a 300-page inquiry report is about
 * 1 MB. Memory grows with the text: two 5 MB reports peaked near 3.9 GB, at the edge of
 * Node's default heap, where a larger input ends in an out-of-memory crash, not a message.
 * The command checks a file's size before reading it (cli/read-input.ts); the library
 * checks the text it is given (ingest, articleFromHtml). Both say it in the same words.
 */
import { InputError } from '../errors.js';

export const MAX_REPORT_BYTES = 4 * 1024 * 1024;

const MB = 1024 * 1024;

/** The error for an input of `bytes` bytes over `limit`. */
export function tooLarge(label: string, bytes: number, limit: number = MAX_REPORT_BYTES): InputError {
  return new InputError(`${label}: too large (${(bytes / MB).toFixed(1)} MB; the limit is ${limit / MB} MB)`);
}

/** Throw an InputError when `text` is more than MAX_REPORT_BYTES bytes of UTF-8. */
export function checkReportSize(text: string, label: string): void {
  // A UTF-16 code unit is at most 3 bytes of UTF-8: most texts need no count.
  if (text.length * 3 <= MAX_REPORT_BYTES) return;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_REPORT_BYTES) throw tooLarge(label, bytes);
}

/**
 * ingest: validate the input text (a string, not empty, not binary, at most
 * MAX_REPORT_BYTES) and record leading metadata. Never rewrites characters:
 * later stages choose offsets into `text` exactly as given.
 */
import type { IngestedDocument, InputDocument } from '../model/stages.js';
import { InputError } from '../errors.js';
import { checkReportSize } from './limits.js';
import { extractMetadata } from './metadata.js';

/** Control characters other than tab, line feed, carriage return and form feed. */
const BINARY_CHAR = /[\u0000-\u0008\u000E-\u001F\uFFFD]/g;

export function ingest(input: InputDocument, id: string): IngestedDocument {
  const { text, name } = input;
  if (typeof text !== 'string') throw new InputError(`${name}: input text must be a string`);
  checkReportSize(text, name);
  if (text.trim() === '') throw new InputError(`${name}: input is empty`);
  const suspicious = text.slice(0, 65536).match(BINARY_CHAR)?.length ?? 0;
  if (text.includes('\u0000') || suspicious > 8) {
    throw new InputError(`${name}: input looks binary, not text`);
  }
  const { metadata, bodyStart, skipped } = extractMetadata(text);
  if (text.slice(bodyStart).trim() === '') throw new InputError(`${name}: input has no text after its metadata`);
  const origin = input.extractedFrom ? { extractedFrom: input.extractedFrom } : {};
  return { id, name, ...(input.path ? { path: input.path } : {}), ...origin, text, metadata, bodyStart, skipped };
}

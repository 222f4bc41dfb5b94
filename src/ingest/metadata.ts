/**
 * Leading metadata: a `date 2023-01-24` / `Date: 2023-01-24` / `title: ...` prefix, or a
 * Markdown front-matter block. Metadata is recorded and its characters are skipped; the
 * body starts after it. The original text is never rewritten.
 */
import type { SourceMetadata } from '../model/result.js';

export interface MetadataResult {
  metadata: SourceMetadata;
  /** Offset of the first body character. */
  bodyStart: number;
  skipped: Array<{ start: number; end: number; reason: string }>;
}

const ISO_DATE = String.raw`(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?`;
/** `date 2023-01-24`, `Published: 2023-01-24T10:00Z`, possibly on the same line as the text. */
const DATE_PREFIX = new RegExp(
  String.raw`^\s*(?:date|published|publication date|updated|dateline)\s*[:=]?\s*${ISO_DATE}[ \t]*`,
  'i',
);
/** `title: Something` on a line of its own. */
const TITLE_LINE = /^[ \t]*title[ \t]*[:=][ \t]*(\S[^\n]*?)[ \t]*(?:\n|$)/i;
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

function validIsoDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

function readFrontMatter(block: string, metadata: SourceMetadata): void {
  for (const line of block.split('\n')) {
    const m = /^\s*([A-Za-z_ -]+?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].replace(/^["']|["']$/g, '');
    if (!value) continue;
    if (key === 'title' && !metadata.title) metadata.title = value;
    if (/^(date|published|updated)$/.test(key) && !metadata.date) {
      const d = new RegExp(ISO_DATE).exec(value);
      if (d && validIsoDate(d[1])) metadata.date = d[1];
    }
  }
}

export function extractMetadata(text: string): MetadataResult {
  const metadata: SourceMetadata = {};
  const skipped: MetadataResult['skipped'] = [];
  let pos = 0;
  // A byte-order mark is not text: skip it, so a title line or a "# Headline" right after
  // it is read as such.
  if (text.startsWith('\uFEFF')) {
    skipped.push({ start: 0, end: 1, reason: 'byte-order mark' });
    pos = 1;
  }
  const fm = FRONT_MATTER.exec(text.slice(pos));
  if (fm) {
    readFrontMatter(fm[1], metadata);
    skipped.push({ start: pos, end: pos + fm[0].length, reason: 'front matter' });
    pos += fm[0].length;
  }
  // Up to a few leading key-value lines, in any order.
  for (let guard = 0; guard < 4; guard++) {
    const rest = text.slice(pos);
    const date = DATE_PREFIX.exec(rest);
    if (date && validIsoDate(date[1])) {
      metadata.date ??= date[1];
      const lead = date[0].length - date[0].trimStart().length;
      skipped.push({ start: pos + lead, end: pos + date[0].length, reason: 'metadata: date' });
      pos += date[0].length;
      continue;
    }
    const title = TITLE_LINE.exec(rest);
    if (title) {
      metadata.title ??= title[1];
      skipped.push({ start: pos, end: pos + title[0].length, reason: 'metadata: title' });
      pos += title[0].length;
      continue;
    }
    break;
  }
  return { metadata, bodyStart: pos, skipped };
}

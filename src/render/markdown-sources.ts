/**
 * Read-only views of the two sources for the Markdown renderer: display names, sentence
 * lookup by id, sentence labels ("A 12", "B 3–4") and the report order of links.
 */
import type { Comparison, Link, ResultSentence, ResultSource } from '../model/result.js';
import { normaliseWhitespace } from './markdown-escape.js';

export interface Side {
  /** `A` or `B`. */
  letter: 'A' | 'B';
  source: ResultSource;
  /** Raw (unescaped) display name: the source name, or `report A` when it has none. */
  name: string;
  /** True when the source had a usable name. */
  named: boolean;
  sentence(id: string): ResultSentence | undefined;
  /**
   * The source's text at offsets [start, end), read from its sentences (white space
   * between sentences as one space); undefined before the first sentence or after the last.
   */
  quote(start: number, end: number): string | undefined;
}

/** See Side.quote; `ordered` are the source's sentences by offset (they do not overlap). */
function quoteFrom(source: ResultSource, ordered: readonly ResultSentence[], start: number, end: number): string | undefined {
  if (typeof source.text === 'string') return source.text.slice(start, end);
  // The first sentence that ends after `start` (binary search: a report has thousands).
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Before the first sentence or after the last, nothing is known.
  if (lo === ordered.length || (lo === 0 && ordered[0].start > start)) return undefined;
  let out = '';
  let pos = start;
  for (let k = lo; k < ordered.length; k++) {
    const s = ordered[k];
    if (s.start >= end) break;
    // A gap between two sentences reads as one space, also at the start of the span.
    if (s.start > pos) {
      out += ' ';
      pos = s.start;
    }
    const to = Math.min(end, s.end);
    out += s.text.slice(pos - s.start, to - s.start);
    pos = to;
    if (pos >= end) break;
  }
  // A span wholly between two sentences is their gap.
  if (pos < end && out === '' && lo < ordered.length && ordered[lo].start >= end) return ' ';
  return pos >= end ? out : undefined;
}

function emptySource(id: string): ResultSource {
  return { id, name: '', metadata: {}, length: 0, sentences: [] };
}

function makeSide(letter: 'A' | 'B', source: ResultSource): Side {
  const byId = new Map(source.sentences.map((s) => [s.id, s] as const));
  const ordered = [...source.sentences].sort((x, y) => x.start - y.start);
  const clean = normaliseWhitespace(source.name ?? '');
  return {
    letter,
    source,
    name: clean === '' ? `report ${letter}` : clean,
    named: clean !== '',
    sentence: (id) => byId.get(id),
    quote: (start, end) => quoteFrom(source, ordered, start, end),
  };
}

/** Source `a` is report A, `b` report B (falling back to list position). */
export function sides(c: Comparison): { A: Side; B: Side } {
  const a = c.sources.find((s) => s.id === 'a') ?? c.sources[0] ?? emptySource('a');
  const b = c.sources.find((s) => s.id === 'b') ?? c.sources.find((s) => s !== a) ?? emptySource('b');
  return { A: makeSide('A', a), B: makeSide('B', b) };
}

/** The sentences of `ids` that exist, in document order. */
export function sentencesOf(side: Side, ids: readonly string[]): ResultSentence[] {
  const found = ids.map((id) => side.sentence(id)).filter((s): s is ResultSentence => !!s);
  return [...new Set(found)].sort((x, y) => x.number - y.number);
}

/** `A 12`, `A 12–13`, `A 3, 7–9`; `A (none)` when there is no sentence. */
export function label(letter: string, numbers: readonly number[]): string {
  const sorted = [...new Set(numbers)].sort((x, y) => x - y);
  if (sorted.length === 0) return `${letter} (none)`;
  const ranges: string[] = [];
  let from = sorted[0];
  let to = from;
  for (const n of sorted.slice(1)) {
    if (n === to + 1) {
      to = n;
      continue;
    }
    ranges.push(from === to ? `${from}` : `${from}–${to}`);
    from = n;
    to = n;
  }
  ranges.push(from === to ? `${from}` : `${from}–${to}`);
  return `${letter} ${ranges.join(', ')}`;
}

export function sideLabel(side: Side, ids: readonly string[]): string {
  return label(side.letter, sentencesOf(side, ids).map((s) => s.number));
}

/** Links sorted in the order of report A (then B, then their original order). */
export function inReportOrder(links: readonly Link[], A: Side, B: Side): Link[] {
  const first = (side: Side, ids: readonly string[]) =>
    sentencesOf(side, ids)[0]?.number ?? Number.MAX_SAFE_INTEGER;
  return links
    .map((link, i) => ({ link, i, a: first(A, link.a), b: first(B, link.b) }))
    .sort((x, y) => x.a - y.a || x.b - y.b || x.i - y.i)
    .map((x) => x.link);
}

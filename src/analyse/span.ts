/** Span helpers: every span is an exact slice of the full document text. */
import type { Span } from '../model/result.js';
import type { Token } from '../model/stages.js';

/** The span from the start of `tokens[first]` to the end of `tokens[last]` (inclusive). */
export function tokenSpan(text: string, tokens: Token[], first: number, last: number): Span {
  const start = tokens[first].start;
  const end = tokens[last].end;
  return { text: text.slice(start, end), start, end };
}

/** The span `[start, end)` of `text`. */
export function rangeSpan(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Index of the first token whose start is >= `offset` (tokens sorted by offset). */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const WORDISH = new Set(['word', 'number', 'ordinal', 'decade', 'time', 'currency', 'hashtag', 'mention']);

/** Whether a token is a word-like token (not punctuation, symbol or emoji). */
export function isWordish(t: Token): boolean {
  return WORDISH.has(t.type);
}

/** Whether a token is punctuation that ends a clause or phrase. */
export function isBreak(t: Token): boolean {
  return t.type === 'punctuation' && t.text !== '-' && t.text !== '.' && t.text !== "'";
}

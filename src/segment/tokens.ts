/**
 * Tokenisation with absolute offsets. wink-nlp is lossless: every token's value is the
 * exact source substring, preceded by its `precedingSpaces`; we walk the text to turn that
 * into offsets, and fall back to a search when a value is not where it is expected.
 */
import type { Token } from '../model/stages.js';
import type { ItemSentence, ItemToken } from 'wink-nlp';
import { nlp } from '../nlp/wink.js';

export interface TokenisedSpan {
  tokens: Token[];
  /** wink-nlp's own sentence boundaries as [first, last] token indices (inclusive). */
  sentences: Array<[number, number]>;
}

const WHITESPACE_TYPES = new Set(['tabCRLF', 'space']);

/** Tokenise `text.slice(start, end)`, returning tokens with offsets into `text`. */
export function tokenise(text: string, start = 0, end = text.length): TokenisedSpan {
  const w = nlp();
  const its = w.its;
  const slice = text.slice(start, end);
  const doc = w.readDoc(slice);
  const tokens: Token[] = [];
  const indexMap: number[] = [];
  let pos = 0;
  doc.tokens().each((t: ItemToken) => {
    const value = t.out(its.value) as string;
    const spaces = t.out(its.precedingSpaces) as string;
    pos += spaces.length;
    if (slice.slice(pos, pos + value.length) !== value) {
      const found = slice.indexOf(value, pos);
      if (found >= 0) pos = found;
    }
    const tokStart = pos;
    pos += value.length;
    const type = t.out(its.type) as string;
    if (WHITESPACE_TYPES.has(type) || value.trim() === '') {
      indexMap.push(-1);
      return;
    }
    indexMap.push(tokens.length);
    tokens.push({
      text: value,
      start: start + tokStart,
      end: start + tokStart + value.length,
      norm: value.toLowerCase(),
      lemma: String(t.out(its.lemma as Parameters<typeof t.out>[0]) ?? value).toLowerCase(),
      pos: t.out(its.pos) as string,
      type,
      stop: Boolean(t.out(its.stopWordFlag)),
    });
  });
  const sentences: Array<[number, number]> = [];
  doc.sentences().each((s: ItemSentence) => {
    const range = s.out(its.span) as unknown as [number, number];
    let first = range[0];
    let last = range[1];
    while (first <= last && indexMap[first] === -1) first++;
    while (last >= first && indexMap[last] === -1) last--;
    if (first <= last) sentences.push([indexMap[first], indexMap[last]]);
  });
  return { tokens, sentences };
}

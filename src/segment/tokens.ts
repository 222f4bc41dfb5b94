/**
 * Tokenisation with absolute offsets. wink-nlp is lossless: every token's value is the
 * exact source substring, preceded by its `precedingSpaces`; we walk the text to turn that
 * into offsets, and fall back to a search when a value is not where it is expected.
 */
import type { Token } from '../model/stages.js';
import { nlp, readFresh } from '../nlp/wink.js';

export interface TokenisedSpan {
  tokens: Token[];
  /** wink-nlp's own sentence boundaries as [first, last] token indices (inclusive). */
  sentences: Array<[number, number]>;
}

const WHITESPACE_TYPES = new Set(['tabCRLF', 'space']);

/** Tokenise `text.slice(start, end)`, returning tokens with offsets into `text`. */
export function tokenise(text: string, start = 0, end = text.length): TokenisedSpan {
  const its = nlp().its;
  const slice = text.slice(start, end);
  const { doc, forget } = readFresh(slice);
  // Whole columns at once: one call per property instead of one per token and property.
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const types = all.out(its.type) as string[];
  const tags = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as Parameters<typeof all.out>[0]) as unknown as Array<string | undefined>;
  const stops = all.out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  const indexMap: number[] = [];
  let pos = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    pos += spaces[k].length;
    if (!slice.startsWith(value, pos)) {
      const found = slice.indexOf(value, pos);
      if (found >= 0) pos = found;
    }
    const tokStart = pos;
    pos += value.length;
    const type = types[k];
    if (WHITESPACE_TYPES.has(type) || value.trim() === '') {
      indexMap.push(-1);
      continue;
    }
    indexMap.push(tokens.length);
    tokens.push({
      text: value,
      start: start + tokStart,
      end: start + tokStart + value.length,
      norm: value.toLowerCase(),
      lemma: String(lemmas[k] ?? value).toLowerCase(),
      pos: tags[k],
      type,
      stop: Boolean(stops[k]),
    });
  }
  const spans = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  forget();
  const sentences: Array<[number, number]> = [];
  for (const range of spans) {
    let first = range[0];
    let last = range[1];
    while (first <= last && indexMap[first] === -1) first++;
    while (last >= first && indexMap[last] === -1) last--;
    if (first <= last) sentences.push([indexMap[first], indexMap[last]]);
  }
  return { tokens, sentences };
}

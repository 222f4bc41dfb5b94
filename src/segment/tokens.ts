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
/** Markdown emphasis and code marks: `**Fifteen**`, `_Cardiff_`, `` `code` ``. */
const EMPHASIS = /^(?:[*_]{1,3}|`{1,3})$/;
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Token indices that are Markdown inline markup, not words: emphasis marks, and the
 * brackets and target of a link (`[overturned](http://example.com/x)` keeps "overturned").
 * Left out of the tokens like white space, so a number in bold still has its noun next to it.
 */
function markupTokens(values: string[], spaces: string[], types: string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k < values.length; k++) {
    if (EMPHASIS.test(values[k])) {
      // A run of marks glued together, and to a word on one side ("**Fifteen**"); a lone
      // "*" between spaces ("Required fields are marked *") is text.
      let last = k;
      while (last + 1 < values.length && spaces[last + 1] === '' && EMPHASIS.test(values[last + 1])) last++;
      const opens = last + 1 < values.length && spaces[last + 1] === '' && WORDLIKE.test(values[last + 1]);
      const closes = k > 0 && spaces[k] === '' && WORDLIKE.test(values[k - 1]);
      if (opens || closes) for (let j = k; j <= last; j++) out.add(j);
      k = last;
      continue;
    }
    if (values[k] !== ']' || values[k + 1] !== '(' || spaces[k + 1] !== '' || types[k + 2] !== 'url') continue;
    let open = -1;
    for (let j = k - 1; j >= 0 && j >= k - 30; j--) {
      if (values[j] === '[') {
        open = j;
        break;
      }
    }
    if (open < 0) continue;
    out.add(open).add(k).add(k + 1).add(k + 2);
    if (!values[k + 2].endsWith(')') && values[k + 3] === ')') out.add(k + 3);
  }
  return out;
}

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
  const markup = markupTokens(values, spaces, types);
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
    if (WHITESPACE_TYPES.has(type) || value.trim() === '' || markup.has(k)) {
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

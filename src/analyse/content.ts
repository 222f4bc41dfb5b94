/** Content-word indices and per-token lemmas. */
import type { Token } from '../model/stages.js';

const CONTENT_TYPES = new Set(['word', 'number', 'decade', 'ordinal', 'hashtag']);
const CLITICS = new Set(["'s", '’s', "'", '’', "n't", 'n’t']);

/** Indices of content tokens: not stop words, punctuation or symbols; numbers and names kept. */
export function contentIndices(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!CONTENT_TYPES.has(t.type) || CLITICS.has(t.norm)) continue;
    if (t.stop && t.type === 'word' && !(t.pos === 'PROPN' && t.text !== t.norm)) continue;
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    out.push(i);
  }
  return out;
}

/** One lower-case lemma per token; proper nouns keep their lower-cased surface. */
export function lemmasOf(tokens: Token[]): string[] {
  return tokens.map((t) => (t.pos === 'PROPN' ? t.norm : (t.lemma || t.norm).toLowerCase()));
}

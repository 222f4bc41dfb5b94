/**
 * Content words of an analysed sentence as the score stage sees them: lower-case lemma and
 * surface form, whether the word is a number or a proper noun, and the entity / number keys
 * that cover it (so "U.S." and "United States" match through the entity key "united states",
 * and "five" and "5" through the number key "#5").
 */
import type { SentenceAnalysis } from '../model/stages.js';

export interface ContentWord {
  /** Index into `analysis.tokens`. */
  index: number;
  lemma: string;
  norm: string;
  numeric: boolean;
  proper: boolean;
  /** Entity keys and `#<value>` number keys covering this token. */
  keys: string[];
}

/** Lower-case lemma of token `t`: `analysis.lemmas` when parallel to tokens, else the token's own. */
export function lemmaOf(analysis: SentenceAnalysis, t: number): string {
  const { tokens, lemmas } = analysis;
  const lemma = lemmas.length === tokens.length ? lemmas[t] : tokens[t].lemma;
  return (lemma || tokens[t].norm).toLowerCase();
}

const HAS_ALNUM = /[\p{L}\p{N}]/u;
/** Possessive and contracted clitics ("'s", "'re", "’ll") carry no content. */
const CLITIC = /^['’]\p{L}{1,2}$/u;

export function contentWords(analysis: SentenceAnalysis): ContentWord[] {
  const { tokens } = analysis;
  const out: ContentWord[] = [];
  for (const t of analysis.content) {
    const tok = tokens[t];
    if (!tok || !HAS_ALNUM.test(tok.text) || CLITIC.test(tok.text)) continue;
    const keys: string[] = [];
    for (const e of analysis.entities) {
      if (tok.start >= e.start && tok.end <= e.end && e.key) keys.push(e.key);
    }
    for (const n of analysis.numbers) {
      if (tok.start >= n.start && tok.end <= n.end && Number.isFinite(n.value)) keys.push(`#${n.value}`);
    }
    out.push({
      index: t,
      lemma: lemmaOf(analysis, t),
      norm: tok.norm,
      numeric: tok.type === 'number' || tok.pos === 'NUM' || /^[\d.,]+$/.test(tok.text),
      proper: tok.pos === 'PROPN',
      keys,
    });
  }
  return out;
}

/** Negations: grammatical negators and lexical negators, with a simple next-content-word scope. */
import type { NegationMention, Token } from '../model/stages.js';
import type { Span } from '../model/result.js';
import { NEGATORS, NEG_VERBS, NEG_VERBS_TO, NON_NEGATING_NEXT, NON_NEGATING_PREV } from './lexicon/negation.js';
import { isBreak, tokenSpan } from './span.js';

/** Negative verbs that also describe coming to a halt. */
const MOTION_STOPS = new Set(['stop', 'halt']);
const SCOPE_POS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const SCOPE_EXTEND_POS = new Set(['NOUN', 'PROPN']);

/** The first content word after token i (within a short window, not across punctuation). */
function scopeAfter(text: string, tokens: Token[], i: number): Span | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (isBreak(t)) return undefined;
    if (t.type !== 'word' && t.type !== 'number') continue;
    if (NEGATORS.has(t.norm)) continue;
    if (SCOPE_POS.has(t.pos) && !t.stop) {
      let k = j;
      while (k + 1 < tokens.length && k < j + 2 && SCOPE_EXTEND_POS.has(tokens[k + 1].pos) && !tokens[k + 1].stop) k++;
      return tokenSpan(text, tokens, j, k);
    }
  }
  return undefined;
}

function fixedPhrase(tokens: Token[], i: number): boolean {
  const n = tokens[i].norm === 'n’t' ? "n't" : tokens[i].norm;
  const next = tokens[i + 1]?.norm;
  const prev = tokens[i - 1]?.norm;
  if (next !== undefined && NON_NEGATING_NEXT.get(n)?.has(next)) return true;
  if (prev !== undefined && NON_NEGATING_PREV.get(n)?.has(prev)) return true;
  // "No. 2" is an abbreviation of "number".
  if (n === 'no' && tokens[i + 1]?.text === '.') return true;
  return false;
}

/** What comes before "nt" in a contraction that lost its apostrophe ("dont", "cant", "wasnt"). */
const CONTRACTION_HOSTS = new Set(['do', 'does', 'did', 'ca', 'wo', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'should', 'would', 'need', 'must', 'ai', 'might']);

export function extractNegations(text: string, tokens: Token[]): NegationMention[] {
  const out: NegationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // "dont", "cant", "didnt": a contraction with its apostrophe lost, which the tokeniser
    // splits into "do" + "nt".
    const stripped = t.text === 'nt' && i > 0 && tokens[i - 1].end === t.start && CONTRACTION_HOSTS.has(tokens[i - 1].norm);
    if (NEGATORS.has(t.norm) || stripped) {
      if (fixedPhrase(tokens, i)) continue;
      let last = i;
      if (t.norm === 'no' && tokens[i + 1]?.norm === 'longer') last = i + 1;
      const scope = scopeAfter(text, tokens, last);
      out.push({ ...tokenSpan(text, tokens, stripped ? i - 1 : i, last), ...(scope ? { scope } : {}) });
      i = last;
      continue;
    }
    const next = tokens[i + 1];
    if (t.pos !== 'VERB') continue;
    // "decided against pursuing" is "decided not to pursue".
    if (t.lemma === 'decide' && next?.norm === 'against' && tokens[i + 2]?.pos === 'VERB') {
      const scope = scopeAfter(text, tokens, i + 1);
      out.push({ ...tokenSpan(text, tokens, i, i + 1), ...(scope ? { scope } : {}) });
      i++;
      continue;
    }
    if (NEG_VERBS_TO.has(t.lemma) && next !== undefined && (next.norm === 'to' || (next.pos === 'VERB' && next.norm.endsWith('ing')))) {
      const last = next.norm === 'to' ? i + 1 : i;
      const scope = scopeAfter(text, tokens, last);
      out.push({ ...tokenSpan(text, tokens, i, last), ...(scope ? { scope } : {}) });
      i = last;
      continue;
    }
    // "stopped for speeding", "halted at the border": a halt in motion, not a denial.
    if (NEG_VERBS.has(t.lemma) && !(MOTION_STOPS.has(t.lemma) && ['ADP', 'SCONJ', 'PART'].includes(next?.pos ?? ''))) {
      const scope = scopeAfter(text, tokens, i);
      out.push({ ...tokenSpan(text, tokens, i, i), ...(scope ? { scope } : {}) });
    }
  }
  return out;
}

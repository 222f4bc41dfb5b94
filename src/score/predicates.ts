/**
 * Predicates: the content verbs of a sentence (and nouns the tagger gave a verb's -ing/-ed
 * form), without reporting and light verbs. Two sentences that make the same claim nearly
 * always share a predicate or a close synonym of one ("will visit" / "is expected to
 * visit", "stops short of" / "stops before"); sentences that only name the same people do
 * not ("Blinken will visit China" / "Blinken said they claim to be neutral").
 */
import type { SentenceAnalysis } from '../model/stages.js';

const LIGHT_VERBS = new Set([
  'say', 'tell', 'be', 'have', 'do', 'make', 'take', 'get', 'go', 'come', 'give', 'add', 'accord', 'see', 'know',
  'expect', 'believe', 'think', 'want', 'need', 'seem', 'appear', 'become', 'keep', 'let', 'include',
]);

/** Indices into `words` (the prepared content words) of the sentence's predicates. */
export function predicateWords(analysis: SentenceAnalysis, words: Array<{ index: number; lemma: string }>): number[] {
  const out: number[] = [];
  words.forEach((w, k) => {
    const t = analysis.tokens[w.index];
    const verbal = t.pos === 'VERB' || (t.pos === 'NOUN' && /(ing|ed)$/.test(t.norm));
    if (verbal && !LIGHT_VERBS.has(w.lemma)) out.push(k);
  });
  return out;
}

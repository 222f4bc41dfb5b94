/**
 * What every difference detector reads: both sides of a link (one or more sentences each)
 * with their merged analyses, and a word-similarity function for lemma pairs.
 */
import type { DiffPart, Span } from '../model/result.js';
import type { AnalysedSentence, EntityMention, SentenceAnalysis, Token } from '../model/stages.js';

export interface Side {
  text: string;
  sentences: AnalysedSentence[];
  analysis: SentenceAnalysis;
}

export interface PairContext {
  a: Side;
  b: Side;
  /** Similarity of two lower-case words in [0, 1] (1 when equal). */
  wordSimilarity: (x: string, y: string) => number;
  /** The pair's word-level diff (explain stage), used to spot substitutions. */
  diff: DiffPart[];
  /** Do two entity mentions refer to the same thing (or one contains the other)? */
  sameEntity: (x: EntityMention, y: EntityMention) => boolean;
  /** Keys of the names of several words in either whole report ("evan nash"), when the reports are known. */
  fullNames?: ReadonlySet<string>;
}

export function mergeAnalyses(sentences: AnalysedSentence[]): SentenceAnalysis {
  if (sentences.length === 1) return sentences[0].analysis;
  const out: SentenceAnalysis = {
    tokens: [], content: [], lemmas: [], entities: [], numbers: [], dates: [],
    attributions: [], hedges: [], negations: [], events: [],
  };
  for (const s of sentences) {
    const an = s.analysis;
    const offset = out.tokens.length;
    out.tokens.push(...an.tokens);
    out.lemmas.push(...an.lemmas);
    out.content.push(...an.content.map((i) => i + offset));
    out.entities.push(...an.entities);
    out.numbers.push(...an.numbers);
    out.dates.push(...an.dates);
    out.attributions.push(...an.attributions);
    out.hedges.push(...an.hedges);
    out.negations.push(...an.negations);
    out.events.push(...an.events);
  }
  return out;
}

export function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

export function tokenSpan(text: string, t: Token): Span {
  return spanOf(text, t.start, t.end);
}

/** The first main verb of a side (fallback anchor when the other side has no marker). */
export function mainPredicate(side: Side): Span {
  const toks = side.analysis.tokens;
  const verb = toks.find((t) => t.pos === 'VERB') ?? toks.find((t) => t.pos === 'AUX') ?? toks[0];
  return tokenSpan(side.text, verb);
}

/**
 * A crude English stem for matching inflected forms the lemmatiser missed ("spitting" /
 * "spit", "fried" / "frying"): strips -ing, -ed, -es, -s and a doubled final consonant.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (/^.{2,}(ies|ied)$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/^.{3,}(ing|ed)$/.test(w)) w = w.replace(/(ing|ed)$/, '');
  else if (/^.{2,}(s|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (/^.{2,}[^s]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiouls]/.test(w[w.length - 1])) w = w.slice(0, -1);
  return w;
}

/** The content token of `side` whose lemma is `lemma`, shares its stem, or is very similar to it. */
export function findSimilarToken(side: Side, lemma: string, sim: PairContext['wordSimilarity'], floor = 0.72): Token | undefined {
  let best: Token | undefined;
  let bestSim = floor;
  const target = stem(lemma);
  for (const i of side.analysis.content) {
    const l = side.analysis.lemmas[i];
    const s = l === lemma || stem(l) === target || stem(side.analysis.tokens[i].norm) === target ? 1 : sim(l, lemma);
    if (s > bestSim || (s === 1 && bestSim < 1)) {
      best = side.analysis.tokens[i];
      bestSim = s;
    }
  }
  return best;
}

/** The index of the first token before i whose part of speech is not in `skip` (-1 when none): "Tovey" of "Tovey has already handled". */
export function skipBack(side: Side, i: number, skip: readonly string[]): number {
  const { tokens } = side.analysis;
  let k = i - 1;
  while (k >= 0 && skip.includes(tokens[k].pos)) k--;
  return k;
}

export const quote = (s: string): string => `"${s.replace(/\s+/g, ' ').trim()}"`;

/** Content lemmas within `window` tokens around a span (the span's own tokens excluded). */
export function contextLemmas(side: Side, span: { start: number; end: number }, window = 4): Set<string> {
  const { tokens, lemmas } = side.analysis;
  const first = tokens.findIndex((t) => t.end > span.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < span.end) last++;
  const out = new Set<string>();
  if (first < 0) return out;
  for (let i = Math.max(0, first - window); i <= Math.min(tokens.length - 1, last + window); i++) {
    if (i >= first && i <= last) continue;
    if (!tokens[i].stop && /\p{L}/u.test(tokens[i].text)) out.add(lemmas[i]);
  }
  return out;
}

/** Do two mentions sit in a shared context (a content word in common around them)? */
export function sameContext(a: Side, x: { start: number; end: number }, b: Side, y: { start: number; end: number }): boolean {
  const ca = contextLemmas(a, x);
  for (const l of contextLemmas(b, y)) if (ca.has(l)) return true;
  return false;
}

/** A word-diff replacement: a deleted piece of A next to an inserted piece of B. */
export interface Replacement {
  del: DiffPart;
  ins: DiffPart;
}

/** The replacements of a word diff, each deleted piece with the inserted piece beside it. */
export function replacements(diff: DiffPart[]): Replacement[] {
  const out: Replacement[] = [];
  for (let i = 0; i + 1 < diff.length; i++) {
    const [p, q] = [diff[i], diff[i + 1]];
    const del = p.op === 'delete' ? p : q.op === 'delete' ? q : undefined;
    const ins = p.op === 'insert' ? p : q.op === 'insert' ? q : undefined;
    if (!del || !ins) continue;
    out.push({ del, ins });
    i++;
  }
  return out;
}

/** Does a mention lie inside an offset range (a diff piece's A or B range)? */
export function inside(m: { start: number; end: number }, r: { start: number; end: number } | undefined): boolean {
  return r !== undefined && m.start >= r.start && m.end <= r.end;
}

/** Share of A's words that the word diff finds unchanged in B (1 for identical sentences). */
export function unchangedShare(ctx: PairContext): number {
  let same = 0;
  let total = 0;
  for (const p of ctx.diff) {
    if (p.op === 'insert') continue;
    const n = p.text.split(/\s+/).filter(Boolean).length;
    total += n;
    if (p.op === 'equal') same += n;
  }
  return total ? same / total : 0;
}

/**
 * negation: the same predicate asserted on one side and denied on the other. Of the first
 * three content words after the negation cue (within six tokens and the same clause: the
 * negated subject or predicate and its complement), two must reappear on the other side
 * (same lemma or a close vector neighbour) outside any negation there, and in a rewrite
 * (under half of the words kept) the scope's verb must be one of them (dates and numbers do not count as scope words;
 * negated opinion or speech verbs, "don't think", frame a claim and are skipped). So "not
 * playing the guitar" clashes with
 * "playing the guitar", but "not all are subject to daily scrutiny" does not clash with "all
 * are subject to party influence". When both sides use the same cue (each "declined to")
 * there is no clash.
 */
import type { Difference } from '../../model/result.js';
import type { NegationMention, Token } from '../../model/stages.js';
import { type PairContext, type Side, findSimilarToken, quote, spanOf, stem, unchangedShare } from '../context.js';

/** Content words compared after a negation cue, and how far after it they may be. */
const SCOPE_WORDS = 3;
/** Scope words that must reappear on the other side: two, or all when the scope is shorter. */
const NEEDED = 2;
const SCOPE_TOKENS = 6;

/** The first content words after the cue (the negated predicate and its complement). */
function scopeContent(side: Side, n: NegationMention): number[] {
  const { tokens, content } = side.analysis;
  const first = tokens.findIndex((t) => t.start >= n.end);
  if (first < 0) return [];
  const picked: number[] = [];
  const inMention = (i: number) =>
    [...side.analysis.dates, ...side.analysis.numbers].some((m) => tokens[i].start >= m.start && tokens[i].end <= m.end);
  for (const i of content) {
    if (i < first) continue;
    if (i - first >= SCOPE_TOKENS || picked.length >= SCOPE_WORDS) break;
    if (/[.;:!?,"\u201C\u201D]/.test(tokens.slice(first, i).map((t) => t.text).join(''))) break;
    if (!inMention(i)) picked.push(i);
  }
  return picked;
}

/** "don't think", "did not say": negated opinion or speech frames a claim, it is not one. */
const FRAME_VERBS = new Set(['think', 'know', 'believe', 'say', 'expect', 'want', 'see', 'seem', 'mean', 'recall', 'remember', 'comment']);

/** The scope's verb, when it has one: it must be among the matched words. */
function scopeVerb(side: Side, scope: number[]): number | undefined {
  return scope.find((i) => side.analysis.tokens[i].pos === 'VERB' || side.analysis.tokens[i].pos === 'AUX');
}

/** Plain negators form one class ("not" = "n't" = "no" = "never"); negative verbs keep their own word. */
const PLAIN_NEGATORS = new Set(['not', "n't", 'n\u2019t', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot']);

function cueOf(side: Side, n: NegationMention): string {
  const cue = side.text.slice(n.start, n.end).toLowerCase().split(/\s+/)[0];
  return PLAIN_NEGATORS.has(cue) ? 'not' : cue;
}

/** Words that deny or undo what follows them without being a grammatical negation. */
const NEGATIVE_FRAMES = new Set([
  'failure', 'fail', 'lack', 'absence', 'without', 'unless', 'refuse', 'deny', 'reject', 'dispute',
  'decline', 'avoid', 'prevent', 'halt', 'stop', 'doubt', 'contest', 'dismiss',
]);
const FRAME_WINDOW = 8;

function negated(side: Side, t: Token): boolean {
  if (
    side.analysis.negations.some((n) => {
      const scopeEnd = n.scope ? n.scope.end : n.end + 40;
      return t.start >= n.start && t.end <= scopeEnd;
    })
  ) {
    return true;
  }
  const { tokens, lemmas } = side.analysis;
  const k = tokens.indexOf(t);
  for (let j = Math.max(0, k - FRAME_WINDOW); j < k; j++) if (NEGATIVE_FRAMES.has(lemmas[j]) || NEGATIVE_FRAMES.has(tokens[j].norm)) return true;
  return false;
}

/**
 * One matched scope word is enough when it is the negated predicate (a verb) and the rest
 * of the two sentences largely agree ("There is no child waking up" / "A girl is waking up").
 */
function predicateMatched(from: Side, to: Side, scope: number[], hit: Token): boolean {
  const verb = scope.find((i) => from.analysis.tokens[i].pos === 'VERB' || from.analysis.tokens[i].norm.endsWith('ing'));
  if (verb === undefined || stem(hit.norm) !== stem(from.analysis.tokens[verb].norm)) return false;
  const toStems = new Set(to.analysis.content.map((i) => stem(to.analysis.tokens[i].norm)));
  const content = from.analysis.content;
  const shared = content.filter((i) => toStems.has(stem(from.analysis.tokens[i].norm))).length;
  return content.length > 0 && shared / content.length >= 0.5;
}

const NEAR_COPY = 0.5;

function oneWay(from: Side, to: Side, ctx: PairContext, flip: boolean): Difference[] {
  const out: Difference[] = [];
  const nearCopy = unchangedShare(ctx);
  for (const n of from.analysis.negations) {
    const scope = scopeContent(from, n);
    if (scope.length === 0) continue;
    // Both sides deny ("declined to ..." in each): no clash of polarity.
    if (to.analysis.negations.some((m) => cueOf(to, m) === cueOf(from, n))) continue;
    const verb = scopeVerb(from, scope);
    if (verb !== undefined && FRAME_VERBS.has(from.analysis.lemmas[verb]) && nearCopy < NEAR_COPY) continue;
    const matches: Token[] = [];
    let verbMatched = verb === undefined;
    for (const i of scope) {
      const hit = findSimilarToken(to, from.analysis.lemmas[i], ctx.wordSimilarity, 0.8);
      if (hit && !negated(to, hit)) {
        matches.push(hit);
        if (i === verb) verbMatched = true;
      }
    }
    // In a rewrite (most words changed) the negated verb itself must reappear; in a near
    // copy two matched scope words are evidence enough.
    if (!verbMatched && nearCopy < NEAR_COPY) continue;
    if (matches.length < Math.min(NEEDED, scope.length) && !(matches.length === 1 && predicateMatched(from, to, scope, matches[0]))) continue;
    const last = from.analysis.tokens[scope[Math.min(scope.length, 3) - 1]];
    const negSpan = spanOf(from.text, n.start, Math.max(n.end, last.end));
    // Quote the counterpart of the negated word (the first scope word matched), together
    // with the next match when it follows closely.
    const head = matches[0];
    const close = matches.find((m) => m !== head && m.start > head.start && m.end - head.start <= 40);
    const other = spanOf(to.text, head.start, close ? close.end : head.end);
    const [sa, sb] = flip ? [other, negSpan] : [negSpan, other];
    out.push({ type: 'negation', material: true, note: `negation: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb });
  }
  return out;
}

export function negationDifferences(ctx: PairContext): Difference[] {
  return [...oneWay(ctx.a, ctx.b, ctx, false), ...oneWay(ctx.b, ctx.a, ctx, true)];
}

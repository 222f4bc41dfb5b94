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
 * there is no clash, unless the other side's cue is the copy of another denial on this side
 * (see sameDenial).
 */
import type { Difference } from '../../model/result.js';
import type { NegationMention, Token } from '../../model/stages.js';
import { antonymsOf, areAntonyms } from '../antonyms.js';
import { type PairContext, type Side, findSimilarToken, quote, spanOf, stem, unchangedShare } from '../context.js';

/** Content words compared after a negation cue, and how far after it they may be. */
const SCOPE_WORDS = 3;
/** Scope words that must reappear on the other side: two, or all when the scope is shorter. */
const NEEDED = 2;
const SCOPE_TOKENS = 6;
/** Punctuation that ends a negation's reach. */
const BREAK = /[.;:!?,"\u201C\u201D]/;

/** The first content words after the cue (the negated predicate and its complement). */
function scopeContent(side: Side, n: NegationMention): number[] {
  const { tokens, content } = side.analysis;
  const first = tokens.findIndex((t) => t.start >= n.end);
  if (first < 0) return [];
  // A denied passive with its agent ("The offer was turned down by the board"): what is
  // denied is the subject before it, not the agent.
  const cue = tokens.findIndex((t) => t.start >= n.start);
  if (tokens[first].norm === 'by' && cue > 0 && /^(?:was|were|been|is|are|be|being)$/.test(tokens[cue - 1].norm)) {
    return content.filter((i) => i < cue - 1 && i >= cue - 1 - SCOPE_TOKENS && !tokens.slice(i, cue).some((t) => BREAK.test(t.text))).slice(-SCOPE_WORDS);
  }
  const picked: number[] = [];
  const inMention = (i: number) =>
    [...side.analysis.dates, ...side.analysis.numbers].some((m) => tokens[i].start >= m.start && tokens[i].end <= m.end);
  for (const i of content) {
    if (i < first) continue;
    if (i - first >= SCOPE_TOKENS || picked.length >= SCOPE_WORDS) break;
    if (BREAK.test(tokens.slice(first, i).map((t) => t.text).join(''))) break;
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

function rawCue(side: Side, n: NegationMention): string {
  return side.text.slice(n.start, n.end).toLowerCase().split(/\s+/)[0];
}

/** Negative words that say the same as another cue: "lacked" = "had no", "their failure to" = "failed to", "turned down" = "rejected". */
const SAME_CUE: ReadonlyMap<string, string> = new Map([['lack', 'not'], ['failure', 'fail'], ['refusal', 'refuse'], ['turn', 'reject'], ['vote', 'reject'], ['rebuff', 'reject'], ['spurn', 'reject'], ['decline', 'reject']]);

/** A negation that is itself denied ("does not lack", "never lacked"). */
function denied(side: Side, m: NegationMention): boolean {
  return side.analysis.negations.some((o) => o !== m && o.scope !== undefined && o.scope.start <= m.start && m.start < o.scope.end);
}

/** The content words (lemmas) a negation's scope covers. */
function scopeLemmas(side: Side, n: NegationMention): Set<string> {
  return new Set(scopeContent(side, n).map((i) => side.analysis.lemmas[i]));
}

/**
 * Do two negations deny the same thing? The same cue as written ("declined to" in each), or
 * cues of one meaning ("lacked" / "had no", "failed" / "their failure") over a scope that
 * shares a word ("refused to back the bill" is not answered by "refusing to comment"); and
 * either both are part of a double negative ("does not lack", "never stop") or neither is.
 */
function sameDenial(from: Side, n: NegationMention, to: Side, m: NegationMention): boolean {
  // A double negative ("does not lack") is an assertion: it answers only another double negative.
  const double = (side: Side, x: NegationMention) =>
    denied(side, x) || side.analysis.negations.some((o) => o !== x && denied(side, o) && x.scope !== undefined && x.scope.start <= o.start && o.start < x.scope.end);
  if (double(from, n) !== double(to, m)) return false;
  if (rawCue(from, n) === rawCue(to, m) || (PLAIN_NEGATORS.has(rawCue(from, n)) && PLAIN_NEGATORS.has(rawCue(to, m)))) {
    // ...unless m is the copy of another denial of this side, the same cue over the same
    // words ("would not appeal ... not surprised" / "would appeal ... not surprised": "not
    // surprised" answers "not surprised").
    const here = scopeLemmas(from, n);
    const there = scopeLemmas(to, m);
    if (there.size === 0 || [...there].some((l) => here.has(l))) return true;
    const plain = (side: Side, x: NegationMention) => (PLAIN_NEGATORS.has(rawCue(side, x)) ? 'not' : rawCue(side, x));
    const copy = (o: NegationMention) => {
      const own = scopeLemmas(from, o);
      return plain(from, o) === plain(to, m) && own.size === there.size && [...own].every((l) => there.has(l));
    };
    return !from.analysis.negations.some((o) => o !== n && copy(o));
  }
  if (cueOf(from, n) !== cueOf(to, m)) return false;
  const here = scopeLemmas(from, n);
  return [...scopeLemmas(to, m)].some((l) => here.has(l));
}

function cueOf(side: Side, n: NegationMention): string {
  const cue = rawCue(side, n);
  if (PLAIN_NEGATORS.has(cue)) return 'not';
  const k = side.analysis.tokens.findIndex((t) => t.start === n.start);
  const lemma = k >= 0 ? side.analysis.lemmas[k] : cue;
  return SAME_CUE.get(lemma) ?? lemma;
}

/**
 * Words that deny, undo or take away what follows them without being a grammatical
 * negation: "suspended production" agrees with "halted production", "cut power" with
 * "without power".
 */
const NEGATIVE_FRAMES = new Set([
  'failure', 'fail', 'lack', 'absence', 'without', 'unless', 'refuse', 'deny', 'reject', 'dispute',
  'decline', 'avoid', 'prevent', 'halt', 'stop', 'doubt', 'contest', 'dismiss', 'suspend', 'cancel',
  'block', 'ban', 'freeze', 'scrap', 'withdraw', 'revoke', 'veto', 'cease', 'abandon', 'oppose',
  'postpone',
]);
/** Verbs that deny only their own object: "missed the targets" is "did not meet the targets", but "went missing" denies nothing else. */
const OBJECT_FRAMES = new Set(['miss']);
const OBJECT_REACH = 4;
/**
 * Verbs of taking away, which answer an absence ("cut power" / "without power", "lost
 * power" / "no power") but not a denied act ("no man is cutting a potato").
 */
const DEPRIVING = new Set(['cut', 'lose', 'shut']);
const ABSENCE_CUES = new Set(['without', 'no', 'lack']);
const FRAME_WINDOW = 8;

/**
 * Is token t under a negation cue on its side? The same reach as the cue's own scope
 * (`scopeContent`: its first content words, within six tokens and one clause), so "did not
 * approve the merger" denies "merger" as well as "approve".
 */
function negated(side: Side, t: Token, cue?: string): boolean {
  const { tokens, lemmas } = side.analysis;
  const k = tokens.indexOf(t);
  const covering = side.analysis.negations.filter((n) => {
    const scopeEnd = n.scope ? n.scope.end : n.end + 40;
    if (t.start >= n.start && t.end <= scopeEnd) return true;
    if (t.start < n.end) return false;
    const first = tokens.findIndex((x) => x.start >= n.end);
    if (first < 0 || k - first >= SCOPE_TOKENS) return false;
    return !tokens.slice(first, k).some((x) => BREAK.test(x.text));
  });
  // A denied negative ("does not lack clean water") asserts what it covers.
  if (covering.length % 2 === 0 && covering.some((n) => denied(side, n))) return false;
  if (covering.length > 0) return true;
  const absence = cue !== undefined && ABSENCE_CUES.has(cue);
  for (let j = Math.max(0, k - FRAME_WINDOW); j < k; j++) {
    if (NEGATIVE_FRAMES.has(lemmas[j]) || NEGATIVE_FRAMES.has(tokens[j].norm)) return true;
    if (absence && DEPRIVING.has(lemmas[j])) return true;
  }
  for (let j = Math.max(0, k - OBJECT_REACH); j < k; j++) {
    if (OBJECT_FRAMES.has(lemmas[j]) && tokens[j].pos === 'VERB' && !tokens.slice(j + 1, k).some((x) => BREAK.test(x.text) || x.pos === 'VERB')) return true;
  }
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

/**
 * A word on the other side that is an opposite of an opposite of `lemma`: "convicted" for a
 * denied "guilty" (guilty / acquit, acquit / convict), so "not guilty" clashes with "convicted".
 */
function oppositeOfOpposite(from: Side, i: number, to: Side): Token | undefined {
  // Verbs and adjectives only: nouns chain through unrelated senses (end / middle / "middle class").
  const predicate = (t: Token) => t.pos === 'ADJ' || t.pos === 'VERB';
  if (!predicate(from.analysis.tokens[i])) return undefined;
  const lemma = from.analysis.lemmas[i];
  const twice = new Set<string>();
  for (const x of antonymsOf(lemma)) for (const y of antonymsOf(x)) if (y !== lemma) twice.add(y);
  if (twice.size === 0) return undefined;
  const k = to.analysis.content.find((j) => predicate(to.analysis.tokens[j]) && (twice.has(to.analysis.lemmas[j]) || twice.has(to.analysis.tokens[j].norm)));
  return k === undefined ? undefined : to.analysis.tokens[k];
}

/** The verb a few tokens before `t` in its clause ("passed" in "passed the bill", "claimed" in "claimed responsibility in a statement"). */
function governingVerb(side: Side, t: Token): Token | undefined {
  const { tokens } = side.analysis;
  const k = tokens.indexOf(t);
  if (t.pos === 'VERB') return undefined;
  // Past the words of its own phrase only: articles, possessives, adjectives, nouns, figures
  // and one preposition ("claimed responsibility in a statement").
  let prepositions = 0;
  for (let j = k - 1; j >= 0 && j >= k - 5; j--) {
    if (BREAK.test(tokens[j].text)) return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j];
    if (tokens[j].pos === 'ADP' && ++prepositions > 1) return undefined;
    if (!PHRASE_POS.has(tokens[j].pos) || tokens[j].norm === 'that') return undefined;
  }
  return undefined;
}

const PHRASE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

/**
 * "not guilty" / "acquitted", "no shirt" / "shirtless": a denied adjective whose opposite, or
 * a denied word whose privative form, the other side asserts agrees with it.
 */
function oppositeAsserted(from: Side, to: Side, i: number): boolean {
  const word = [from.analysis.lemmas[i], from.analysis.tokens[i].norm];
  const privative = word.flatMap((w) => [`${w}less`, `${w}-free`]);
  if (to.analysis.tokens.some((t) => privative.includes(t.norm))) return true;
  // Only an adjective has a complementary opposite ("not guilty" = "innocent"); "didn't come"
  // is not "went".
  if (from.analysis.tokens[i].pos !== 'ADJ') return false;
  if (to.analysis.lemmas.some((l, j) => word.includes(l) || word.includes(to.analysis.tokens[j].norm))) return false;
  return to.analysis.tokens.some((t, j) => {
    const other = [to.analysis.lemmas[j], t.norm, stem(t.norm)];
    return word.some((x) => other.some((y) => areAntonyms(x, y, true))) && !negated(to, t);
  });
}

/** Pronoun negators that deny the whole clause when they are its subject or agent. */
const SUBJECT_NEGATORS = new Set(['nobody', 'none', 'nothing', 'neither', 'noone']);
/** A denied clause ("There is no one cooking", "Nobody was hurt") is matched against related words. */
const CLAUSE_FLOOR = 0.5;
const CLAUSE_TOKENS = 10;
const CLAUSE_WORDS = 6;
/** How many tokens apart the matched words may lie on the other side. */
const CLAUSE_SPREAD = 12;

/**
 * Clause negation: the cue denies the whole event, not one word of it. An existential
 * "there is/are no ...", a negative subject before any verb ("Nobody is ...", "No one was
 * hurt", "No soldiers died") or a negative agent ("was signed by nobody"). Returns the
 * content words of the denied clause, or undefined when the cue is not a clause negation.
 */
function clauseScope(side: Side, n: NegationMention): number[] | undefined {
  const { tokens, lemmas, content } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= n.start);
  if (k < 0) return undefined;
  const cue = tokens[k].norm;
  const isBreakTok = (t: Token) => /^[.;:!?,"\u201C\u201D\u2014]$/.test(t.text);
  // Clause start: after the last break before the cue.
  let start = k;
  while (start > 0 && !isBreakTok(tokens[start - 1])) start--;
  const before = tokens.slice(start, k);
  const existential = cue === 'no' && k >= 2 && lemmas[k - 1] === 'be' && tokens[k - 2].norm === 'there';
  const subject = (SUBJECT_NEGATORS.has(cue) || cue === 'no') && before.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'ADP');
  const agent = SUBJECT_NEGATORS.has(cue) && k > 0 && tokens[k - 1].norm === 'by';
  if (!existential && !subject && !agent) return undefined;
  const inMention = (i: number) =>
    [...side.analysis.dates, ...side.analysis.numbers].some((m) => tokens[i].start >= m.start && tokens[i].end <= m.end);
  const picked: number[] = [];
  if (agent) {
    // The passive clause before "by nobody" is what is denied.
    for (const i of content) if (i >= start && i < k && !inMention(i)) picked.push(i);
    return picked.slice(-CLAUSE_WORDS);
  }
  let end = k + 1;
  while (end < tokens.length && end - k <= CLAUSE_TOKENS && !isBreakTok(tokens[end])) end++;
  for (const i of content) if (i > k && i < end && !inMention(i) && picked.length < CLAUSE_WORDS) picked.push(i);
  return picked;
}

/**
 * A denied clause clashes with the other side when at least half of its content words,
 * and two or more, reappear there as related words outside any negation and close
 * together, the clause's verb among them ("There is no cook chopping onions" / "A chef is slicing onions").
 * A clause without a verb is not judged here.
 */
function clauseClash(from: Side, to: Side, scope: number[], ctx: PairContext): Token[] | undefined {
  const matches: Token[] = [];
  const toks = from.analysis.tokens;
  // The tagger often reads a bare participle as a noun ("no lady mixing a salad").
  const verb = scopeVerb(from, scope) ?? scope.find((i) => /^\p{Ll}{3,}ing$/u.test(toks[i].text));
  // A verbless denial ("No deal yet") names a thing, not an event: left to the word rule.
  if (verb === undefined) return undefined;
  let verbMatched = false;
  for (const i of scope) {
    const hit = findSimilarToken(to, from.analysis.lemmas[i], ctx.wordSimilarity, CLAUSE_FLOOR);
    if (hit && !negated(to, hit)) {
      matches.push(hit);
      if (i === verb) verbMatched = true;
    }
  }
  if (!verbMatched || matches.length < Math.max(NEEDED, Math.ceil(scope.length / 2))) return undefined;
  // The restatement must be one stretch of the other side, not words scattered over it.
  const at = matches.map((t) => to.analysis.tokens.indexOf(t)).sort((x, y) => x - y);
  if (at[at.length - 1] - at[0] > CLAUSE_SPREAD) return undefined;
  return matches.sort((x, y) => x.start - y.start);
}

function oneWay(from: Side, to: Side, ctx: PairContext, flip: boolean): Difference[] {
  const out: Difference[] = [];
  const nearCopy = unchangedShare(ctx);
  for (const n of from.analysis.negations) {
    // Both sides deny ("declined to ..." in each): no clash of polarity.
    if (to.analysis.negations.some((m) => sameDenial(from, n, to, m))) continue;
    const clause = clauseScope(from, n);
    const clash = clause && clause.length > 0 ? clauseClash(from, to, clause, ctx) : undefined;
    if (clause && clash) {
      const toks = from.analysis.tokens;
      const negSpan = spanOf(from.text, Math.min(n.start, toks[clause[0]].start), Math.max(n.end, toks[clause[Math.min(clause.length, 3) - 1]].end));
      const other = spanOf(to.text, clash[0].start, clash[clash.length - 1].end);
      const [sa, sb] = flip ? [other, negSpan] : [negSpan, other];
      out.push({ type: 'negation', material: true, note: `negation: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb });
      continue;
    }
    const scope = scopeContent(from, n);
    if (scope.length === 0 || oppositeAsserted(from, to, scope[0])) continue;
    const verb = scopeVerb(from, scope);
    if (verb !== undefined && FRAME_VERBS.has(from.analysis.lemmas[verb]) && nearCopy < NEAR_COPY) continue;
    const matches: Token[] = [];
    let verbMatched = verb === undefined;
    for (const i of scope) {
      const hit = findSimilarToken(to, from.analysis.lemmas[i], ctx.wordSimilarity, 0.8) ?? oppositeOfOpposite(from, i, to);
      if (hit && !negated(to, hit, rawCue(from, n))) {
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
    // A negative verb ("rejected the bill") is answered by the other side's verb ("passed the bill").
    const verbBefore = cueOf(from, n) === 'not' ? undefined : governingVerb(to, head);
    const other = spanOf(to.text, verbBefore ? verbBefore.start : head.start, close ? close.end : head.end);
    const [sa, sb] = flip ? [other, negSpan] : [negSpan, other];
    out.push({ type: 'negation', material: true, note: `negation: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb });
  }
  return out;
}

export function negationDifferences(ctx: PairContext): Difference[] {
  return [...oneWay(ctx.a, ctx.b, ctx, false), ...oneWay(ctx.b, ctx.a, ctx, true)];
}

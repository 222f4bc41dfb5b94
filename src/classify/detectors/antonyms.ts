/**
 * Opposite words: the same statement with an antonym in the same place ("shares close
 * higher" vs "shares close lower", "filling the glass" vs "emptying the glass"). Typed
 * `negation` (opposite polarity). The two words must share a neighbouring content word
 * (within four tokens on each side), and neither may occur on the other side; opposite
 * particles must also be followed by the same content word ("jumping onto a wall" /
 * "jumping off a wall"), and so must attributive stop-word or gradable adjectives. Gradable
 * adjectives count when both words are adjectives ("a huge crowd" / "a small crowd"). A negated word agrees with its opposite ("not guilty" /
 * "innocent"), so a pair with exactly one side negated is no clash.
 */
import type { Difference } from '../../model/result.js';
import { areAntonyms, areOutcomes, hasAntonyms, hasOutcome, OUTCOME_WORDS } from '../antonyms.js';
import { isTitleCase } from '../../analyse/title-case.js';
import { TITLES } from '../../analyse/lexicon/names.js';
import type { Token } from '../../model/stages.js';
import { type PairContext, type Side, quote, skipBack, spanOf, stem } from '../context.js';
import { objectOf } from './arguments.js';
import { isOrdinal } from './ranks.js';

const WINDOW = 4;

function neighbours(side: Side, i: number): Set<string> {
  const { tokens, lemmas } = side.analysis;
  const out = new Set<string>();
  for (let j = Math.max(0, i - WINDOW); j <= Math.min(tokens.length - 1, i + WINDOW); j++) {
    if (j !== i && !tokens[j].stop && /\p{L}/u.test(tokens[j].text)) out.add(lemmas[j]);
  }
  return out;
}

function nextContent(side: Side, i: number): string | undefined {
  const { tokens, lemmas } = side.analysis;
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) if (!tokens[j].stop && /\p{L}/u.test(tokens[j].text)) return lemmas[j];
  return undefined;
}

const ADJECTIVE_POS = new Set(['ADJ', 'ADV']);
/** Stop words that are words in their own right ("empty", "full"), not particles. */
const WORD_POS = new Set(['ADJ', 'VERB', 'NOUN']);

/** Phrasal verbs that mean a word with antonyms: "laid off" opposes "hired" (antonyms.ts), "stepped down" is "resigned", "struck down" is "overturned", "called off" is "cancelled". */
const PHRASAL: ReadonlyMap<string, string> = new Map([
  ['lay off', 'layoff'], ['step down', 'resign'], ['strike down', 'overturn'], ['throw out', 'overturn'], ['set aside', 'overturn'],
  ['call off', 'cancel'], ['put off', 'postpone'], ['push back', 'postpone'], ['pull out', 'withdraw'],
]);

/** Where one steps down from in the literal sense ("stepped down from the podium"). */
const PLACES_STEPPED_FROM = /^(?:podium|stage|stand|platform|rostrum|dais|ladder|plane|bus|train|car|truck|helicopter|stair|stairs|step|steps|kerb|curb|pulpit|bench)$/;

/** The particle after token i when it makes a phrasal verb of PHRASAL with it, else -1. */
function phrasalParticle(side: Side, i: number): number {
  return phrasalOf(side, i)?.particle ?? -1;
}

/**
 * The phrasal verb at token i: its particle's index and its meaning. A capitalised word is
 * also read through its plain forms, which the lemmatiser leaves as written in a Title Case
 * headline ("Court Strikes Down Ban").
 */
function phrasalOf(side: Side, i: number): { particle: number; meaning: string } | undefined {
  const { tokens, lemmas } = side.analysis;
  const next = tokens[i + 1];
  if (next === undefined) return undefined;
  const bases = /^\p{Lu}/u.test(tokens[i].text) ? [lemmas[i], ...plainForms(tokens[i].norm)] : [lemmas[i]];
  const base = bases.find((l) => PHRASAL.has(`${l} ${next.norm}`));
  if (base === undefined) return undefined;
  if (base === 'step' && tokens[i + 2]?.norm === 'from') {
    for (let k = i + 3; k < tokens.length && k <= i + 5; k++) if (PLACES_STEPPED_FROM.test(tokens[k].norm)) return undefined;
  }
  return { particle: i + 1, meaning: PHRASAL.get(`${base} ${next.norm}`)! };
}

/** A word's plain forms when the lemmatiser left it inflected ("vetoes": "veto", "postponed": "postpone", "cancelled": "cancel"). */
function plainForms(norm: string): string[] {
  const out = [stem(norm), ...[/es$/, /s$/, /d$/, /ed$/].filter((re) => re.test(norm)).map((re) => norm.replace(re, ''))];
  // "Cancelled", "Halted": a doubled consonant the stem keeps.
  if (/(\p{Ll})\1ed$/u.test(norm)) out.push(norm.slice(0, -3));
  return out;
}

/**
 * Lemma and surface form, plus the stem when the lemmatiser left an inflected form as is
 * ("folding", or any word of a Title Case headline, "Vetoes"), the meaning of a phrasal verb
 * ("called off"), and the outcome a word tells in other words ("died": "kill").
 */
function forms(side: Side, i: number, headline: boolean): string[] {
  const t = side.analysis.tokens[i];
  const l = side.analysis.lemmas[i];
  const out = [l, t.norm];
  if (l === t.norm && /^\p{Ll}{3,}(ing|ed)$/u.test(t.norm)) out.push(stem(t.norm));
  // A capitalised headline word is left as written by the lemmatiser: try its plain forms
  // ("Vetoes": "veto", "Postponed": "postpone", "Signs": "sign").
  if (headline && /^\p{Lu}/u.test(t.text)) out.push(...plainForms(t.norm));
  const phrasal = phrasalOf(side, i);
  if (phrasal !== undefined) out.push(phrasal.meaning);
  for (const f of [...out]) {
    const o = OUTCOME_WORDS.get(f);
    if (o !== undefined && !out.includes(o)) out.push(o);
  }
  return out;
}

/** "forced to resign", "pressured him to step down": a resignation that was a dismissal. */
const FORCED_BEFORE = /\b(?:forced|pressured|pushed|compelled|made|asked|told|urged)\s+(?:\S+\s+){0,4}to\s+$/i;

/** `fi`: the forms of token i (see forms). */
function forcedResignation(side: Side, i: number, fi: readonly string[]): boolean {
  const t = side.analysis.tokens[i];
  if (!fi.includes('resign')) return false;
  return FORCED_BEFORE.test(side.text.slice(Math.max(0, t.start - 40), t.start));
}

/** The quote of token i: with its particle when it is a phrasal verb ("laid off"). */
function quoted(side: Side, i: number) {
  const t = side.analysis.tokens[i];
  const p = phrasalParticle(side, i);
  return spanOf(side.text, t.start, p >= 0 ? side.analysis.tokens[p].end : t.end);
}

/** "to" and "from" oppose a motion only after a verb ("taken to hospital" / "released from hospital"), not in "due to". */
const MOTION = new Set(['to', 'from']);

/** Right after a verb (past adverbs), or with `be` a form of "be" too ("was up again"). */
function afterVerb(side: Side, i: number, be = false): boolean {
  const { tokens, lemmas } = side.analysis;
  const k = skipBack(side, i, ['ADV']);
  return k >= 0 && (tokens[k].pos === 'VERB' || (be && tokens[k].pos === 'AUX' && lemmas[k] === 'be'));
}

/** A word right before a figure ("up 2 percent", "down 81 cents"). */
function beforeFigure(side: Side, i: number): boolean {
  const t = side.analysis.tokens[i + 1];
  return t !== undefined && (t.pos === 'NUM' || t.type === 'number' || t.type === 'currency' || /^\d/.test(t.text));
}

/** Verbs whose opposite particles say much the same ("fill in" / "fill out"). */
const LOOSE_PARTICLE_VERBS = new Set(['fill', 'break', 'burn', 'close', 'shut', 'lock', 'seal', 'clean', 'wipe', 'sort', 'board', 'track', 'hunt', 'slow']);

/** Verbs after which "to" names where something came from ("traced to a plant", "linked to"). */
const ORIGIN_TO = new Set(['trace', 'link', 'tie', 'attribute', 'connect', 'pin']);

/** The lemma of the verb right before index i, past adverbs; undefined when none. */
function verbBefore(side: Side, i: number): string | undefined {
  const { tokens } = side.analysis;
  const k = skipBack(side, i, ['ADV']);
  return k >= 0 && tokens[k].pos === 'VERB' ? side.analysis.lemmas[k] : undefined;
}

/** An adjective after a form of "be" (past adverbs): "is empty", "was very small". */
function predicative(side: Side, i: number): boolean {
  const { tokens, lemmas } = side.analysis;
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k >= 0 && lemmas[k] === 'be';
}

/** A word after "less" ("less expensive"): it agrees with its opposite ("cheaper"). */
function diminished(side: Side, i: number): boolean {
  const { tokens } = side.analysis;
  // "less expensive", "less-expensive".
  return tokens[i - 1]?.norm === 'less' || (tokens[i - 1]?.text === '-' && tokens[i - 2]?.norm === 'less');
}

/** Negated by a negator before it, or a verb with "no" for its object ("had no authority" = "lacked the authority"). */
function isNegated(side: Side, t: Token, i: number): boolean {
  const next = side.analysis.tokens[i + 1];
  if ((t.pos === 'VERB' || t.pos === 'AUX') && next !== undefined && /^(?:no|none|nothing)$/.test(next.norm)) return true;
  // "little changed", "barely moved": next to "unchanged", not against it ("a little higher" is higher).
  const prev = side.analysis.tokens[i - 1];
  const lemma = side.analysis.lemmas[i];
  if (prev !== undefined && /^(?:little|barely|hardly|scarcely)$/.test(prev.norm) && side.analysis.tokens[i - 2]?.norm !== 'a' && /^(?:change|move|alter|budge)$/.test(lemma)) return true;
  return side.analysis.negations.some((n) => t.start >= n.end && t.end <= (n.scope ? n.scope.end : n.end + 20));
}

/** The "old" of an age ("a 14-year-old gang member"): part of a number, not an opposite of "young" or "new". */
function ageWord(side: Side, i: number): boolean {
  const { tokens } = side.analysis;
  const dash = tokens[i - 1];
  return dash?.text === '-' && dash.end === tokens[i].start && /^(?:years?|months?|weeks?|days?)$/.test(tokens[i - 2]?.norm ?? '');
}

/**
 * The word a particle or preposition governs, past articles, figures and further
 * prepositions ("in the week" -> week, "down from a shelf" -> shelf, "down 8 paise" -> paise).
 */
function governed(side: Side, i: number): string | undefined {
  const { tokens } = side.analysis;
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'NUM' || t.type === 'number' || t.norm === 'of') continue;
    // "up again in May", "switched on again.": adverbs and punctuation say nothing of what is governed.
    if ((t.pos === 'ADV' && t.stop) || t.type === 'punctuation') continue;
    return t.norm;
  }
  return undefined;
}

/**
 * Verbs of custody, whose opposites only clash about the same person: the word right after
 * both must be the same ("arrested the suspect" / "released the suspect", not "released the
 * name of the suspect" or "released from hospital").
 */
const CUSTODY = new Set(['arrest', 'detain', 'capture', 'release', 'free']);
/** Verbs of dismissal, which oppose "resign" only when a person is dismissed, not "fired shots" or "dismissed the case". */
const DISMISSAL = new Set(['fire', 'dismiss', 'sack', 'oust']);
/** Things fired or dismissed that are not people, and particles of firing ("fired at", "fired off"). */
const NOT_A_PERSON = /^(?:shot|round|missile|rocket|weapon|gun|bullet|salvo|volley|case|charge|lawsuit|suit|appeal|claim|motion|idea|concern|warning|suggestion|report)s?$/i;
const FIRING_PARTICLES = new Set(['at', 'on', 'off', 'back', 'up', 'upon', 'into']);

/** A dismissal of a person: passive ("was fired"), or its object (first noun after it) not a thing. */
function personDismissed(side: Side, i: number): boolean {
  const { tokens, lemmas } = side.analysis;
  if (lemmas[i - 1] === 'be' || lemmas[i - 2] === 'be') return true;
  if (FIRING_PARTICLES.has(tokens[i + 1]?.norm ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens[k].type === 'punctuation') break;
    if (tokens[k].pos === 'NOUN') return !NOT_A_PERSON.test(tokens[k].norm);
  }
  return true;
}

/** `fa`, `fb`: the forms of token i of A and token j of B (see forms). */
function sameTarget(a: Side, i: number, fa: readonly string[], b: Side, j: number, fb: readonly string[]): boolean {
  const has = (set: Set<string>, f: readonly string[]) => f.some((x) => set.has(x));
  if ((has(CUSTODY, fa) || has(CUSTODY, fb)) && nextContent(a, i) !== nextContent(b, j)) return false;
  if (has(DISMISSAL, fa) && !personDismissed(a, i)) return false;
  if (has(DISMISSAL, fb) && !personDismissed(b, j)) return false;
  return true;
}

/** Objects at least this alike (vector cosine) are one thing: "the bill" / "the measure" 0.70, "the merger" / "the deal" 0.71, but "Congress" / "proposal" 0.63, "budget" / "increase" 0.58. */
const SAME_OBJECT = 0.68;

/** Words between a verb and the head of its direct object ("the", "any", "new", "his"). */
const OBJECT_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'ADV']);

/**
 * The head of the direct object of the verb at i (after its particle, "struck down the law"):
 * the first noun or name past determiners and modifiers; none after a preposition ("stepped
 * down in February").
 */
function directObject(side: Side, i: number): number | undefined {
  const { tokens } = side.analysis;
  let k = phrasalParticle(side, i) >= 0 ? i + 2 : i + 1;
  while (k < tokens.length && OBJECT_LEAD.has(tokens[k].pos)) k++;
  return k < tokens.length && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') ? objectOf(side, k - 1) : undefined;
}

/** Whether the verbs at i and j act on one thing: objects of the same or a close word, or no direct object on a side. */
function sameObject(ctx: PairContext, i: number, j: number): boolean {
  const [oa, ob] = [directObject(ctx.a, i), directObject(ctx.b, j)];
  if (oa === undefined || ob === undefined) return true;
  const [x, y] = [ctx.a.analysis.lemmas[oa], ctx.b.analysis.lemmas[ob]];
  return x === y || ctx.wordSimilarity(x, y) >= SAME_OBJECT;
}

export function antonymDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  // The forms of each word, and every form on a side ("arresting" read as a noun still holds "arrest").
  const [headA, headB] = [isTitleCase(a.analysis.tokens), isTitleCase(b.analysis.tokens)];
  const formsA = a.analysis.tokens.map((_, k) => forms(a, k, headA));
  const formsB = b.analysis.tokens.map((_, k) => forms(b, k, headB));
  const lemmasA = new Set(formsA.flat());
  const lemmasB = new Set(formsB.flat());
  // Only common words: "North Carolina" is a name, not a direction. In a Title Case headline
  // capitals say nothing of names (nor do the names found there, "Signs Budget Bill"): any word counts.
  const common = (side: Side, i: number, headline: boolean) => {
    const t = side.analysis.tokens[i];
    if (ageWord(side, i)) return false;
    // "Senator White Backs Tax Bill": a word after a title is a name, unless it reads as a verb ("Governor Signs").
    // So does an irregular form the lemmatiser knows as a verb ("Governor Won": "win").
    const verbForm = /(?:s|ed)$/.test(t.norm) || (t.pos === 'VERB' && side.analysis.lemmas[i] !== t.norm);
    if (headline) return /^\p{L}/u.test(t.text) && !(TITLES.has(side.analysis.tokens[i - 1]?.norm ?? '') && !verbForm);
    return t.pos !== 'PROPN' && !/^\p{Lu}/u.test(t.text) && !side.analysis.entities.some((e) => t.start >= e.start && t.end <= e.end);
  };
  // B's words that may oppose one of A's: common, and none of their forms on A's side (worked out once).
  const candidatesB = formsB.flatMap((fb, j) => (common(b, j, headB) && !fb.some((f) => lemmasA.has(f)) ? [j] : []));
  for (let i = 0; i < a.analysis.tokens.length; i++) {
    const fa = formsA[i];
    if (!common(a, i, headA) || !fa.some((f) => hasAntonyms(f) || hasOutcome(f)) || fa.some((f) => lemmasB.has(f))) continue;
    for (const j of candidatesB) {
      const fb = formsB[j];
      const ta = a.analysis.tokens[i];
      const tb = b.analysis.tokens[j];
      // Two ordinals are ranks (ranks.ts), not opposites; "first" / "last" still are.
      if (isOrdinal(ta.norm) && isOrdinal(tb.norm)) continue;
      // WordNet's similar-to links hold between adjectives; not through a superlative read as its
      // base ("latest" is "most recent", not "late", so it is no opposite of "new").
      const superlative = (t: Token, l: string) => t.norm !== l && t.norm.endsWith('est');
      const adjectives = ADJECTIVE_POS.has(ta.pos) && ADJECTIVE_POS.has(tb.pos) && !superlative(ta, a.analysis.lemmas[i]) && !superlative(tb, b.analysis.lemmas[j]);
      if (!fa.some((x) => fb.some((y) => areAntonyms(x, y, adjectives) || areOutcomes(x, y)))) continue;
      const na = neighbours(a, i);
      if (![...neighbours(b, j)].some((w) => na.has(w))) continue;
      // Particles and prepositions ("onto" / "off", "in" / "out") must govern the same thing.
      // So must stop-word and gradable adjectives ("other" / "same", "huge" / "small"), unless
      // both are predicates ("the rink is empty" / "the rink is full of people").
      const satellite = adjectives && !fa.some((x) => fb.some((y) => areAntonyms(x, y) || areOutcomes(x, y)));
      const governs = (side: Side, k: number, t: Token) => (t.stop && !WORD_POS.has(t.pos)) || ((t.stop || satellite) && !predicative(side, k));
      if ((governs(a, i, ta) || governs(b, j, tb)) && nextContent(a, i) !== nextContent(b, j)) continue;
      // A particle and a preposition are not opposites: "rented out last week" / "rented in the week".
      const particle = (t: Token) => t.stop && !WORD_POS.has(t.pos);
      if ((particle(ta) || particle(tb)) && governed(a, i) !== governed(b, j)) continue;
      // A particle tells a direction only after a verb or "be": "hospitals in Dravik" is no
      // opposite of "spilled out of Dravik's hospitals".
      // ("up 2 percent" / "down 2 percent": a particle before a figure is a change, wherever it stands.)
      const placed = (side: Side, k: number) => afterVerb(side, k, true) || beforeFigure(side, k);
      if ((particle(ta) || particle(tb)) && !(placed(a, i) && placed(b, j))) continue;
      // Verbs whose particles mean much the same ("fill in" / "fill out the form", "broke down" / "broke up", "burned down" / "burned up").
      if ((particle(ta) || particle(tb)) && (LOOSE_PARTICLE_VERBS.has(verbBefore(a, i) ?? '') || LOOSE_PARTICLE_VERBS.has(verbBefore(b, j) ?? ''))) continue;
      // "to" / "from" after a verb; "traced to a plant" names an origin, as "came from a plant" does.
      if ((MOTION.has(ta.norm) || MOTION.has(tb.norm)) && !(afterVerb(a, i) && afterVerb(b, j))) continue;
      if (ORIGIN_TO.has(verbBefore(a, i) ?? '') || ORIGIN_TO.has(verbBefore(b, j) ?? '')) continue;
      if (isNegated(a, ta, i) !== isNegated(b, tb, j)) continue;
      // "less expensive" is "cheaper".
      if (diminished(a, i) !== diminished(b, j)) continue;
      if (forcedResignation(a, i, fa) || forcedResignation(b, j, fb)) continue;
      if (!sameTarget(a, i, fa, b, j, fb)) continue;
      const sa = quoted(a, i);
      const sb = quoted(b, j);
      // Outcomes that exclude each other ("cancelled" / "postponed") are no opposites: what happened differs.
      if (fa.some((x) => fb.some((y) => areOutcomes(x, y)))) {
        // Of the same thing: "expected to approve Congress' spending bill" / "vowed to block any spending proposal" are two acts.
        if (!sameObject(ctx, i, j)) continue;
        return [{ type: 'event', material: true, note: `different outcome: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
      }
      return [{ type: 'negation', material: true, note: `opposite: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

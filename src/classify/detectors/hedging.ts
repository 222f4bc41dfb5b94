/**
 * hedging: one report asserts what the other only expects, believes or suspects
 * ("will visit" vs "is expected to visit"; "sold" vs "may be providing"). Reported as minor:
 * the claim is the same, its certainty differs; material only when one side states as done
 * the very act the other only expects or allows ("has filed" vs "is expected to file").
 */
import type { Difference, Span } from '../../model/result.js';
import type { HedgeMention } from '../../model/stages.js';
import { type PairContext, type Side, mainPredicate, quote, skipBack, spanOf, stem } from '../context.js';
import { POSSESSIVES, PRONOUNS, REPORTING_VERBS } from '../../analyse/lexicon/attribution.js';

const MIN_GAP = 0.2;

const REPORTING = new Set(['say', 'tell', 'announce', 'add', 'state', 'write', 'declare', 'promise', 'pledge', 'vow', 'agree']);

/** "X said the two countries would strengthen ...": reported future, not hedging. */
function reportedFuture(side: Side, h: Span): boolean {
  if (!/^(would|will)$/i.test(h.text)) return false;
  const { tokens, lemmas } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= h.start);
  for (let j = Math.max(0, k - 8); j < k; j++) if (REPORTING.has(lemmas[j])) return true;
  return false;
}

/** The verb a hedge governs ("file" in "is expected to file"): the first verb within four words after it. */
function governedVerb(hedged: Side, h: HedgeMention): number {
  const { tokens } = hedged.analysis;
  const k = tokens.findIndex((t) => t.start >= h.end);
  if (k < 0) return -1;
  for (let j = k; j < tokens.length && j < k + 4; j++) if (tokens[j].pos === 'VERB') return j;
  return -1;
}

/** That verb on the other side: its index there, or -1. */
function counterpartIndex(hedged: Side, h: HedgeMention, other: Side): number {
  const verb = governedVerb(hedged, h);
  if (verb < 0) return -1;
  const lemma = hedged.analysis.lemmas[verb];
  return other.analysis.tokens.findIndex((t, j) => other.analysis.lemmas[j] === lemma && t.pos === 'VERB');
}

/**
 * What the asserting side says where the other hedges: the verb the hedge governs ("rise" in
 * "may rise") found on the other side, with its auxiliary ("will rise").
 */
function counterpart(hedged: Side, h: HedgeMention, other: Side): Span | undefined {
  const m = counterpartIndex(hedged, h, other);
  if (m < 0) return undefined;
  const ot = other.analysis.tokens;
  const start = m > 0 && (ot[m - 1].pos === 'AUX' || ot[m - 1].norm === 'to') ? ot[m - 1].start : ot[m].start;
  return spanOf(other.text, start, ot[m].end);
}

/**
 * A hedge that is itself a verb of saying ("alleged", "claimed") answers the other side's
 * plain verb of saying ("said"), not the claim's verb: "said" vs "alleged".
 */
function reportingCounterpart(hedged: Side, h: HedgeMention, other: Side): Span | undefined {
  const k = hedged.analysis.tokens.findIndex((t) => t.start >= h.start);
  if (k >= 0 && attributive(hedged, k)) return modifiedCounterpart(hedged, k, other);
  if (k < 0 || !(REPORTING_VERBS.has(hedged.analysis.lemmas[k]) || REPORTING_VERBS.has(stem(hedged.analysis.tokens[k].norm)) || REPORTING_VERBS.has(hedged.analysis.tokens[k].norm.replace(/d$/, '')))) return undefined;
  const m = other.analysis.tokens.findIndex((t, j) => t.pos === 'VERB' && REPORTING_VERBS.has(other.analysis.lemmas[j]));
  return m < 0 ? undefined : spanOf(other.text, other.analysis.tokens[m].start, other.analysis.tokens[m].end);
}

/** A hedge word used as an adjective, before the noun it qualifies: "the alleged thief", "his suspected accomplice". */
function attributive(side: Side, k: number): boolean {
  const { tokens } = side.analysis;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return next !== undefined && next.pos === 'NOUN' && (prev === undefined || prev.pos === 'DET' || (prev.pos === 'PRON' && POSSESSIVES.has(prev.norm)));
}


/** The other side's word for the noun an attributive hedge qualifies ("thief" for "the alleged thief"), when it has one. */
function modifiedCounterpart(hedged: Side, k: number, other: Side): Span | undefined {
  const lemma = hedged.analysis.lemmas[k + 1];
  const m = other.analysis.lemmas.indexOf(lemma);
  return m < 0 ? undefined : spanOf(other.text, other.analysis.tokens[m].start, other.analysis.tokens[m].end);
}

/** Words before a verb that leave it undone: a modal, a future or an infinitive marker. */
const IRREALIS_BEFORE = new Set(['will', 'would', 'shall', 'should', 'could', 'may', 'might', 'must', 'can', 'to', "'ll", 'wo', 'ca']);

/**
 * A verb stated as done ("has filed", "announced", "fled"): inflected, not a participle in
 * -ing, and not after a modal, a future or "to" (past adverbs and "not").
 */
function done(side: Side, i: number): boolean {
  const { tokens, lemmas } = side.analysis;
  const t = tokens[i];
  // A present tense says what is so or is to come ("faces 17 years if convicted", "opposes"),
  // unless a verb spelt alike in the past follows a perfect or past auxiliary ("had been shut").
  const aux = skipBack(side, i, ['ADV']);
  const invariantPast = t.norm === lemmas[i] && SAME_PAST.has(t.norm) && PAST_AUXILIARIES.has(tokens[aux]?.norm ?? '');
  if ((t.norm === lemmas[i] && !invariantPast) || t.norm.endsWith('ing') || (t.norm.endsWith('s') && !t.norm.endsWith('ss'))) return false;
  let k = i - 1;
  // Past adverbs and auxiliaries ("has filed", "will be withdrawn") to a modal or "to"; a
  // denied act ("has not filed") is not done.
  while (k >= 0 && ['ADV', 'PART', 'AUX'].includes(tokens[k].pos) && !IRREALIS_BEFORE.has(tokens[k].norm)) {
    if (DENIALS.has(tokens[k].norm)) return false;
    k--;
  }
  return !(k >= 0 && IRREALIS_BEFORE.has(tokens[k].norm));
}

const DENIALS = new Set(['not', "n't", 'n\u2019t', 'never']);

/** Verbs whose past participle is spelt as their base ("shut", "cut", "set"). */
const SAME_PAST = new Set(['shut', 'cut', 'put', 'set', 'hit', 'cost', 'let', 'hurt', 'quit', 'spread', 'cast', 'bet', 'bid', 'split', 'shed', 'broadcast', 'forecast', 'reset']);
/** Auxiliaries after which such a verb is past: "has shut", "had been shut", "was cut". */
const PAST_AUXILIARIES = new Set(['has', 'had', 'have', 'been', 'was', 'were']);

/** Content words within four words after a verb: what it is done to ("file a separate civil lawsuit"). */
function after(side: Side, i: number): Set<string> {
  const { tokens, lemmas } = side.analysis;
  const out = new Set<string>();
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (/^[,;:.!?]$/.test(tokens[j].text)) break;
    if (!tokens[j].stop && /\p{L}/u.test(tokens[j].text)) out.add(lemmas[j]);
  }
  return out;
}

/** Hedges strong enough to make a done thing undone: all but the plain future ("will"). */
const MATERIAL_BELOW = 0.85;
/** Modals that say what may be, not what was habitual, proposed or required ("would sell", "should be excluded", "must"). */
const POSSIBILITY_MODALS = new Set(['may', 'might', 'could', 'can']);

/** A hedge that can make a done thing undone: an expectation, belief, report or possibility. */
function undoing(side: Side, h: HedgeMention): boolean {
  if (h.certainty >= MATERIAL_BELOW) return false;
  if (h.kind !== 'modal') return true;
  return POSSIBILITY_MODALS.has(side.text.slice(h.start, h.end).toLowerCase());
}

/**
 * Material: one side states as done what the other only expects, believes, reports or allows
 * ("The SEC has filed a lawsuit" / "The SEC is expected to file a lawsuit", "The man stole"
 * / "The man allegedly stole" is not: the same verb must be done on one side and governed by
 * the hedge on the other). Two ways of telling what is still to come ("will visit" / "is
 * expected to visit") stay minor.
 */
function doneAgainstHedged(hedged: Side, h: HedgeMention, other: Side, otherHedge: HedgeMention | undefined): boolean {
  if (!undoing(hedged, h) || (otherHedge !== undefined && otherHedge.certainty < MATERIAL_BELOW)) return false;
  const verb = governedVerb(hedged, h);
  if (verb < 0 || done(hedged, verb)) return false;
  const m = counterpartIndex(hedged, h, other);
  if (m < 0 || !done(other, m)) return false;
  // The hedged side states the act as done too ("I used money that should have been used").
  const lemma = hedged.analysis.lemmas[verb];
  if (hedged.analysis.tokens.some((t, j) => j !== verb && hedged.analysis.lemmas[j] === lemma && t.pos === 'VERB' && done(hedged, j))) return false;
  // The same act: the verb does the same thing on both sides ("plead guilty" / "pleaded guilty")
  // by the same doer ("The SEC has filed" / "The SEC is expected to file", or a pronoun).
  const objects = after(hedged, verb);
  if (![...after(other, m)].some((l) => objects.has(l))) return false;
  const first = hedged.analysis.tokens.findIndex((t) => t.start >= h.start);
  const [da, db] = [before(hedged, first), before(other, m)];
  // Two pronouns may be one doer; a pronoun against a named doer is not told apart, so not counted.
  return (da.pronoun && db.pronoun) || [...db.words].some((l) => da.words.has(l));
}

/** Content words and pronouns within five words before index i: who does it. */
function before(side: Side, i: number): { words: Set<string>; pronoun: boolean } {
  const { tokens, lemmas } = side.analysis;
  const words = new Set<string>();
  let pronoun = false;
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    if (tokens[j].pos === 'PRON' && PRONOUNS.has(tokens[j].norm)) pronoun = true;
    else if (!tokens[j].stop && /\p{L}/u.test(tokens[j].text)) words.add(lemmas[j]);
  }
  return { words, pronoun };
}

function weakest(side: Side): HedgeMention | undefined {
  let w: HedgeMention | undefined;
  for (const h of side.analysis.hedges) if (!reportedFuture(side, h) && (!w || h.certainty < w.certainty)) w = h;
  return w;
}

/** The quote of a hedge: with the noun it qualifies when it is an adjective ("alleged thief"). */
function hedgeSpan(side: Side, h: HedgeMention): Span {
  const k = side.analysis.tokens.findIndex((t) => t.start >= h.start);
  const end = k >= 0 && side.analysis.tokens[k].end === h.end && attributive(side, k) ? side.analysis.tokens[k + 1].end : h.end;
  return spanOf(side.text, h.start, end);
}

/** Words of the future, plain or reported ("will appeal", "said it would close"). */
const FUTURE = new Set(['will', 'would', "'ll", '\u2019ll', 'wo']);

/**
 * The verb a future word governs ("appeal" of "will appeal", "closed" of "will be closed"), or
 * -1: the first word past adverbs and auxiliaries, whatever the tagger made of it ("would
 * close" is read as an adjective); the other side's verb of the same lemma decides.
 */
function futureVerb(side: Side, k: number): number {
  const { tokens } = side.analysis;
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (DENIALS.has(tokens[j].norm)) return -1;
    if (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX') continue;
    return /^\p{Ll}+$/u.test(tokens[j].text) ? j : -1;
  }
  return -1;
}

/** Verbs of foretelling before a future: what follows is a prediction, not a plan. */
const PREDICTING = new Set(['believe', 'expect', 'predict', 'forecast', 'fear', 'warn', 'think', 'estimate', 'project', 'anticipate']);
/** Words that make an act one of several ("again", "three times", "every September"). */
const REPEATS = new Set(['again', 'times', 'every', 'each', 'annually', 'anew', 'another', 'repeatedly']);

/** Is the act at v told as one of several, in its clause's next words? */
function repeated(side: Side, v: number): boolean {
  const { tokens } = side.analysis;
  for (let j = v + 1; j < tokens.length && j <= v + 7; j++) {
    if (/^[;:.!?]$/.test(tokens[j].text)) break;
    if (REPEATS.has(tokens[j].norm)) return true;
  }
  return false;
}

/** The head noun of what a verb acts on: the first noun or name within four words after it (its lemma). */
function headAfter(side: Side, v: number): string | undefined {
  const { tokens, lemmas } = side.analysis;
  for (let j = v + 1; j < tokens.length && j <= v + 4; j++) {
    if (/^[,;:.!?]$/.test(tokens[j].text)) return undefined;
    if (tokens[j].pos === 'NOUN' || tokens[j].pos === 'PROPN') {
      // The last word of a compound ("its Harlow Bridge factory": "factory").
      let head = j;
      while (head + 1 < tokens.length && (tokens[head + 1].pos === 'NOUN' || tokens[head + 1].pos === 'PROPN') && head < j + 3) head++;
      return lemmas[head];
    }
    if (!['DET', 'ADJ', 'NUM', 'PRON', 'ADV'].includes(tokens[j].pos)) return undefined;
  }
  return undefined;
}

/**
 * A verb its clause states: right after its subject or a tensed auxiliary ("The minister
 * visited", "has appealed"); not a participle after another verb, "to", a bare "be" ("will
 * keep the name and be headquartered") or a comma ("a fund, controlled by").
 */
function finite(side: Side, m: number): boolean {
  const { tokens } = side.analysis;
  let k = m - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  if (k < 0) return true;
  const t = tokens[k];
  if (t.pos === 'AUX') return t.norm !== 'be' && t.norm !== 'have' && t.norm !== 'to';
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON';
}

/** Auxiliaries and adverbs, passed on the way back from a verb to its subject. */
const AUX_ADV = ['AUX', 'ADV'];

/** The pronoun right before index i, past auxiliaries and adverbs ("he" of "he will"), lower case. */
function pronounBefore(side: Side, i: number): string | undefined {
  const { tokens } = side.analysis;
  const k = skipBack(side, i, AUX_ADV);
  return k >= 0 && tokens[k].pos === 'PRON' ? tokens[k].norm : undefined;
}

/** Nouns that stand for a named organisation in a later mention ("the company" for "Brightwell"). */
const GENERIC_ORGS = new Set(['company', 'firm', 'group', 'bank', 'airline', 'carrier', 'retailer', 'manufacturer', 'maker', 'club', 'insurer', 'lender', 'operator', 'utility', 'chain', 'startup', 'conglomerate']);

/** "the company" heading the words before index i (within five), on one side. */
function genericOrgBefore(side: Side, i: number): boolean {
  const { tokens, lemmas } = side.analysis;
  for (let j = i - 1; j >= 1 && j >= i - 5; j--) if (GENERIC_ORGS.has(lemmas[j]) && tokens[j].pos === 'NOUN' && tokens[j - 1].norm === 'the') return true;
  return false;
}

/** A proper name, not a person's, as the subject right before index i, past auxiliaries and adverbs ("Brightwell has closed"). */
function nameBefore(side: Side, i: number): boolean {
  const { tokens } = side.analysis;
  const k = skipBack(side, i, AUX_ADV);
  if (k < 0 || tokens[k].pos !== 'PROPN') return false;
  const t = tokens[k];
  return !side.analysis.entities.some((e) => e.kind === 'person' && t.start >= e.start && t.end <= e.end);
}

/**
 * One doer told as a name on one side and as "the company" on the other ("Brightwell has
 * closed its factory" / "The company said it would close its factory").
 */
function namedAgainstGeneric(future: Side, k: number, done_: Side, m: number): boolean {
  return (genericOrgBefore(future, k) && nameBefore(done_, m)) || (genericOrgBefore(done_, m) && nameBefore(future, k));
}

/**
 * One side tells as still to come ("will appeal", "said it would close its factory") the very
 * act the other states as done ("has appealed", "has closed its factory"): the same verb, the
 * same object word when either has one, the same doer, and the future side not telling the
 * act as done elsewhere. Material.
 */
function futureAgainstDone(future: Side, done_: Side): { future: Span; done: Span } | undefined {
  const { tokens, lemmas } = future.analysis;
  for (let k = 0; k < tokens.length; k++) {
    if (!FUTURE.has(tokens[k].norm)) continue;
    // "would have closed": a counterfactual, not a plan; "will have to": an obligation. A
    // "would" of no one's saying is a condition or a habit ("a wholesaler would sell").
    if (tokens[k + 1]?.norm === 'have') continue;
    if (tokens[k].norm === 'would' && !reportedFuture(future, spanOf(future.text, tokens[k].start, tokens[k].end))) continue;
    const v = futureVerb(future, k);
    if (v < 0 || tokens[v].norm.endsWith('ing')) continue;
    const lemma = lemmas[v];
    if (tokens.some((t, j) => j !== v && lemmas[j] === lemma && t.pos === 'VERB' && done(future, j))) continue;
    // A prediction ("believe the death toll will rise") or an act done over and over ("will
    // raise rates again", "has raised rates three times") is no plan against its doing.
    if (lemmas.slice(Math.max(0, k - 6), k).some((l) => PREDICTING.has(l))) continue;
    if (repeated(future, v)) continue;
    // The done side telling the act to come as well ("reviewed the case in 2019 and will review it again").
    const other = done_.analysis;
    // (futureVerb's -1 reads no lemma.)
    if (other.tokens.some((t, j) => FUTURE.has(t.norm) && other.lemmas[futureVerb(done_, j)] === lemma)) continue;
    const object = headAfter(future, v);
    const da = before(future, k);
    for (let m = 0; m < done_.analysis.tokens.length; m++) {
      if (done_.analysis.lemmas[m] !== lemma || done_.analysis.tokens[m].pos !== 'VERB' || !done(done_, m) || !finite(done_, m) || repeated(done_, m)) continue;
      // The same thing acted on: the same head noun after the verb, or none on either side.
      if (headAfter(done_, m) !== object) continue;
      // The same doer: a content word in common, or the same pronoun ("he will plead" is not "who pleaded").
      const db = before(done_, m);
      const samePronoun = pronounBefore(future, k) !== undefined && pronounBefore(future, k) === pronounBefore(done_, m);
      if (![...db.words].some((l) => da.words.has(l)) && !samePronoun && !namedAgainstGeneric(future, k, done_, m)) continue;
      const ot = done_.analysis.tokens;
      let first = m;
      while (first > 0 && ot[first - 1].pos === 'AUX') first--;
      const from = ot[first].start;
      return { future: spanOf(future.text, tokens[k].start, tokens[v].end), done: spanOf(done_.text, from, ot[m].end) };
    }
  }
  return undefined;
}

/** Verbs that state a claim as established. */
const CONFIRMING = new Set(['confirm', 'establish', 'prove', 'verify']);

/**
 * Where the asserting side confirms the claim the other hedges with a belief, expectation or
 * report ("have confirmed" against "believe"): its verb of confirming, with its auxiliary,
 * when the same source stands before both (a shared word within five words) and the claim
 * after them shares a word. Undefined otherwise.
 */
function confirmation(asserting: Side, hedged: Side, h: HedgeMention): Span | undefined {
  if (h.kind === 'modal' || h.kind === 'approximator') return undefined;
  const { tokens, lemmas } = asserting.analysis;
  const k = hedged.analysis.tokens.findIndex((t) => t.start >= h.start);
  if (k < 0) return undefined;
  const who = before(hedged, k).words;
  // The believed claim's own verb ("acted" of "believe the gunman acted alone") must follow the confirming one.
  const claim = hedged.analysis.tokens.findIndex((t, j) => j > k && t.pos === 'VERB' && !t.stop);
  if (claim < 0) return undefined;
  const verb = hedged.analysis.lemmas[claim];
  for (let m = 0; m < tokens.length; m++) {
    if (!CONFIRMING.has(lemmas[m]) || tokens[m].pos !== 'VERB' || !done(asserting, m)) continue;
    if (![...before(asserting, m).words].some((l) => who.has(l))) continue;
    if (!lemmas.some((l, j) => j > m && j <= m + 10 && l === verb)) continue;
    const from = m > 0 && tokens[m - 1].pos === 'AUX' ? tokens[m - 1].start : tokens[m].start;
    return spanOf(asserting.text, from, tokens[m].end);
  }
  return undefined;
}

export function hedgingDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const fa = futureAgainstDone(a, b);
  const fb = fa === undefined ? futureAgainstDone(b, a) : undefined;
  if (fa !== undefined || fb !== undefined) {
    const [x, y] = fa !== undefined ? [fa.future, fa.done] : [fb!.done, fb!.future];
    const [kx, ky] = fa !== undefined ? ['future', 'done'] : ['done', 'future'];
    return [{ type: 'hedging', material: true, note: `hedging: ${quote(x.text)} (${kx}) vs ${quote(y.text)} (${ky})`, a: x, b: y }];
  }
  const ha = weakest(a);
  const hb = weakest(b);
  const ca = ha?.certainty ?? 1;
  const cb = hb?.certainty ?? 1;
  if (Math.abs(ca - cb) < MIN_GAP) return [];
  // The asserting side confirms what the other only believes ("Investigators believe the fire
  // was started deliberately" / "Investigators have confirmed the fire was started deliberately").
  const [confirmA, confirmB] = [ha === undefined && hb !== undefined ? confirmation(a, b, hb) : undefined, hb === undefined && ha !== undefined ? confirmation(b, a, ha) : undefined];
  const spanA = ha ? hedgeSpan(a, ha) : (confirmA ?? (hb && (reportingCounterpart(b, hb, a) ?? counterpart(b, hb, a)))) ?? mainPredicate(a);
  const spanB = hb ? hedgeSpan(b, hb) : (confirmB ?? (ha && (reportingCounterpart(a, ha, b) ?? counterpart(a, ha, b)))) ?? mainPredicate(b);
  const material =
    confirmA !== undefined || confirmB !== undefined || (ca < cb ? ha !== undefined && doneAgainstHedged(a, ha, b, hb) : hb !== undefined && doneAgainstHedged(b, hb, a, ha));
  return [
    {
      type: 'hedging',
      material,
      note: `hedging: ${quote(spanA.text)} (${ha ? ha.kind : 'asserted'}) vs ${quote(spanB.text)} (${hb ? hb.kind : 'asserted'})`,
      a: spanA,
      b: spanB,
    },
  ];
}

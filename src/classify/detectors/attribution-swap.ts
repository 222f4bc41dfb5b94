/**
 * Swapped sources: each report's source is who did it in the other report's claim ("Russia
 * said Ukraine shelled the plant" / "Ukraine said Russia shelled the plant"; "the rebels shot
 * it down, the army said" / "the army shot it down, the rebels said"; "fired by Islamic
 * Jihad" / "fired by Israel"). The two blame each other: a contradiction, whatever the
 * sources' kind. Only a claim's doer counts: the words before its first verb (to the first
 * conjunction or preposition: "Russian and Ukrainian delegations" names both, "a meeting with
 * Ukraine's delegation" is a meeting), or a passive's agent after "by". Not a claim about
 * what someone else said or claimed ("Russia said Ukraine claimed ..."), nor a report that
 * already gives the other side's word ("..., while Kyiv blamed Moscow"), nor documents or
 * outlets, which report rather than act, nor two sentences that are more than a rewrite of
 * each other.
 */
import type { AttributionMention, Token } from '../../model/stages.js';
import { type PairContext, type Side, unchangedShare } from '../context.js';
import { capitalOf } from '../../analyse/lexicon/places.js';
import { sourceNameKeys, sourceWords } from './source-words.js';

/** Verbs of saying or blaming: a claim whose verb is one reports speech, not a deed. */
const SPEECH = new Set([
  'say', 'claim', 'accuse', 'blame', 'deny', 'tell', 'allege', 'report', 'insist', 'argue', 'state', 'announce',
  'reject', 'dispute', 'confirm', 'suggest', 'assert', 'warn',
]);
/** Subject heads that are themselves speech ("Russia's claim that ..."). */
const SPEECH_NOUNS = new Set(['claim', 'accusation', 'allegation', 'report', 'statement', 'assertion', 'denial']);
const TITLES = /^(?:mr|mrs|ms|dr)$/;

/** The tokens of the claim `m` reports: after "X said (that)", or before "..., X said". */
function claimTokens(side: Side, m: AttributionMention): number[] {
  const { tokens } = side.analysis;
  const before: number[] = [];
  const after: number[] = [];
  tokens.forEach((t, k) => (t.end <= m.start ? before : t.start >= m.end ? after : []).push(k));
  const last = tokens[before[before.length - 1]];
  // "..., the army said on Tuesday": a comma or closing quote before the source ends the claim.
  const trailing = last !== undefined && /^[,”"’']$/.test(last.text);
  const follows = !trailing && after.filter((k) => tokens[k].type === 'word').length >= 2;
  let claim = follows ? after : before;
  // "said on Monday that ...": the claim starts after "that" (not a relative "that" after its verb, "the plant that powers").
  const that = follows ? claim.findIndex((k, n) => n < 8 && tokens[k].norm === 'that') : -1;
  if (that >= 0 && !claim.slice(0, that).some((k) => tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX')) claim = claim.slice(that + 1);
  return claim;
}

/** Lower-case words and name keys of the claim's words before its first verb (all of them, conjunctions included). */
function claimSubject(side: Side, claim: number[]): Set<string> {
  const { tokens, entities } = side.analysis;
  const out = new Set<string>();
  let end = -1;
  let start = -1;
  for (const k of claim) {
    const t = tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    out.add(t.norm);
    if (start < 0) start = t.start;
    end = t.end;
  }
  for (const e of entities) if (e.start >= start && e.end <= end) out.add(e.key);
  return out;
}

/** Lower-case words and name keys of the doer of a claim (its tokens); empty when the claim reports speech. */
function claimDoer(side: Side, claim: number[]): Set<string> {
  const { tokens, lemmas, entities } = side.analysis;
  const verb = claim.findIndex((k) => tokens[k].pos === 'VERB');
  // (The tagger may miss the verb: "The rebels shot down ..." has "shot" as a noun.)
  if (verb >= 0 && SPEECH.has(lemmas[claim[verb]])) return new Set();
  // The subject: words before the first verb or auxiliary, to the first conjunction or
  // preposition after a noun.
  const subject: Token[] = [];
  const subjectAt: number[] = [];
  for (const k of claim) {
    const t = tokens[k];
    if (t.type === 'punctuation' && subject.length === 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation' || subject.length >= 6) break;
    if ((t.pos === 'CCONJ' || t.pos === 'ADP') && subject.some((u) => u.pos === 'NOUN' || u.pos === 'PROPN')) break;
    subject.push(t);
    subjectAt.push(k);
  }
  if (subjectAt.some((k) => SPEECH_NOUNS.has(lemmas[k]) || SPEECH_NOUNS.has(tokens[k].norm))) return new Set();
  // A passive ("was fired by Israel", "were hit by"): its agent, not its subject, did it.
  const v = verb >= 0 ? claim[verb] : -1;
  const passive = v >= 0 && claim.some((k) => k < v && k >= v - 3 && lemmas[k] === 'be');
  const by = v >= 0 ? claim.findIndex((k) => k > v && k <= v + 4 && tokens[k].norm === 'by') : -1;
  let doer = subject;
  if (passive && by >= 0) {
    doer = [];
    for (const k of claim.slice(by + 1, by + 5)) {
      const t = tokens[k];
      if (t.type === 'punctuation' || t.pos === 'VERB' || ((t.pos === 'CCONJ' || t.pos === 'ADP') && doer.length > 0)) break;
      doer.push(t);
    }
  }
  const out = new Set(doer.map((t) => t.norm));
  // Names by their key too: "Ukrainian forces" names Ukraine.
  if (doer.length > 0) {
    const [start, end] = [doer[0].start, doer[doer.length - 1].end];
    for (const e of entities) if (e.start >= start && e.end <= end) out.add(e.key);
  }
  return out;
}

/** Name keys of a source, or its words (three letters or more, no titles) when it names nothing. */
function sourceKeys(side: Side, m: AttributionMention): string[] {
  const names = sourceNameKeys(side, m);
  return names.length > 0 ? names : sourceWords(m).filter((w) => w.length >= 3 && !TITLES.test(w));
}

/** Does `side` give `keys` a word of their own: a name of them right before a verb of saying ("while Kyiv blamed Moscow")? */
function speaksElsewhere(side: Side, keys: readonly string[]): boolean {
  const { tokens, lemmas, entities } = side.analysis;
  // A capital speaks for its country ("while Kyiv blamed Moscow").
  const names = (key: string) => keys.some((k) => k === key || capitalOf(k, key));
  for (let i = 0; i < tokens.length; i++) {
    const named = keys.includes(tokens[i].norm) || entities.some((e) => names(e.key) && e.start <= tokens[i].start && tokens[i].end <= e.end);
    if (!named) continue;
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) if (SPEECH.has(lemmas[k])) return true;
  }
  return false;
}

/** Share of A's words the diff must keep: the two claims say the same but for who (a rewrite naming both is no swap). */
const MIN_UNCHANGED = 0.4;

export function swappedSources(x: AttributionMention, y: AttributionMention, ctx: PairContext): boolean {
  const party = (m: AttributionMention) => m.kind !== 'document' && m.kind !== 'outlet';
  if (!party(x) || !party(y) || unchangedShare(ctx) < MIN_UNCHANGED) return false;
  // A report that already gives both sides' words is no swap.
  if (ctx.a.analysis.attributions.length > 1 || ctx.b.analysis.attributions.length > 1) return false;
  const [kx, ky] = [sourceKeys(ctx.a, x), sourceKeys(ctx.b, y)];
  if (kx.length === 0 || ky.length === 0 || kx.some((w) => ky.includes(w))) return false;
  const [ca, cb] = [claimTokens(ctx.a, x), claimTokens(ctx.b, y)];
  const [da, db] = [claimDoer(ctx.a, ca), claimDoer(ctx.b, cb)];
  // A source named in its own claim's subject ("Israel said Hamas and Israel had agreed") blames nobody else.
  const [sa, sb] = [claimSubject(ctx.a, ca), claimSubject(ctx.b, cb)];
  if (kx.some((w) => da.has(w) || sa.has(w)) || ky.some((w) => db.has(w) || sb.has(w))) return false;
  if (!ky.some((w) => da.has(w)) || !kx.some((w) => db.has(w))) return false;
  return !speaksElsewhere(ctx.a, ky) && !speaksElsewhere(ctx.b, kx);
}

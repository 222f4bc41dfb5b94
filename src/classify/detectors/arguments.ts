/**
 * Same action, different object: both reports use the same verb but name different
 * things as what it applies to ("stops short of more robust military assistance" vs "stops
 * before a full breakout from sanctions"). Typed `event` (what happened differs). The
 * object is the first noun within a few words after the verb, past determiners, adjectives,
 * adverbs and prepositions; the two nouns must be dissimilar and at least one of them absent
 * from the other report's sentence. Reporting and light verbs are not compared, nor objects
 * that are pronouns, numbers or names (the number and entity detectors see those).
 *
 * Who does what to whom: the same verb with subject and object swapped ("the woman is
 * lifting the child" / "the child is lifting the woman", names allowed). The subject is the
 * noun right before the verb (past auxiliaries and adverbs); passives ("is being cut by") are
 * skipped, and so are reciprocal verbs and "with" / "to" objects ("Xi met Putin" = "Putin met
 * Xi", "talking to a man"). A side that tells the act both ways round ("Moscow blamed Kyiv,
 * while Kyiv blamed Moscow") swaps nothing.
 */
import type { Difference } from '../../model/result.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';
import { relatedAs } from '../../score/synonyms.js';
import { spellingSim } from '../../score/wordsim.js';
import { getVectors } from '../../score/vectors.js';
import { POSSESSIVES } from '../../analyse/lexicon/attribution.js';

const LIGHT_VERBS = new Set([
  'say', 'tell', 'be', 'have', 'do', 'make', 'take', 'get', 'go', 'come', 'give', 'add', 'accord', 'see', 'know',
  'think', 'believe', 'want', 'need', 'try', 'seem', 'appear', 'become', 'keep', 'let', 'put', 'use', 'include',
]);
/** Nouns that measure or frame another noun ("a piece of", "the end of"): look past them. */
const LIGHT_NOUNS = new Set(['piece', 'kind', 'sort', 'type', 'number', 'lot', 'bunch', 'group', 'part', 'end', 'way', 'set', 'pair', 'couple', 'amount', 'rest', 'side', 'top', 'front', 'middle']);
const SKIP_POS = new Set(['DET', 'ADJ', 'ADV', 'ADP', 'PART', 'CCONJ']);
const WINDOW = 7;
const MAX_OBJECT_SIM = 0.3;

/** A verb, or a third-person verb form the tagger read as a noun ("it stops before ..."). */
function isVerb(side: Side, i: number): boolean {
  const { tokens, lemmas } = side.analysis;
  const t = tokens[i];
  const before = tokens[i - 1];
  // Passive forms ("is being played", "was sold") put the object before the verb.
  if (before && (lemmas[i - 1] === 'be' || before.norm === 'being' || before.norm === 'been') && t.norm !== lemmas[i] && !t.norm.endsWith('ing')) return false;
  if (t.pos === 'VERB') return true;
  const prev = tokens[i - 1];
  // "her legs" is a noun after a possessive, not "she legs".
  if (prev !== undefined && POSSESSIVES.has(prev.norm)) return false;
  return t.pos === 'NOUN' && t.norm === `${lemmas[i]}s` && prev !== undefined && ['NOUN', 'PROPN', 'PRON', 'ADV', 'CCONJ', 'DET'].includes(prev.pos) && prev.norm !== 'the' && prev.norm !== 'a';
}

interface Action {
  verb: number;
  object: number;
  /** The object follows a preposition ("ask for a lifeline"), not the verb directly ("ask banks"). */
  oblique: boolean;
}

function actions(side: Side): Action[] {
  const { tokens, lemmas } = side.analysis;
  const out: Action[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const l = lemmas[i];
    if (tokens[i].stop || LIGHT_VERBS.has(l) || !/^\p{Ll}+$/u.test(tokens[i].text) || !isVerb(side, i)) continue;
    let oblique = false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 1 + WINDOW); j++) {
      const t = tokens[j];
      // "seized by detectives": the agent of a passive, not its object.
      if (/^[,;:.!?\u2014\u2013)]$/.test(t.text) || t.norm === 'by') break;
      if (t.pos === 'NOUN' && !LIGHT_NOUNS.has(lemmas[j])) {
        // The head of a noun compound is its last noun ("water gun" -> gun).
        let head = j;
        while (head + 1 < tokens.length && tokens[head + 1].pos === 'NOUN') head++;
        out.push({ verb: i, object: head, oblique });
        break;
      }
      // "the welcoming of newcomers" names the same slot as "welcoming newcomers" ("stops short of" does not).
      if (t.pos === 'ADP' && !(t.norm === 'of' && j === i + 1)) oblique = true;
      if (!SKIP_POS.has(t.pos)) break;
    }
  }
  return out;
}

interface Role {
  verb: number;
  subject: number;
  object: number;
}

const HEAD_POS = new Set(['NOUN', 'PROPN']);
/** Verbs whose subject and object can trade places without changing the claim. */
const RECIPROCAL = new Set([
  'meet', 'marry', 'face', 'play', 'fight', 'battle', 'call', 'phone', 'talk', 'speak', 'chat', 'hug', 'kiss', 'embrace',
  'greet', 'join', 'date', 'tie', 'draw', 'debate', 'resemble', 'match', 'touch', 'accompany', 'negotiate', 'wrestle',
  'partner', 'ally', 'border', 'equal', 'rival', 'dance', 'argue', 'trade', 'compete', 'collide', 'clash',
]);
/** Prepositions that introduce a partner rather than a target. */
const PARTNER_PREPS = new Set(['with', 'to', 'and', 'against', 'alongside', 'beside', 'near', 'next']);
const BETWEEN_POS = new Set(['AUX', 'ADV', 'PART']);

/** The noun right before a verb (past auxiliaries and adverbs): its subject's head. */
function subjectOf(side: Side, verb: number): number | undefined {
  const { tokens } = side.analysis;
  let k = verb - 1;
  while (k >= 0 && BETWEEN_POS.has(tokens[k].pos)) k--;
  return k >= 0 && HEAD_POS.has(tokens[k].pos) ? k : undefined;
}

/** The first noun or name within a few words after the verb, past modifiers and prepositions. */
export function objectOf(side: Side, verb: number): number | undefined {
  const { tokens, lemmas } = side.analysis;
  for (let j = verb + 1; j < Math.min(tokens.length, verb + 1 + WINDOW); j++) {
    const t = tokens[j];
    if (/^[,;:.!?\u2014\u2013)]$/.test(t.text)) return undefined;
    if (HEAD_POS.has(t.pos) && !LIGHT_NOUNS.has(lemmas[j])) {
      let head = j;
      while (head + 1 < tokens.length && tokens[head + 1].pos === t.pos) head++;
      return head;
    }
    if (PARTNER_PREPS.has(t.norm) || (!SKIP_POS.has(t.pos) && t.pos !== 'PRON')) return undefined;
  }
  return undefined;
}

/** "is being cut", "was lifted": the subject is the thing acted on. */
function passive(side: Side, verb: number): boolean {
  const { tokens, lemmas } = side.analysis;
  if (tokens[verb].norm.endsWith('ing')) return false;
  let k = verb - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k >= 0 && (lemmas[k] === 'be' || lemmas[k] === 'get' || ['being', 'been', 'be', 'got', 'gets'].includes(tokens[k].norm));
}

function roles(side: Side): Role[] {
  const { tokens, lemmas } = side.analysis;
  const out: Role[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].stop || LIGHT_VERBS.has(lemmas[i]) || RECIPROCAL.has(lemmas[i]) || !/^\p{Ll}+$/u.test(tokens[i].text)) continue;
    if (!isVerb(side, i) || passive(side, i)) continue;
    const subject = subjectOf(side, i);
    const object = objectOf(side, i);
    if (subject !== undefined && object !== undefined) {
      out.push({ verb: i, subject, object });
      // Who it went to or came from ("transferred money to Marsh"): a second role of the act.
      const other = recipientOf(side, object);
      if (other !== undefined) out.push({ verb: i, subject, object: other });
    }
  }
  return out;
}

/** The name or noun after "to" or "from" right after an object ("money to Marsh"), if any. */
function recipientOf(side: Side, object: number): number | undefined {
  const { tokens } = side.analysis;
  const prep = tokens[object + 1];
  if (prep === undefined || (prep.norm !== 'to' && prep.norm !== 'from')) return undefined;
  let k = object + 2;
  while (k < tokens.length && tokens[k].pos === 'DET') k++;
  return k < tokens.length && HEAD_POS.has(tokens[k].pos) ? k : undefined;
}

/** Same verb, subject and object swapped. */
function roleDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const la = a.analysis.lemmas;
  const lb = b.analysis.lemmas;
  const key = (side: Side, i: number) => side.analysis.lemmas[i].toLowerCase();
  const [ra, rb] = [roles(a), roles(b)];
  // Does a side also tell the act the other way round ("..., while Kyiv blamed Moscow")?
  const tells = (side: Side, rs: Role[], verb: string, subject: string, object: string) =>
    rs.some((r) => side.analysis.lemmas[r.verb] === verb && key(side, r.subject) === subject && key(side, r.object) === object);
  for (const x of ra) {
    for (const y of rb) {
      if (la[x.verb] !== lb[y.verb]) continue;
      const [sa, oa, sb, ob] = [key(a, x.subject), key(a, x.object), key(b, y.subject), key(b, y.object)];
      const span = (side: Side, r: Role) => spanOf(side.text, side.analysis.tokens[r.subject].start, side.analysis.tokens[r.object].end);
      if (sa !== oa && sa === ob && oa === sb && !tells(b, rb, la[x.verb], sa, oa) && !tells(a, ra, lb[y.verb], sb, ob)) {
        const [qa, qb] = [span(a, x), span(b, y)];
        return [{ type: 'event', material: true, note: `roles swapped: ${quote(qa.text)} vs ${quote(qb.text)}`, a: qa, b: qb }];
      }
    }
  }
  return [];
}

/** Modifiers inside the agent's noun phrase: "an Israeli airstrike", "a misfired rocket". */
const AGENT_MODIFIER_POS = new Set(['DET', 'ADJ', 'PROPN', 'NUM']);
/** WordNet relations that make two agents one ("gunman" / "shooter"): synonyms, derived forms, direct hypernyms. */
const SAME_AGENT = { synonym: 1, derived: 1, hypernym: 1, maxRank: 3 };
/** ...or vectors this close ("police" / "officers" 0.83); "airstrike" / "rocket" is 0.53. */
const SAME_AGENT_COSINE = 0.6;

/** The head noun of a passive verb's agent ("was hit by a misfired rocket" -> rocket); names are left to the entity detector. */
function agentOf(side: Side, verb: number): number | undefined {
  const { tokens } = side.analysis;
  let k = verb + 1;
  if (tokens[k]?.pos === 'ADV') k++; // "carried out by"
  if (tokens[k]?.norm !== 'by') return undefined;
  let head: number | undefined;
  for (let j = k + 1; j < Math.min(tokens.length, k + 1 + WINDOW); j++) {
    const t = tokens[j];
    if (t.pos === 'NOUN') head = j;
    else if (head !== undefined) break;
    else if (!AGENT_MODIFIER_POS.has(t.pos) && !(t.pos === 'VERB' && /(?:ed|ing)$/.test(t.norm))) break;
  }
  return head;
}

/** Passive verbs with a common-noun agent: verb index -> agent head index. */
function agents(side: Side): Array<{ verb: number; agent: number }> {
  const out: Array<{ verb: number; agent: number }> = [];
  for (let i = 0; i < side.analysis.tokens.length; i++) {
    if (side.analysis.tokens[i].pos !== 'VERB' || !passive(side, i)) continue;
    const agent = agentOf(side, i);
    if (agent !== undefined) out.push({ verb: i, agent });
  }
  return out;
}

/**
 * The same thing done by a different agent ("was hit by an Israeli airstrike" / "was hit by
 * a misfired rocket"): the same passive verb, agents that are neither the same word, related
 * in WordNet, close in the vectors, nor named anywhere in the other sentence.
 */
function agentDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const la = a.analysis.lemmas;
  const lb = b.analysis.lemmas;
  const lemmasA = new Set(la);
  const lemmasB = new Set(lb);
  const ys = agents(b);
  for (const x of agents(a)) {
    for (const y of ys) {
      if (la[x.verb] !== lb[y.verb]) continue;
      const [u, v] = [la[x.agent], lb[y.agent]];
      if (lemmasB.has(u) || lemmasA.has(v) || ctx.wordSimilarity(u, v) >= SAME_AGENT_COSINE || relatedAs(u, v, SAME_AGENT)) continue;
      const span = (side: Side, verb: number, agent: number) => spanOf(side.text, side.analysis.tokens[verb + 1].start, side.analysis.tokens[agent].end);
      const [sa, sb] = [span(a, x.verb, x.agent), span(b, y.verb, y.agent)];
      return [{ type: 'event', material: true, note: `agent: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

/** Letters of a run of tokens, lower-cased: "work-around" and "rear view" -> "workaround", "rearview". */
function letters(side: Side, first: number, last: number): string {
  return side.text.slice(side.analysis.tokens[first].start, side.analysis.tokens[last].end).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The object written as one word or several: its head with the nouns and adjectives just
 * before it and any hyphen-joined parts just after ("a work-around", "the rear view",
 * "reprehensiblebehaviour"), as letters only.
 */
function objectSpelling(side: Side, head: number): { whole: string; head: string } {
  const { tokens } = side.analysis;
  let first = head;
  while (first > 0 && head - first < 2 && ['NOUN', 'ADJ'].includes(tokens[first - 1].pos)) first--;
  let last = head;
  while (tokens[last + 1]?.text === '-' && tokens[last + 1].start === tokens[last].end && tokens[last + 2]?.start === tokens[last + 1].end) last += 2;
  return { whole: letters(side, first, last), head: letters(side, head, last) };
}

/**
 * The same object spelt as one word on one side and as several on the other. A word that
 * ends in the other's head counts only when no dictionary knows it: two words run
 * together ("reprehensiblebehaviour"), not "password" / "sword".
 */
function sameSpelling(a: Side, x: number, b: Side, y: number): boolean {
  const sa = objectSpelling(a, x);
  const sb = objectSpelling(b, y);
  const unknown = (side: Side, i: number) => getVectors().rank(side.analysis.tokens[i].norm) === undefined;
  const within = (whole: string, head: string, glued: boolean) => glued && head.length >= 4 && whole.endsWith(head) && whole !== head;
  return sa.whole === sb.whole || sa.head === sb.head || within(sa.head, sb.head, unknown(a, x)) || within(sb.head, sa.head, unknown(b, y));
}

/** Spelling variants the vectors also put close ("guerrilla" / "guerilla"; not "bank" / "band"). */
const VARIANT_COSINE = 0.5;

/** The lemma, or a spelling variant of it, within a short reach after the verb. */
function nearAfter(ctx: PairContext, side: Side, verb: number, lemma: string): boolean {
  const { lemmas } = side.analysis;
  for (let j = verb + 1; j < Math.min(lemmas.length, verb + 1 + 2 * WINDOW); j++) {
    if (lemmas[j] === lemma || (spellingSim(lemmas[j], lemma) > 0 && ctx.wordSimilarity(lemmas[j], lemma) >= VARIANT_COSINE)) return true;
  }
  return false;
}

export function argumentDifferences(ctx: PairContext): Difference[] {
  const swapped = roleDifferences(ctx);
  if (swapped.length) return swapped;
  const agent = agentDifferences(ctx);
  if (agent.length) return agent;
  const { a, b } = ctx;
  const lemmasA = new Set(a.analysis.lemmas);
  const lemmasB = new Set(b.analysis.lemmas);
  const xs = actions(a);
  const ys = actions(b);
  for (const x of xs) {
    const verb = a.analysis.lemmas[x.verb];
    for (const y of ys) {
      // A direct object and one after a preposition fill different slots ("ask banks" / "ask for a lifeline").
      if (b.analysis.lemmas[y.verb] !== verb || x.oblique !== y.oblique) continue;
      const oa = a.analysis.lemmas[x.object];
      const ob = b.analysis.lemmas[y.object];
      if (oa === ob || ctx.wordSimilarity(oa, ob) >= MAX_OBJECT_SIM) continue;
      // The words as written too: the lemmatiser's "datum" for "data" has a vector far from "information".
      if (ctx.wordSimilarity(a.analysis.tokens[x.object].norm, b.analysis.tokens[y.object].norm) >= MAX_OBJECT_SIM) continue;
      if (lemmasB.has(oa) && lemmasA.has(ob)) continue;
      // The same verb with the same object elsewhere on the other side: no conflict.
      if (ys.some((z) => z !== y && b.analysis.lemmas[z.verb] === verb && b.analysis.lemmas[z.object] === oa)) continue;
      // Either object named shortly after the verb on the other side too ("grabbing the
      // wrist and neck of a young man" / "grabbing a young man by the hand"): same target.
      if (nearAfter(ctx, b, y.verb, oa) || nearAfter(ctx, a, x.verb, ob)) continue;
      if (sameSpelling(a, x.object, b, y.object)) continue;
      const ta = a.analysis.tokens;
      const tb = b.analysis.tokens;
      const sa = spanOf(a.text, ta[x.verb].start, ta[x.object].end);
      const sb = spanOf(b.text, tb[y.verb].start, tb[y.object].end);
      return [{ type: 'event', material: true, note: `event: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

/**
 * Who: the same statement about people of kinds that exclude each other ("The blast killed 12
 * soldiers" / "... 12 civilians", "three adults" / "three children"; see ../kinds.ts). Typed
 * `entity`: a different party in the same role. Both words are common nouns that the word diff
 * replaces one with the other (in pieces of a few words), with a content word in common around them (sameContext), and
 * neither word occurs on the other side, so a report that names both ("soldiers and
 * civilians") clashes with neither, and "the mother ... her child" / "the woman ... her
 * daughter" pairs "mother" with "woman", not with "daughter". WordNet's direct opposites
 * ("men" / "women") are left to the antonym detector.
 */
import type { Difference, DiffPart } from '../../model/result.js';
import type { Token } from '../../model/stages.js';
import { POSSESSIVES } from '../../analyse/lexicon/attribution.js';
import { PARTIES, PARTY_NAMES } from '../../analyse/lexicon/names.js';
import { isTitleCase } from '../../analyse/title-case.js';
import { areAntonyms } from '../antonyms.js';
import { exclusiveKinds, hasOpposedKind, kindEntries, MILITARY, opposedEntries, POLICE } from '../kinds.js';
import { inside, type PairContext, replacements, type Side, quote, sameContext, tokenSpan } from '../context.js';

/**
 * The forms a noun is looked up by: lemma, surface form, and a singular the lemmatiser did not
 * give ("marines", "militiamen", "schoolchildren").
 */
function formsOf(side: Side, i: number): string[] {
  const norm = side.analysis.tokens[i].norm;
  const out = [side.analysis.lemmas[i], norm];
  if (norm.endsWith('children')) out.push(norm.slice(0, -3));
  else if (norm.endsWith('men')) out.push(`${norm.slice(0, -3)}man`);
  else if (norm.endsWith('s')) out.push(norm.slice(0, -1));
  return out;
}

/**
 * Nouns a kind word may modify and still name who ("rebel forces", "police officers", "army
 * units"); not offices ("rebel MPs" are a party's own members voting against it).
 */
const FORCE_HEADS = new Set(['force', 'forces', 'fighter', 'troop', 'soldier', 'unit', 'officer', 'commander', 'militia', 'personnel', 'position', 'stronghold', 'checkpoint', 'base', 'convoy', 'patrol', 'attack', 'offensive', 'shelling', 'airstrike']);
/** Force heads that are places: a kind word before them ("army base") names where, not who. */
const PLACE_HEADS = new Set(['position', 'stronghold', 'checkpoint', 'base']);
/** Words before a police or military word that make it something else ("military police", "mutinous soldiers"). */
const NOT_POLICE = new Set(['military', 'paramilitary', 'armed', 'border']);
const NOT_STATE_FORCES = new Set(['mutinous', 'renegade', 'rogue', 'former', 'breakaway', 'defecting', 'defected', 'ex']);

const DISGUISED = new Set(['dressed', 'disguised', 'posing', 'masquerading']);

/**
 * Parties, compared here only in Title Case headlines ("Democrats Block Bill" / "Republicans
 * Block Bill"), where the entity detector sees every word as a name; elsewhere it compares
 * them as organisations, and their lower-case words are ordinary ones ("a conservative estimate").
 */
const PARTY_WORDS = new Map<string, string>([...Object.entries(PARTY_NAMES).filter(([name]) => !name.includes(' ')), ['dems', 'democrats']]);
const PARTY_KEYS = [...PARTIES];

/** A noun's entries as a party ("democrats>republicans" ...), in a headline only. */
function partyEntries(side: Side, i: number, headline: boolean): Set<string> {
  const out = new Set<string>();
  if (!headline) return out;
  for (const f of formsOf(side, i)) {
    const party = PARTY_WORDS.get(f);
    if (party !== undefined) for (const other of PARTY_KEYS) if (other !== party) out.add(`${party}>${other}`);
  }
  return out;
}

/** The entries of all a noun's forms together, as a kind of person and as a party. */
function entriesOf(side: Side, i: number, headline: boolean): Set<string> {
  const out = partyEntries(side, i, headline);
  for (const f of formsOf(side, i)) for (const e of kindEntries(f)) out.add(e);
  return out;
}

/** What the detector reads of one kind noun, worked out once per noun. */
interface KindNoun {
  index: number;
  forms: string[];
  parties: Set<string>;
  /** Its entries, sorted and joined: one kind named in other words has the same. */
  signature: string;
}

function kindNounsOf(side: Side): KindNoun[] {
  const headline = isTitleCase(side.analysis.tokens);
  return kindNouns(side, headline).map((index) => ({
    index,
    forms: formsOf(side, index),
    parties: partyEntries(side, index, headline),
    signature: [...entriesOf(side, index, headline)].sort().join(' '),
  }));
}

/**
 * Token indices of common nouns that name a kind of person with an opposite kind; not a noun
 * that modifies another ("a child star", "a youth leader") unless that one is a force or
 * fighter ("rebel forces", "police officers"); not "child" after a possessive ("their
 * children" are offspring of any age); not a word in the source of a statement ("the army
 * said", a source difference the attribution detector reports); not police after "military"
 * or "armed", nor soldiers after "mutinous" or "former", nor a disguise ("dressed as
 * soldiers"). Two kinds after the same name are one group's members named two ways
 * ("Taliban soldiers" / "Taliban militants").
 */
function kindNouns(side: Side, headline: boolean): number[] {
  const { tokens, lemmas, entities, attributions } = side.analysis;
  const out: number[] = [];
  const firstWord = tokens.findIndex((u) => u.type !== 'punctuation');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // A capital only at the start of the sentence ("Militiamen killed ..."), which the tagger may
    // read as a name; an adjective only as a head ("a senior civilian in", not "civilian deaths").
    const first = i === firstWord && /^\p{Lu}\p{Ll}+$/u.test(t.text);
    const head = next === undefined || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
    if (!/^\p{Ll}/u.test(t.text) && !first && !headline) continue;
    if (!(t.pos === 'NOUN' || ((first || headline) && t.pos === 'PROPN') || (t.pos === 'ADJ' && head))) continue;
    // In a Title Case headline every word is capitalised and may be tagged a name, and the next word's tag says little.
    if (!headline && (next?.pos === 'NOUN' || next?.pos === 'PROPN') && !FORCE_HEADS.has(lemmas[i + 1])) continue;
    // "gunmen dressed as soldiers": a disguise, not who they were.
    if (tokens[i - 1]?.norm === 'as' && DISGUISED.has(tokens[i - 2]?.norm ?? '')) continue;
    if (!headline && entities.some((e) => t.start >= e.start && t.end <= e.end && !(first && e.start === t.start && e.end === t.end))) continue;
    if (attributions.some((at) => t.start >= at.source.start && t.end <= at.source.end)) continue;
    const prev = tokens[i - 1]?.norm ?? '';
    if (/^(?:child|children|kid|kids)$/.test(t.norm) && (POSSESSIVES.has(prev) || prev === "'s" || prev === '’s')) continue;
    const forms = formsOf(side, i);
    if (NOT_POLICE.has(prev) && forms.some((f) => POLICE.includes(f))) continue;
    if (NOT_STATE_FORCES.has(prev) && forms.some((f) => MILITARY.includes(f))) continue;
    if (forms.some(hasOpposedKind) || (headline && forms.some((f) => PARTY_WORDS.has(f)))) out.push(i);
  }
  return out;
}

/** The figure a kind word is the counted noun of ("12" of "12 soldiers"), if any. */
function countOf(side: Side, t: Token): number | undefined {
  return side.analysis.numbers.find((m) => m.unit !== '' && t.start >= m.start && t.end <= m.end)?.value;
}

/** Most words a replaced piece may hold: "soldiers" / "civilians", "two children" / "an adult", not a sentence rewritten. */
const MAX_PIECE_WORDS = 4;
const short = (p: DiffPart) => p.text.trim().split(/\s+/).length <= MAX_PIECE_WORDS;

export function kindDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const nounsA = kindNounsOf(a);
  if (nounsA.length === 0) return [];
  const nounsB = kindNounsOf(b);
  if (nounsB.length === 0) return [];
  // A kind the other side also names, in another word ("police" / "policemen", "troops" / "soldiers"), opposes nothing there;
  // a place named after it ("an army base") names no one.
  const people = (side: Side, n: KindNoun) => !PLACE_HEADS.has(side.analysis.lemmas[n.index + 1] ?? '');
  const kindsA = new Set(nounsA.filter((n) => people(a, n)).map((n) => n.signature));
  const kindsB = new Set(nounsB.filter((n) => people(b, n)).map((n) => n.signature));
  const lemmasA = new Set(a.analysis.lemmas);
  const lemmasB = new Set(b.analysis.lemmas);
  const swapped = replacements(ctx.diff).filter((r) => short(r.del) && short(r.ins));
  if (swapped.length === 0 && !a.analysis.numbers.some((m) => b.analysis.numbers.some((n) => n.value === m.value))) return [];
  const named = (side: Side, t: Token | undefined) => t !== undefined && side.analysis.entities.some((e) => t.start >= e.start && t.end <= e.end);
  for (const x of nounsA) {
    const fa = x.forms;
    if (fa.some((f) => lemmasB.has(f)) || kindsB.has(x.signature)) continue;
    const ta = a.analysis.tokens[x.index];
    const countA = countOf(a, ta);
    if (!swapped.some((r) => inside(ta, r.del.a)) && countA === undefined) continue;
    for (const y of nounsB) {
      const fb = y.forms;
      if (fb.some((f) => lemmasA.has(f)) || kindsA.has(y.signature)) continue;
      if (!fa.some((p) => fb.some((q) => exclusiveKinds(p, q))) && !opposedEntries(x.parties, y.parties)) continue;
      if (fa.some((p) => fb.some((q) => areAntonyms(p, q)))) continue;
      const tb = b.analysis.tokens[y.index];
      // One named group's members named two ways ("Taliban soldiers" / "Taliban militants").
      const [pa, pb] = [a.analysis.tokens[x.index - 1], b.analysis.tokens[y.index - 1]];
      if (named(a, pa) && named(b, pb) && pa!.norm === pb!.norm) continue;
      // The same count of each ("12 soldiers were killed" / "killed 12 civilians") places
      // them wherever the rewrite put them; otherwise the diff must replace one with the other.
      const counted = countA !== undefined && countA === countOf(b, tb);
      if (!counted && (!swapped.some((r) => inside(ta, r.del.a) && inside(tb, r.ins.b)) || !sameContext(a, ta, b, tb))) continue;
      const sa = tokenSpan(a.text, ta);
      const sb = tokenSpan(b.text, tb);
      return [{ type: 'entity', material: true, note: `who: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

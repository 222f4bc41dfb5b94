/**
 * entity / place: a name on one side replaced by a different name of the same kind on the
 * other (an unknown name after "in", "at", "near" ... counts as a place), at the same point of the sentence (a substitution in the word diff), where neither
 * name appears on the other side at all and the two share no word or near spelling
 * (see names.ts). Only in pairs that keep at least 40% of A's words (a rewrite, not a
 * different sentence); Title Case headlines are skipped: every word looks like a name there.
 */
import type { Difference } from '../../model/result.js';
import type { EntityMention } from '../../model/stages.js';
import { inside, type PairContext, quote, replacements, type Side, skipBack, spanOf, unchangedShare } from '../context.js';
import { differentPeople, namesCompatible } from '../names.js';
import { capitalOf, knownPlace, placesNested, stateAfter } from '../../analyse/lexicon/places.js';
import { PARTIES } from '../../analyse/lexicon/names.js';
import { REPORTING_VERBS } from '../../analyse/lexicon/attribution.js';
import { isTitleCase } from '../../analyse/title-case.js';

const MAX_SUBSTITUTION_CHARS = 80;
/** Share of A's words the diff must keep for a substitution to count. */
const MIN_UNCHANGED = 0.4;

/** A headline in Title Case ("Steele to Announce Decision on R.N.C. Run") makes every word look like a name. */
const titleCase = (side: Side) => isTitleCase(side.analysis.tokens);

/** Prepositions that make the name after them a place ("in Cardiff", "near Toledo"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'into', 'across', 'around']);

/**
 * The kind a name is compared as: its own, or 'place' for an unknown name right after a
 * locative preposition ("a warehouse in Cardiff"), which no gazetteer needs to know.
 */
/** Capitalised words after "in" / "at" that are not places: languages, holidays, months, days. */
const NOT_PLACES = new Set([
  'english', 'french', 'spanish', 'german', 'italian', 'portuguese', 'russian', 'arabic', 'chinese',
  'mandarin', 'cantonese', 'japanese', 'korean', 'hindi', 'urdu', 'persian', 'farsi', 'turkish', 'hebrew',
  'greek', 'dutch', 'polish', 'ukrainian', 'swahili', 'latin', 'christmas', 'easter', 'ramadan', 'eid',
  'thanksgiving', 'hanukkah', 'diwali', 'passover', 'halloween', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'congress', 'parliament', 'court', 'office',
]);

/** Locative prepositions after which a name is where, never who. */
const WHERE = new Set(['in', 'near', 'outside', 'into', 'across', 'around']);

/** Verbs of going somewhere: the name after their "to" is a place ("fled to Lyon"; not "spoke to Smith"). */
const MOTION_VERBS = new Set([
  'flee', 'travel', 'move', 'return', 'head', 'evacuate', 'relocate', 'deport', 'fly', 'drive', 'march',
  'sail', 'airlift', 'divert', 'escape', 'retreat', 'advance', 'migrate', 'emigrate',
]);
/** Nouns of a place whose name follows "of" ("the town of Sela"). */
const PLACE_NOUNS = new Set([
  'town', 'city', 'village', 'province', 'region', 'district', 'state', 'county', 'island', 'port', 'capital', 'suburb',
  'neighbourhood', 'neighborhood', 'municipality', 'hamlet', 'settlement', 'governorate', 'prefecture', 'outskirts',
]);

/** A name after a locative preposition, after "to" of a verb of going, or after "the town of". */
function inPlaceSlot(side: Side, k: number): boolean {
  const { tokens, lemmas } = side.analysis;
  const prev = tokens[k - 1]?.norm;
  if (prev === undefined) return false;
  if (LOCATIVE.has(prev)) return true;
  if ((prev === 'to' || prev === 'toward' || prev === 'towards') && k >= 2 && MOTION_VERBS.has(lemmas[k - 2])) return true;
  return prev === 'of' && k >= 2 && PLACE_NOUNS.has(lemmas[k - 2]);
}

function kindOf(side: Side, m: EntityMention): EntityMention['kind'] {
  const tokens = side.analysis.tokens;
  const k = tokens.findIndex((t) => t.start === m.start);
  const afterLocative = k > 0 && inPlaceSlot(side, k);
  // "in French" is a language, "at Easter" a holiday ("French troops" stays a nationality).
  if (afterLocative && NOT_PLACES.has(m.text.toLowerCase())) return 'other';
  // A two-word name of no known kind is guessed a person; after "in" or "near" it is a place
  // ("in Larch Valley"), not someone ("a letter from John Smith" keeps its guess).
  if (m.kind === 'person' && afterLocative && WHERE.has(tokens[k - 1].norm) && !/^['’]s?$/.test(side.text.slice(m.end, m.end + 2).trim())) return 'place';
  if (m.kind !== 'other') return m.kind;
  return afterLocative || placeBeforeNoun(side, m, k) ? 'place' : 'other';
}

/** A name between "in the" and a noun of place ("in the Eastgate district"). */
function placeBeforeNoun(side: Side, m: EntityMention, k: number): boolean {
  const { tokens, lemmas } = side.analysis;
  if (k < 2 || tokens[k - 1].norm !== 'the' || !LOCATIVE.has(tokens[k - 2].norm)) return false;
  const next = tokens.findIndex((t) => t.start >= m.end);
  return next >= 0 && PLACE_NOUNS.has(lemmas[next]);
}

/**
 * A person and an organisation are compared only when the two names are the whole of the
 * substitution: a capitalised two-word name of no known kind is guessed to be a person
 * ("Lockheed Martin"), so "awarded to Boeing" vs "awarded to Lockheed Martin" would
 * otherwise never be compared, while "Police said" vs "Mr Barschak was" is a rewrite.
 */
function comparableKinds(x: EntityMention['kind'], y: EntityMention['kind'], wholeSubstitution: boolean): boolean {
  if (x === y) return true;
  const actor = (k: EntityMention['kind']) => k === 'person' || k === 'organisation';
  return wholeSubstitution && actor(x) && actor(y);
}

/** A place's key, and the state a town is placed in ("Blaine, Wash." is in Washington). */
function stateOf(side: Side, m: EntityMention): string | undefined {
  return stateAfter(side.text.slice(m.end, m.end + 24));
}

/**
 * A place named as where something is or happens: after a locative preposition ("in
 * Baghdad", "into the United States"), or as an adjective ("a Nigerian boy").
 */
function asLocation(side: Side, m: EntityMention): boolean {
  const { tokens } = side.analysis;
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k < 0) return false;
  let p = k - 1;
  while (p >= 0 && tokens[p].pos === 'DET') p--;
  // "voters in Scotland", "residents of Texas": the place says who, not where.
  if (p >= 0 && LOCATIVE.has(tokens[p].norm)) {
    const who = tokens[p - 1];
    return who === undefined || !(PEOPLE.has(side.analysis.lemmas[p - 1]) || PEOPLE.has(who.norm.replace(/s$/, '')));
  }
  const last = tokens.findIndex((t) => t.end === m.end);
  return last >= 0 && ['NOUN', 'ADJ'].includes(tokens[last + 1]?.pos ?? '');
}

/** Nouns for groups of people, whom a place after them picks out ("voters in Scotland" are not "voters in Britain"). */
const PEOPLE = new Set([
  'voter', 'resident', 'people', 'person', 'citizen', 'official', 'worker', 'student', 'troop', 'soldier', 'police',
  'patient', 'farmer', 'consumer', 'family', 'child', 'adult', 'protester', 'household', 'taxpayer', 'employee',
  'lawmaker', 'leader', 'population', 'community', 'inhabitant', 'immigrant', 'migrant', 'refugee', 'victim', 'man', 'woman',
]);

/**
 * The same place told in more or less detail: a capital standing for its country
 * ("Washington" / "the United States"), or, as locations only, a place and one that
 * contains it ("in Baghdad" / "in Iraq", "into Blaine, Wash." / "into the United States").
 * "Russia annexed Crimea" / "annexed Ukraine" names different things.
 */
function nestedPlaces(a: Side, x: EntityMention, b: Side, y: EntityMention): boolean {
  if (capitalOf(x.key, y.key)) return true;
  if (!asLocation(a, x) || !asLocation(b, y)) return false;
  const [sx, sy] = [stateOf(a, x), stateOf(b, y)];
  const pairs: Array<[string, string | undefined]> = [[x.key, y.key], [sx ?? '', y.key], [x.key, sy]];
  return pairs.some(([p, q]) => p !== '' && q !== undefined && (p === q || placesNested(p, q)));
}

export function entityDifferences(ctx: PairContext): Difference[] {
  const { a, b, diff } = ctx;
  const out: Difference[] = [];
  // A substitution means something only where the rest of the sentence is kept.
  if (titleCase(a) || titleCase(b)) return out;
  if (unchangedShare(ctx) < MIN_UNCHANGED) {
    const doer = otherDoer(ctx);
    return doer === undefined ? out : [doer];
  }
  for (const { del, ins } of replacements(diff)) {
    if (del.text.length > MAX_SUBSTITUTION_CHARS || ins.text.length > MAX_SUBSTITUTION_CHARS) continue;
    for (const x of a.analysis.entities.filter((m) => inside(m, del.a))) {
      const kind = kindOf(a, x);
      // One entity on the other side: a person matches by family name alone, except the name
      // put in its place, when the given names differ ("Mark Kelly" / "Trent Kelly").
      const same = (p: EntityMention, q: EntityMention) => ctx.sameEntity(p, q) && !(differentPeople(p.text, q.text) && inside(p, del.a) && inside(q, ins.b));
      const whole = (m: EntityMention) => del.text.trim() === x.text && ins.text.trim() === m.text;
      // A name of no known kind is compared only as the whole substitution, each as the doer
      // of the act ("after Tovey handled the ball" / "after Salas handled the ball").
      // Not two words of one full name in either report ("Evan" / "Nash" of "Evan Nash").
      const actors = (m: EntityMention) => kind === 'other' && kindOf(b, m) === 'other' && whole(m) && actorSlot(a, x) && actorSlot(b, m) && !oneFullName(ctx, x, m);
      if (b.analysis.entities.some((y) => same(x, y))) continue;
      const y = b.analysis.entities.find(
        (m) =>
          inside(m, ins.b) &&
          (kind !== 'other' || actors(m)) &&
          comparableKinds(kind, kindOf(b, m), whole(m)) &&
          // A party and a person may be one side and its member ("rejected by Democrats" / "by Chuck Schumer").
          !(PARTIES.has(x.key) && kindOf(b, m) === 'person') &&
          !(PARTIES.has(m.key) && kind === 'person') &&
          !a.analysis.entities.some((z) => same(z, m)),
      );
      if (!y) continue;
      // Two places the gazetteer tells apart are two places, a shared word notwithstanding ("South Sudan" / "Sudan").
      const twoPlaces = kind === 'place' && namedPlace(x) && namedPlace(y) && x.key !== y.key;
      // So are two parties ("Democratic Party" / "Republican Party").
      const twoParties = PARTIES.has(x.key) && PARTIES.has(y.key) && x.key !== y.key;
      // And two people of one family name ("Mark Kelly" / "Trent Kelly").
      const twoPeople = kind === 'person' && kindOf(b, y) === 'person' && differentPeople(x.text, y.text);
      if (!twoPlaces && !twoParties && !twoPeople && namesCompatible(x.text, y.text)) continue;
      out.push(placeOrEntity(ctx, kind, x, y));
    }
  }
  out.push(...longerPlaceNames(ctx, out));
  const doer = out.length === 0 ? otherDoer(ctx) : undefined;
  if (doer !== undefined) out.push(doer);
  return out;
}

/** The name that does the verb at index k: a mention ending right before it, past auxiliaries and adverbs ("Tovey handled", "Tovey has handled"). */
function nameBeforeVerb(side: Side, k: number): EntityMention | undefined {
  const { tokens } = side.analysis;
  const j = skipBack(side, k, ['AUX', 'ADV']);
  if (j < 0) return undefined;
  const end = tokens[j].end;
  const m = side.analysis.entities.find((e) => e.end === end && (e.kind === 'person' || e.kind === 'other'));
  if (m === undefined || /^[\p{Lu}\d.&-]+$/u.test(m.text) || PARTIES.has(m.key)) return undefined;
  // A name, not the end of a longer one or a description ("General Electric Co.", "The South Carolina Republican").
  const first = tokens.findIndex((t) => t.start === m.start);
  const before = tokens[first - 1];
  if (first < 0 || (before !== undefined && (before.pos === 'DET' || before.pos === 'PROPN' || /^\p{Lu}/u.test(before.text)))) return undefined;
  return m;
}

/** Verbs of saying and asking, besides the reporting verbs: who asks is a source, not a doer. */
const SPEECH = new Set(['ask', 'question', 'reply', 'respond', 'answer', 'explain', 'warn', 'urge', 'argue', 'describe', 'call', 'predict', 'promise', 'suggest', 'recall']);
const saying = (lemma: string) => REPORTING_VERBS.has(lemma) || SPEECH.has(lemma);

/** Two one-word names that are words of one multi-word name in either report ("Evan" / "Nash" of "Evan Nash"). */
function oneFullName(ctx: PairContext, x: EntityMention, y: EntityMention): boolean {
  for (const name of ctx.fullNames ?? []) {
    const words = name.split(' ');
    if (words.includes(x.key) && words.includes(y.key)) return true;
  }
  return false;
}

/** A verb told as done: a past form, not a present, an "-ing" or a verb after a modal or "to". */
function doneVerb(side: Side, k: number): boolean {
  const { tokens, lemmas } = side.analysis;
  const t = tokens[k];
  if (t.norm === lemmas[k] || t.norm.endsWith('ing') || /s$/.test(t.norm)) return false;
  const prev = tokens[k - 1];
  return prev === undefined || !/^(?:will|would|could|should|may|might|must|can|to)$/.test(prev.norm);
}

/** A name with its Arabic article dropped ("al-Qaddafi" is "Qaddafi"). */
const bare = (name: string) => name.replace(/^(?:al|el|ad|as|ash)[-\u2010]/i, '');

/**
 * One act done by two people: the same verb, not one of saying (the attribution row's), right
 * after a name on each side, and neither name in the other sentence ("after Tovey handled the
 * ball" / "a penalty awarded after Salas handled in the area"). Not two words of one full name
 * in either report.
 */
function otherDoer(ctx: PairContext): Difference | undefined {
  const { a, b } = ctx;
  if (titleCase(a) || titleCase(b)) return undefined;
  const verbs = (side: Side) =>
    side.analysis.tokens.flatMap((t, k) => {
      const lemma = side.analysis.lemmas[k];
      return t.pos === 'VERB' && !saying(lemma) && !['be', 'have', 'do'].includes(lemma) && doneVerb(side, k) ? [k] : [];
    });
  const verbsB = verbs(b);
  if (verbsB.length === 0) return undefined;
  const mentions = (side: Side, m: EntityMention) => side.analysis.entities.some((e) => ctx.sameEntity(e, m) || namesCompatible(e.text, m.text));
  for (const i of verbs(a)) {
    const x = nameBeforeVerb(a, i);
    if (x === undefined) continue;
    for (const j of verbsB) {
      if (b.analysis.lemmas[j] !== a.analysis.lemmas[i]) continue;
      const y = nameBeforeVerb(b, j);
      if (y === undefined || ctx.sameEntity(x, y) || namesCompatible(bare(x.text), bare(y.text))) continue;
      if (mentions(b, x) || mentions(a, y)) continue;
      if (oneFullName(ctx, x, y)) continue;
      const verb = a.analysis.tokens[i].text;
      return { type: 'entity', material: true, note: `who ${verb}: ${quote(x.text)} vs ${quote(y.text)}`, a: spanOf(a.text, x.start, x.end), b: spanOf(b.text, y.start, y.end) };
    }
  }
  return undefined;
}

/**
 * A one-word name that does the act: right before a verb, not first in its sentence ("after
 * Tovey handled"), or after "by" ("scored by Tovey").
 */
function actorSlot(side: Side, m: EntityMention): boolean {
  const { tokens } = side.analysis;
  const k = tokens.findIndex((t) => t.start === m.start);
  if (k <= 0 || tokens[k].end !== m.end) return false;
  // A verb of saying makes the name a source: the attribution row's ("Okafor told reporters").
  // After "by", a name, not a title before one ("by Transport Secretary Pete Buttigieg").
  const next = tokens[k + 1];
  return (next?.pos === 'VERB' && !saying(side.analysis.lemmas[k + 1])) || (tokens[k - 1].norm === 'by' && !(next !== undefined && /^\p{Lu}/u.test(next.text)));
}

/** A country, state or city of the gazetteer, named, not a one-word demonym ("Korean officials" / "North Korean officials"). */
function namedPlace(m: EntityMention): boolean {
  return knownPlace(m.key) && (/\s/.test(m.text.trim()) || m.text.toLowerCase().replace(/\./g, '') === m.key);
}

/**
 * A place named only by its slot before a noun of place ("the Kreuzberg district") against a
 * place the gazetteer knows ("Berlin"): the district may lie in the city, so not told apart.
 */
function districtOfKnown(a: Side, x: EntityMention, b: Side, y: EntityMention): boolean {
  const slot = (side: Side, m: EntityMention) => placeBeforeNoun(side, m, side.analysis.tokens.findIndex((t) => t.start === m.start));
  return (slot(a, x) && !slot(b, y) && knownPlace(y.key)) || (slot(b, y) && !slot(a, x) && knownPlace(x.key));
}

/** The difference of two names; one place inside the other ("in Baghdad" / "in Iraq") is reported, not material. */
function placeOrEntity(ctx: PairContext, kind: EntityMention['kind'], x: EntityMention, y: EntityMention): Difference {
  const nested = kind === 'place' && (nestedPlaces(ctx.a, x, ctx.b, y) || districtOfKnown(ctx.a, x, ctx.b, y));
  const type = kind === 'place' ? 'place' : 'entity';
  return {
    type,
    material: !nested,
    note: `${type}: ${quote(x.text)} vs ${quote(y.text)}${nested ? ' (one inside the other)' : ''}`,
    a: spanOf(ctx.a.text, x.start, x.end),
    b: spanOf(ctx.b.text, y.start, y.end),
  };
}

/**
 * A place named on one side with words added in front on the other ("in Sudan" / "in South
 * Sudan", "Virginia" / "West Virginia"): the diff sees an insertion, not a replacement, yet
 * the gazetteer knows two places. Neither name may appear on the other side.
 */
function longerPlaceNames(ctx: PairContext, found: readonly Difference[]): Difference[] {
  const { a, b } = ctx;
  const out: Difference[] = [];
  const places = (side: Side, other: Side) =>
    side.analysis.entities.filter((m) => m.kind === 'place' && namedPlace(m) && !other.analysis.entities.some((o) => o.key === m.key));
  const ys = places(b, a);
  for (const x of places(a, b)) {
    if (found.some((d) => d.a.start <= x.start && x.end <= d.a.end)) continue;
    const longer = (p: EntityMention, q: EntityMention) => p.text.toLowerCase().endsWith(` ${q.text.toLowerCase()}`);
    const y = ys.find((m) => m.key !== x.key && (longer(m, x) || longer(x, m)) && !found.some((d) => d.b.start <= m.start && m.end <= d.b.end));
    if (y !== undefined) out.push(placeOrEntity(ctx, 'place', x, y));
  }
  return out;
}

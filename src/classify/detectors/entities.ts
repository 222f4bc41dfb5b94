/**
 * entity / place: a name on one side replaced by a different name of the same kind on the
 * other (an unknown name after "in", "at", "near" ... counts as a place), at the same point of the sentence (a substitution in the word diff), where neither
 * name appears on the other side at all and the two share no word or near spelling
 * (see names.ts). Only in pairs that keep at least 40% of A's words (a rewrite, not a
 * different sentence); Title Case headlines are skipped: every word looks like a name there.
 */
import type { Difference } from '../../model/result.js';
import type { EntityMention } from '../../model/stages.js';
import { inside, type PairContext, quote, replacements, type Side, spanOf, unchangedShare } from '../context.js';
import { namesCompatible } from '../names.js';
import { placesNested, stateAfter } from '../../analyse/lexicon/places.js';

const MAX_SUBSTITUTION_CHARS = 80;
/** Share of A's words the diff must keep for a substitution to count. */
const MIN_UNCHANGED = 0.4;

/** A headline in Title Case ("Steele to Announce Decision on R.N.C. Run") makes every word look like a name. */
function titleCase(side: Side): boolean {
  const words = side.analysis.tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.8;
}

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

function kindOf(side: Side, m: EntityMention): EntityMention['kind'] {
  const tokens = side.analysis.tokens;
  const k = tokens.findIndex((t) => t.start === m.start);
  const afterLocative = k > 0 && LOCATIVE.has(tokens[k - 1].norm);
  // "in French" is a language, "at Easter" a holiday ("French troops" stays a nationality).
  if (afterLocative && NOT_PLACES.has(m.text.toLowerCase())) return 'other';
  if (m.kind !== 'other') return m.kind;
  return afterLocative ? 'place' : 'other';
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
function placeKeys(side: Side, m: EntityMention): string[] {
  const state = stateAfter(side.text.slice(m.end, m.end + 24));
  return state === undefined ? [m.key] : [m.key, state];
}

/** One place inside the other ("in Baghdad" / "in Iraq", "Blaine, Wash." / "the United States"). */
function nestedPlaces(a: Side, x: EntityMention, b: Side, y: EntityMention): boolean {
  const [kx, ky] = [placeKeys(a, x), placeKeys(b, y)];
  return kx.some((p) => ky.some((q) => p === q || placesNested(p, q)));
}

export function entityDifferences(ctx: PairContext): Difference[] {
  const { a, b, diff } = ctx;
  const out: Difference[] = [];
  // A substitution means something only where the rest of the sentence is kept.
  if (titleCase(a) || titleCase(b) || unchangedShare(ctx) < MIN_UNCHANGED) return out;
  for (const { del, ins } of replacements(diff)) {
    if (del.text.length > MAX_SUBSTITUTION_CHARS || ins.text.length > MAX_SUBSTITUTION_CHARS) continue;
    for (const x of a.analysis.entities.filter((m) => inside(m, del.a))) {
      const kind = kindOf(a, x);
      if (kind === 'other' || b.analysis.entities.some((y) => ctx.sameEntity(x, y))) continue;
      const y = b.analysis.entities.find(
        (m) =>
          inside(m, ins.b) &&
          comparableKinds(kind, kindOf(b, m), del.text.trim() === x.text && ins.text.trim() === m.text) &&
          !a.analysis.entities.some((z) => ctx.sameEntity(z, m)),
      );
      if (!y || namesCompatible(x.text, y.text)) continue;
      // "in Baghdad" / "in Iraq": one place inside the other, told at two levels of detail.
      if (kind === 'place' && nestedPlaces(a, x, b, y)) continue;
      const type = kind === 'place' ? 'place' : 'entity';
      out.push({
        type,
        material: true,
        note: `${type}: ${quote(x.text)} vs ${quote(y.text)}`,
        a: spanOf(a.text, x.start, x.end),
        b: spanOf(b.text, y.start, y.end),
      });
    }
  }
  return out;
}

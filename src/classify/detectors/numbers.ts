/**
 * number: the same quantity (same unit, or nouns for one kind of thing, and a shared word nearby) with values that do not
 * agree; and, at the same point of an otherwise kept sentence, a bare count replaced by
 * another ("The blast killed 12" / "killed 15") or an amount of time by one in another unit
 * ("for 12 hours" / "for 12 days"). Counts inside dates that resolve are left to the date
 * detector.
 */
import type { Difference } from '../../model/result.js';
import type { NumberMention } from '../../model/stages.js';
import { TIME_UNIT_SECONDS } from '../../analyse/numbers.js';
import { REPORTING_VERBS, SOURCE_HEADS } from '../../analyse/lexicon/attribution.js';
import { celsiusOf, CURRENCIES, JUST_ABOVE, JUST_BELOW, LOWER_BOUNDS, MEASURE_UNITS, UPPER_BOUNDS } from '../../analyse/lexicon/quantities.js';
import { contextLemmas, inside, type PairContext, quote, replacements, sameContext, type Side, spanOf, unchangedShare } from '../context.js';
import { relatedAs } from '../../score/synonyms.js';

type Range = { start: number; end: number };

const SCALE_WORD = /\b(thousand|million|billion|trillion|bn|mn|m|b|k)\b/i;
const digitsOf = (m: NumberMention) => m.text.replace(/[^\d.]/g, '').replace(/^\.+|\.+$/g, '');
/** Most figures one replaced piece of the diff may hold (a tally has two). */
const MAX_FIGURES = 3;
/** Share of A's words the diff must keep for a bare count's substitution to count. */
const MIN_UNCHANGED = 0.5;

/** Value in a common scale: seconds for units of time, metres, kilograms, m² or m³ for measures, degrees Celsius for temperatures, the value itself otherwise. */
function scaled(m: NumberMention): number {
  return celsiusOf(m.value, m.unit) ?? m.value * (TIME_UNIT_SECONDS.get(m.unit) ?? MEASURE_UNITS.get(m.unit)?.[1] ?? 1);
}

const isTemperature = (unit: string) => celsiusOf(0, unit) !== undefined;
const SCALES = ['celsius', 'fahrenheit'];

/** Two measures of one dimension in different units ("5 miles" / "8 km", "40 C" / "104 F", "40 degrees" / "40 C"). */
function sameMeasure(x: NumberMention, y: NumberMention): boolean {
  const degrees = (unit: string) => isTemperature(unit) || unit === 'degree';
  if (degrees(x.unit) && degrees(y.unit) && (isTemperature(x.unit) || isTemperature(y.unit))) return true;
  const [u, v] = [MEASURE_UNITS.get(x.unit), MEASURE_UNITS.get(y.unit)];
  return u !== undefined && v !== undefined && u[0] === v[0];
}

/** WordNet relations that make two counted nouns one kind of thing: synonyms, or one the other's direct hypernym, in their two commonest senses. */
const COUNT_RELATIONS = { synonym: 1, derived: 0, hypernym: 1, maxRank: 2 };
/** ...and the words' vectors must agree this much ("home" / "house" 0.67; "soldier" / "civilian" are not related). */
const COUNT_COSINE = 0.6;
const PLAIN_NOUN = /^[a-z]+$/;

/**
 * Two counts of one kind of thing named by different nouns ("300 homes" / "320 houses"):
 * plain nouns, not units of time or measure, related in WordNet and close in the vectors.
 */
function sameCounted(ctx: PairContext, x: NumberMention, y: NumberMention): boolean {
  const [u, v] = [x.unit, y.unit];
  if (u === v || !PLAIN_NOUN.test(u) || !PLAIN_NOUN.test(v)) return false;
  if (TIME_UNIT_SECONDS.has(u) || TIME_UNIT_SECONDS.has(v) || MEASURE_UNITS.has(u) || MEASURE_UNITS.has(v)) return false;
  return relatedAs(u, v, COUNT_RELATIONS) && ctx.wordSimilarity(u, v) >= COUNT_COSINE;
}

/** Nouns that count instances of the noun after their "of" ("cases of illness"). */
const INSTANCE_NOUNS = new Set(['case', 'instance', 'incident', 'episode']);

/** The noun a count of instances counts ("illness" of "32 cases of illness"), else undefined. */
function instanceOf(side: Side, m: NumberMention): string | undefined {
  if (!INSTANCE_NOUNS.has(m.unit)) return undefined;
  const { tokens, lemmas } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= m.end);
  return k >= 0 && tokens[k].norm === 'of' && tokens[k + 1]?.pos === 'NOUN' ? lemmas[k + 1] : undefined;
}

/** A count with the noun its instances are of ("32 cases" with "of illness"): the span its context is read around. */
function withInstance(side: Side, m: NumberMention): { start: number; end: number } {
  if (instanceOf(side, m) === undefined) return m;
  const { tokens } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= m.end);
  return { start: m.start, end: tokens[k + 1].end };
}

/** Same kind of quantity: the same unit, two units of time ("12 hours" / "12 days") or of one measure. */
function sameKind(x: NumberMention, y: NumberMention): boolean {
  return x.unit === y.unit || (TIME_UNIT_SECONDS.has(x.unit) && TIME_UNIT_SECONDS.has(y.unit)) || sameMeasure(x, y);
}

/**
 * Relative slack on each side: an exact figure (two exact figures agree within 0.5%), a
 * figure in converted units, rounded (within 6%), an approximate one (10%).
 */
const EXACT = 0.0025;
/** Slack of each of two temperatures on different scales, in degrees Celsius (together about one degree Fahrenheit). */
const ROUNDED_DEGREE = 0.3;
const CONVERTED = 0.03;
const APPROXIMATE = 0.1;
/** How far a bounded figure may lie from a rounder one that stands for it ("more than 2,000" / "at least 2,100"; not "nearly 60%" / "almost 55%"). */
const ROUNDING = 0.05;
/** How far past its figure an open bound ("more than", "up to") is read: to twice or half of it. */
const BOUND_REACH = 1;

/**
 * The values a figure allows, in the common scale: "at least 10" is [10, 20], "up to 10"
 * is [5, 10], "nearly 10" is [9, 10], "about 10" is 10 ± 10%, a plain figure is itself
 * (within `slack`).
 */
function allowed(m: NumberMention, slack: number, absolute = 0): [number, number] {
  const v = scaled(m);
  const lo = v - Math.max(Math.abs(v) * slack, absolute);
  const hi = v + Math.max(Math.abs(v) * slack, absolute);
  // A range allows its two ends and what lies between.
  if (m.low !== undefined) return [scaled({ ...m, value: m.low }) - (v - lo), hi];
  const approx = m.approx.toLowerCase();
  // A bound reaches up to twice (or down to half) its figure: "over $300" is not "$5,587".
  if (LOWER_BOUNDS.has(approx)) return [lo, v + Math.abs(v) * BOUND_REACH];
  if (UPPER_BOUNDS.has(approx)) return [v - (Math.abs(v) * BOUND_REACH) / 2, hi];
  // A share "nearly" reached is within 5% of it ("nearly 60%" is 57 to 60, not 54), a count within 10%.
  const just = Math.abs(v) * (m.unit === 'percent' ? ROUNDING : APPROXIMATE);
  const near = Math.abs(v) * APPROXIMATE;
  if (JUST_BELOW.has(approx)) return [v - just, hi];
  if (JUST_ABOVE.has(approx)) return [lo, v + just];
  if (approx !== '' && approx !== 'exactly' && approx !== 'precisely') return [v - near, v + near];
  return [lo, hi];
}

/** Which way a figure's qualifier bounds it: an open bound (openBound), or "just over" / "nearly"; else undefined. */
function boundSide(m: NumberMention): 'above' | 'below' | undefined {
  const q = m.approx.toLowerCase();
  return openBound(m) ?? (JUST_ABOVE.has(q) ? 'above' : JUST_BELOW.has(q) ? 'below' : undefined);
}

/** The place of a figure's last significant digit: 1,000,000 for 15 million, 100,000 for 15.1 million, 10 for 150. */
function placeOf(v: number): number {
  const a = Math.abs(v);
  if (a === 0 || !Number.isFinite(a)) return 1;
  let p = 10 ** Math.floor(Math.log10(a));
  while (p > 1e-6 && Math.abs(a / p - Math.round(a / p)) > 1e-9 * (a / p)) p /= 10;
  return p;
}

/** Which way an open bound ("at least", "up to") points; undefined for "nearly", "just over" and plain figures. */
function openBound(m: NumberMention): 'above' | 'below' | undefined {
  const q = m.approx.toLowerCase();
  return LOWER_BOUNDS.has(q) ? 'above' : UPPER_BOUNDS.has(q) ? 'below' : undefined;
}

/** Do two figures agree? `oneUnit`: their units name one kind of thing (see sameCounted). */
function agree(x: NumberMention, y: NumberMention, oneUnit = x.unit === y.unit): boolean {
  // "degrees" of no stated scale against a scale: either reading may be meant ("104 degrees"
  // agrees with "40 degrees Celsius").
  if (x.unit === 'degree' && isTemperature(y.unit)) return SCALES.some((unit) => agree({ ...x, unit }, y));
  if (y.unit === 'degree' && isTemperature(x.unit)) return SCALES.some((unit) => agree(x, { ...y, unit }));
  if (!oneUnit && !sameMeasure(x, y)) {
    // "a month" / "30 days": different units of time agree within 10%.
    const [u, v] = [scaled(x), scaled(y)];
    return Math.abs(u - v) / Math.max(Math.abs(u), Math.abs(v), 1e-9) <= 0.1;
  }
  // Two ranges agree only with the same ends ("10 to 15" / "10 to 20" differ), in units
  // converted alike ("20-25 C" / "68-77 F").
  if (x.low !== undefined && y.low !== undefined) {
    if (oneUnit) return x.low === y.low && x.value === y.value;
    const ends = (m: NumberMention) => [scaled({ ...m, value: m.low! }), scaled(m)];
    const close = (u: number, v: number) => Math.abs(u - v) <= Math.max(Math.abs(u), Math.abs(v)) * 2 * CONVERTED || (isTemperature(x.unit) && Math.abs(u - v) <= 2 * ROUNDED_DEGREE);
    const [[xl, xh], [yl, yh]] = [ends(x), ends(y)];
    return close(xl, yl) && close(xh, yh);
  }
  if (oneUnit && x.value === y.value) return true;
  // Two figures bounded the same way ("at least 14 people" / "at least 13 people", "up to
  // 10 years" / "up to 5 years") are two reported figures, not one value inside the
  // other's range: they agree only when the figures do.
  // A rounder figure may stand for a more precise one cut to its precision, down for a
  // lower bound ("more than 15 million" for "at least 15.1 million"), up for an upper one.
  // ("nearly" and "just over" say close to the figure: their ranges are compared below.)
  const side = openBound(x);
  if (oneUnit && side !== undefined && side === openBound(y)) {
    // Precision is read off the figures as written ("10,400 acres"), not converted to a base unit.
    const [u, v] = x.unit === y.unit ? [x.value, y.value] : [scaled(x), scaled(y)];
    if (Math.abs(u - v) <= Math.max(Math.abs(u), Math.abs(v)) * 2 * EXACT) return true;
    const [round, precise] = placeOf(u) >= placeOf(v) ? [u, v] : [v, u];
    const place = placeOf(round);
    // Only a figure that looks rounded stands for another: hundreds or more ("2,000"), or
    // against a decimal ("15 million" / "15.1 million"); "at least 10" / "at least 11" differ.
    if (place < 100 && placeOf(precise) >= 1) return false;
    const cut = (side === 'above' ? Math.floor : Math.ceil)(precise / place) * place;
    // A lower bound of a count may be cut further ("more than 8 million" / "over 8.5 million")
    // than a share or a figure approached from below ("nearly 60%" / "almost 55%" differ).
    const slack = side === 'above' && x.unit !== 'percent' ? 2 * ROUNDING : ROUNDING;
    return Math.abs(cut - round) <= Math.abs(round) * EXACT && Math.abs(precise - round) <= Math.abs(round) * slack * (1 + 1e-9);
  }
  // "$2.9 million" / "$2.9-million": the same figure, one scale word not read as such.
  if (oneUnit && digitsOf(x) !== '' && digitsOf(x) === digitsOf(y) && SCALE_WORD.test(x.text) !== SCALE_WORD.test(y.text)) return true;
  // Otherwise the figures agree when the values they allow overlap: "at least 10" and
  // "12", "about 50%" and "48%", "5 miles" and "8 km"; not "at least 10" and "nine".
  // Temperatures on two scales: a fixed margin for rounding to whole degrees, not a share.
  const acrossScales = !oneUnit && isTemperature(x.unit) && isTemperature(y.unit);
  const slack = oneUnit ? EXACT : acrossScales ? 0 : CONVERTED;
  const absolute = acrossScales ? ROUNDED_DEGREE : 0;
  const [a, b] = [allowed(x, slack, absolute), allowed(y, slack, absolute)];
  return a[0] <= b[1] && b[0] <= a[1];
}

function difference(ctx: PairContext, x: NumberMention, y: NumberMention): Difference {
  // A range is quoted whole ("between 10 and 15 people", not "15 people").
  const a = spanOf(ctx.a.text, x.rangeStart ?? x.start, x.end);
  const b = spanOf(ctx.b.text, y.rangeStart ?? y.start, y.end);
  return { type: 'number', material: true, note: `number: ${quote(a.text)} vs ${quote(b.text)}`, a, b };
}

/** Units of money (ISO codes) and of shares, each a family whose members cannot stand for each other. */
const MONEY = new Set(CURRENCIES.values());
const SHARES = new Set(['percent', 'point', 'percentage point']);
const familyOf = (unit: string) => (MONEY.has(unit) ? 'money' : SHARES.has(unit) ? 'share' : undefined);
/** Units that may be one ("point" is short for "percentage point"; "¥" is written for yen and yuan). */
const LOOSE = [new Set(['point', 'percentage point']), new Set(['jpy', 'cny'])];
const loose = (u: string, v: string) => LOOSE.some((g) => g.has(u) && g.has(v));

/**
 * The same figure in another unit of its family about the same thing: "48 million euros" /
 * "48 million pounds", "fell 4.2 percent" / "fell 4.2 points", "1.5 percentage points" / "1.5
 * percent" after a verb of change. (Different figures in two currencies may be a conversion, "€48m ($52m)": not read.)
 * Not when either side also states the figure in the other's unit.
 */
function unitSwaps(ctx: PairContext, numsA: NumberMention[], numsB: NumberMention[]): Difference[] {
  const out: Difference[] = [];
  for (const x of numsA) {
    const family = familyOf(x.unit);
    if (family === undefined) continue;
    // About the same thing: a shared word nearby, or, for money, the only sum on each side
    // ("a fee of 48 million euros, the club announced" / "for 48 million pounds, Harbourside said").
    const only = (list: NumberMention[], m: NumberMention) => list.every((z) => z === m || familyOf(z.unit) !== family);
    const about = (m: NumberMention) => sameContext(ctx.a, x, ctx.b, m) || (family === 'money' && only(numsA, x) && only(numsB, m));
    const y = numsB.find((m) => m.value === x.value && m.unit !== x.unit && !loose(m.unit, x.unit) && familyOf(m.unit) === family && about(m));
    if (y === undefined) continue;
    // Shares only as the size of a change ("fell 4.2 percent"): a margin of error "of 6.1
    // percentage points" is written "6.1 percent" as often.
    if (family === 'share' && !(sizeOfChange(ctx.a, x) && sizeOfChange(ctx.b, y))) continue;
    const stated = (list: NumberMention[], unit: string) => list.some((m) => m.unit === unit && m.value === x.value);
    if (stated(numsA, y.unit) || stated(numsB, x.unit)) continue;
    const d = difference(ctx, x, y);
    out.push({ ...d, note: `${d.note} (${family === 'money' ? 'another currency' : 'percent and points differ'})` });
  }
  return out;
}

/** A figure right after a verb of change, past "by" and adverbs ("fell 4.2 percent", "narrowed by 1.5 points"). */
function sizeOfChange(side: Side, m: NumberMention): boolean {
  const { tokens, lemmas } = side.analysis;
  let k = tokens.findIndex((t) => t.start >= m.start) - 1;
  while (k >= 0 && (tokens[k].norm === 'by' || tokens[k].pos === 'ADV')) k--;
  return k >= 0 && CHANGE_VERBS.has(lemmas[k]);
}

/** Is the mention inside a date that resolved to a period (the date detector compares those)? */
function inResolvedDate(side: PairContext['a'], m: NumberMention): boolean {
  return side.analysis.dates.some((d) => d.from !== undefined && m.start >= d.start && m.end <= d.end);
}

/** Position of a mention within its sentence, from 0 (start) to 1 (end). */
function place(side: PairContext['a'], m: NumberMention): number {
  const t = side.analysis.tokens;
  if (t.length === 0) return 0;
  const first = t[0].start;
  return (m.start - first) / Math.max(1, t[t.length - 1].end - first);
}

/** "pounds" read as money only for want of a weight cue: no "£" and no scale word ("3 million pounds"). */
function loosePounds(m: NumberMention): boolean {
  return m.unit === 'gbp' && /\bpounds?$/i.test(m.text) && !m.text.includes('£') && !SCALE_WORD.test(m.text);
}

/**
 * The mentions of one side, with "pounds" read as a weight where the other side states a
 * mass that the weight agrees with ("lost 30 pounds" / "lost 14 kilograms"), and none of its
 * own figures in "pounds". Only to find agreement: "pounds" that may be money never clash
 * with a mass ("a fine of 20 pounds" / "20 kg" are not compared).
 */
function withPoundsRead(side: Side, other: Side): NumberMention[] {
  const masses = other.analysis.numbers.filter((m) => MEASURE_UNITS.get(m.unit)?.[0] === 'mass');
  // Both sides in "pounds" ("fined 22 pounds" / "fined 50 pounds"): compared as written.
  if (masses.length === 0 || !side.analysis.numbers.some(loosePounds) || other.analysis.numbers.some(loosePounds)) return side.analysis.numbers;
  return side.analysis.numbers.map((m) => {
    if (!loosePounds(m)) return m;
    const weight = { ...m, unit: 'lb' };
    return masses.some((y) => agree(weight, y)) ? weight : m;
  });
}

/** Units that stand for the noun of another count ("cancelled 300 others"). */
const STAND_IN_UNITS = new Set(['', 'other', 'others', 'more']);

/** The verb nearest a mention within three words either side (lemma); undefined when none, or two as near. */
function verbNear(side: Side, m: NumberMention): string | undefined {
  const { tokens, lemmas } = side.analysis;
  // The mention's first and last token; a verb's gap is the number of tokens between.
  const first = tokens.findIndex((t) => t.end > m.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].start < m.end) last++;
  let best: string | undefined;
  let bestGap = 4;
  let tied = false;
  for (let k = Math.max(0, first - 4); k < Math.min(tokens.length, last + 5); k++) {
    if (tokens[k].pos !== 'VERB') continue;
    const gap = k < first ? first - k - 1 : k > last ? k - last - 1 : 0;
    if (gap < bestGap) [best, bestGap, tied] = [lemmas[k], gap, false];
    else if (gap === bestGap && lemmas[k] !== best) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * Does `to` state the figure m of `from`, with the same bound word, in its unit, a stand-in or
 * none, and with the same verb near it when both have one ("killed" / "killed", not
 * "cancelled 300 flights" / "delayed 300 flights")?
 */
function states(from: Side, m: NumberMention, to: Side): boolean {
  const verb = verbNear(from, m);
  return to.analysis.numbers.some((z) => {
    if (z.value !== m.value || z.approx.toLowerCase() !== m.approx.toLowerCase()) return false;
    if (!(z.unit === m.unit || STAND_IN_UNITS.has(z.unit) || STAND_IN_UNITS.has(m.unit))) return false;
    const other = verbNear(to, z);
    return verb === undefined || other === undefined || verb === other;
  });
}

/**
 * Each figure of a would-be difference is stated on the other side too, by the same verb
 * ("cancelled 300 flights and delayed 1,200 others" / "delayed 1,200 flights and cancelled 300
 * others"): the counts were told in another order.
 */
const reordered = (a: Side, x: NumberMention, b: Side, y: NumberMention): boolean => states(a, x, b) && states(b, y, a);

/** Tokens either side of a unit's only bounded count in which a shared word places both counts. */
const SOLE_WINDOW = 8;
/** Words that name who reports a figure, not what it counts ("..., officials said", "according to police"). */
const sourceWord = (l: string) => REPORTING_VERBS.has(l) || SOURCE_HEADS.has(l) || l === 'accord' || l === 'statement';

/** A content word other than a source's within SOLE_WINDOW tokens of both counts. */
function sharedBeyondSource(a: Side, x: NumberMention, b: Side, y: NumberMention): boolean {
  const ca = contextLemmas(a, x, SOLE_WINDOW);
  for (const l of contextLemmas(b, y, SOLE_WINDOW)) if (ca.has(l) && !sourceWord(l)) return true;
  return false;
}

const soleOfUnit = (ms: readonly NumberMention[], m: NumberMention): boolean => ms.every((z) => z === m || z.unit !== m.unit);

export function numberDifferences(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  const { a, b } = ctx;
  const numsA = withPoundsRead(a, b);
  const numsB = withPoundsRead(b, a);
  const used = new Set<NumberMention>();
  for (const x of numsA) {
    if (!x.unit) continue;
    // The same quantity about the same thing: same unit and a shared word nearby. ("20
    // minutes" / "three hours" in different units are compared only as a substitution.)
    // "32 cases of illness" counts what "23 illnesses" counts, and "30 cases" what "32 cases of illness" does.
    const counted = (y: NumberMention) => sameCounted(ctx, x, y) || instanceOf(a, x) === y.unit || instanceOf(b, y) === x.unit;
    // The only count of a unit on each side, bounded in the same words ("has killed at least 14
    // people" / "At least 13 people have died in floods"), is the same quantity with a shared
    // word further away.
    const soleX = boundSide(x) !== undefined && soleOfUnit(numsA, x);
    const bounded = (y: NumberMention) =>
      soleX && y.unit === x.unit && x.approx.toLowerCase() === y.approx.toLowerCase() && soleOfUnit(numsB, y) && sharedBeyondSource(a, x, b, y);
    const same = numsB.filter((y) => (y.unit === x.unit || sameMeasure(x, y) || counted(y)) && (sameContext(a, withInstance(a, x), b, withInstance(b, y)) || bounded(y)));
    if (same.length === 0 || same.some((y) => agree(x, y, y.unit === x.unit || counted(y)))) continue;
    // The B quantity of that unit left unexplained by any A quantity, the nearest unused one.
    const orphans = same.filter(
      (y) => !used.has(y) && !numsA.some((z) => (sameKind(z, y) && agree(z, y)) || (sameCounted(ctx, z, y) && agree(z, y, true))),
    );
    orphans.sort((y, z) => Math.abs(place(b, y) - place(a, x)) - Math.abs(place(b, z) - place(a, x)) || y.start - z.start);
    const orphan = orphans[0];
    if (orphan === undefined || (inResolvedDate(a, x) && inResolvedDate(b, orphan))) continue;
    if (reordered(a, x, b, orphan)) continue;
    used.add(orphan);
    out.push(difference(ctx, x, orphan));
  }
  out.push(...unitSwaps(ctx, numsA, numsB).filter((d) => !out.some((e) => e.a.start === d.a.start && e.b.start === d.b.start)));
  out.push(...changeReadings(ctx));
  // A substitution inside a range already quoted whole ("10" / "20" of "between 10 and 15
  // people" / "between 20 and 25 people") is that difference again.
  const within = (x: Difference['a'], y: Difference['a']) => x.start >= y.start && x.end <= y.end;
  const subs = substitutions(ctx).filter((d) => !agreeingRanges(ctx, d)).map((d) => wholeRanges(ctx, d));
  const seen = new Set<string>();
  for (const d of subs) {
    const key = `${d.a.start}:${d.a.end}:${d.b.start}:${d.b.end}`;
    if (seen.has(key) || out.some((e) => within(d.a, e.a) || within(d.b, e.b))) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** The range whose low end is this span ("10" of "between 10 and 15 people"), if any. */
function rangeAround(side: Side, span: Difference['a']): NumberMention | undefined {
  return side.analysis.numbers.find((r) => r.rangeStart !== undefined && span.start >= r.rangeStart && span.end <= r.end && span.end <= r.start);
}

/** Low ends of two ranges that agree as wholes ("between 30 and 80 pounds" / "between 14 and 36 kilograms"). */
function agreeingRanges(ctx: PairContext, d: Difference): boolean {
  const [x, y] = [rangeAround(ctx.a, d.a), rangeAround(ctx.b, d.b)];
  if (x === undefined || y === undefined) return false;
  const weight = (m: NumberMention, other: NumberMention) => (loosePounds(m) && MEASURE_UNITS.get(other.unit)?.[0] === 'mass' ? { ...m, unit: 'lb' } : m);
  const [u, v] = [weight(x, y), weight(y, x)];
  return (u.unit === v.unit || sameMeasure(u, v)) && agree(u, v);
}

/**
 * A substitution of a range's low end ("10" of "between 10 and 15") quotes the whole range
 * ("between 10 and 15"), as a range's own difference does.
 */
function wholeRanges(ctx: PairContext, d: Difference): Difference {
  const widen = (side: Side, span: Difference['a']): Difference['a'] => {
    const range = rangeAround(side, span);
    return range === undefined ? span : spanOf(side.text, range.rangeStart!, range.end);
  };
  const [a, b] = [widen(ctx.a, d.a), widen(ctx.b, d.b)];
  if (a === d.a && b === d.b) return d;
  return { ...d, a, b, note: `number: ${quote(a.text)} vs ${quote(b.text)}` };
}

/** Prepositions that say how a figure relates to a change: its size ("by"), its end ("to") or its start ("from"). */
const CHANGE_PREPOSITIONS = new Set(['by', 'to', 'from']);

/** Verbs of change (lemmas), after which "by" gives a change's size and "to" / "from" its ends. */
const CHANGE_VERBS = new Set([
  'rise', 'fall', 'increase', 'decrease', 'climb', 'drop', 'grow', 'jump', 'slip', 'slide', 'decline', 'gain', 'lose',
  'cut', 'raise', 'lower', 'reduce', 'boost', 'soar', 'plunge', 'surge', 'dip', 'ease', 'edge', 'inch', 'tumble',
  'sink', 'shrink', 'expand', 'widen', 'narrow', 'swell', 'slump', 'rebound', 'recover', 'advance', 'retreat',
]);

/** The preposition right after a verb of change and right before the mention ("rose by 3 percent"), if any. */
function changePreposition(side: Side, m: NumberMention): { word: string; start: number } | undefined {
  const { tokens } = side.analysis;
  let k = tokens.findIndex((t) => t.start >= m.start) - 1;
  if (k === -2) k = tokens.length - 1;
  const prep = tokens[k];
  const verb = tokens[k - 1];
  if (prep === undefined || !CHANGE_PREPOSITIONS.has(prep.norm) || verb?.pos !== 'VERB' || !CHANGE_VERBS.has(side.analysis.lemmas[k - 1])) return undefined;
  return { word: prep.norm, start: prep.start };
}

/**
 * The same figure read as a different part of a change: "increased by 3 percent" (the size)
 * against "increased to 3 percent" (where it ended), or "from". Both figures follow a verb
 * and one of these prepositions, with the same unit and value.
 */
function changeReadings(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  for (const x of ctx.a.analysis.numbers) {
    const px = x.unit === '' ? undefined : changePreposition(ctx.a, x);
    if (px === undefined) continue;
    for (const y of ctx.b.analysis.numbers) {
      if (y.unit !== x.unit || y.value !== x.value || !sameContext(ctx.a, x, ctx.b, y)) continue;
      const py = changePreposition(ctx.b, y);
      if (py === undefined || py.word === px.word) continue;
      const a = spanOf(ctx.a.text, px.start, x.end);
      const b = spanOf(ctx.b.text, py.start, y.end);
      out.push({ type: 'number', material: true, note: `number: ${quote(a.text)} vs ${quote(b.text)} (${px.word} vs ${py.word})`, a, b });
      break;
    }
  }
  return out;
}

/** The content words of a side (the analysis's content tokens that are words), with their offsets. */
function contentWords(side: Side): Array<{ lemma: string; start: number; end: number }> {
  const { tokens, lemmas, content } = side.analysis;
  return content.filter((t) => tokens[t].type === 'word').map((t) => ({ lemma: lemmas[t], start: tokens[t].start, end: tokens[t].end }));
}

/**
 * Counts without a unit ("killed 12", "rose to 12"), and amounts of time in different units
 * ("for 12 hours" / "for 12 days"), are compared only where one replaces the other in a
 * sentence that is otherwise kept, its words in place or only moved: the same slot, a
 * different value. The word diff gives the slot: a deleted piece with the inserted piece
 * beside it ("killed 12" / "killed 15"), or, when the sentence was reordered ("Fire kills 12
 * at port" / "At the port, fire kills 15"), the one count the diff deletes and the one it
 * inserts.
 */
function substitutions(ctx: PairContext): Difference[] {
  const { a, b, diff } = ctx;
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  const lemmasA = new Set(wordsA.map((w) => w.lemma));
  const lemmasB = new Set(wordsB.map((w) => w.lemma));
  // Kept: in place, or only moved (A's content words that B has too).
  const moved = wordsA.length === 0 ? 0 : wordsA.filter((w) => lemmasB.has(w.lemma)).length / wordsA.length;
  if (Math.max(unchangedShare(ctx), moved) < MIN_UNCHANGED) return [];
  // The content words of the changed pieces, other than the counts.
  const changed = (words: typeof wordsA, ranges: Range[], ms: NumberMention[]) =>
    new Set(
      words
        .filter((w) => ms.every((m) => w.end <= m.start || w.start >= m.end) && ranges.some((r) => inside(w, r)))
        .map((w) => w.lemma),
    );
  // Words around the counts may only have moved ("12 at port" / "Port fire kills 15"),
  // not been replaced by others ("killed 12" / "injured 15": deaths against injuries).
  const keptAround = (xs: NumberMention[], ys: NumberMention[], dels: Range[], inss: Range[]) => {
    const ca = changed(wordsA, dels, xs);
    const cb = changed(wordsB, inss, ys);
    if ([...ca].some((l) => !lemmasB.has(l)) || [...cb].some((l) => !lemmasA.has(l))) return false;
    return !(ca.size > 0 && cb.size > 0 && (ca.size !== cb.size || [...ca].some((l) => !cb.has(l))));
  };
  const swap = (x: NumberMention, y: NumberMention, dels: Range[], inss: Range[]): Difference | undefined => {
    const bare = x.unit === '' && y.unit === '';
    const times = x.unit !== y.unit && TIME_UNIT_SECONDS.has(x.unit) && TIME_UNIT_SECONDS.has(y.unit);
    if (!bare && !times) return undefined;
    if (!keptAround([x], [y], dels, inss)) return undefined;
    if (inResolvedDate(a, x) && inResolvedDate(b, y)) return undefined;
    if (reordered(a, x, b, y)) return undefined;
    // A level reached against the size of a change ("revised up to 507,000" / "revised up by
    // 9,000"): two quantities, not one figure replaced by another.
    const role = (side: Side, m: NumberMention) => {
      const before = side.analysis.tokens.filter((t) => t.end <= m.start).pop()?.norm;
      return before === 'to' ? 'level' : before === 'by' ? 'change' : '';
    };
    const [rx, ry] = [role(a, x), role(b, y)];
    if (rx !== '' && ry !== '' && rx !== ry) return undefined;
    return agree(x, y) ? undefined : difference(ctx, x, y);
  };
  // A tally or range for another ("passed 60-40" / "passed 55-45", "52 to 48" / "51 to
  // 49"): figures in the same order and units, one difference quoting both whole.
  const swapAll = (xs: NumberMention[], ys: NumberMention[], dels: Range[], inss: Range[]): Difference | undefined => {
    if (xs.length === 1) return swap(xs[0], ys[0], dels, inss);
    if (xs.some((x, k) => x.unit !== ys[k].unit || inResolvedDate(a, x) || inResolvedDate(b, ys[k]))) return undefined;
    if (!keptAround(xs, ys, dels, inss) || xs.every((x, k) => agree(x, ys[k]))) return undefined;
    const [x, y] = [xs[xs.length - 1], ys[ys.length - 1]];
    return difference(ctx, { ...xs[0], end: x.end, text: a.text.slice(xs[0].start, x.end) }, { ...ys[0], end: y.end, text: b.text.slice(ys[0].start, y.end) });
  };
  const out: Difference[] = [];
  for (const { del, ins } of replacements(diff)) {
    // One count for one count, nothing else of substance changed.
    const xs = a.analysis.numbers.filter((m) => inside(m, del.a));
    const ys = b.analysis.numbers.filter((m) => inside(m, ins.b));
    const d = xs.length >= 1 && xs.length <= MAX_FIGURES && xs.length === ys.length && del.a && ins.b ? swapAll(xs, ys, [del.a], [ins.b]) : undefined;
    if (d !== undefined) out.push(d);
  }
  if (out.length > 0) return out;
  const dels = diff.flatMap((p) => (p.op === 'delete' && p.a ? [p.a] : []));
  const inss = diff.flatMap((p) => (p.op === 'insert' && p.b ? [p.b] : []));
  const xs = a.analysis.numbers.filter((m) => dels.some((r) => inside(m, r)));
  const ys = b.analysis.numbers.filter((m) => inss.some((r) => inside(m, r)));
  // Counts in separate pieces fill the same slot only after the same word ("kills 12" /
  // "kills 15"), not a label and a count ("Pier 12" / "kills 15").
  if (xs.length !== 1 || ys.length !== 1) return [];
  const before = wordBefore(a, xs[0]);
  if (before === undefined || before !== wordBefore(b, ys[0])) return [];
  const d = swap(xs[0], ys[0], dels, inss);
  return d === undefined ? [] : [d];
}

/** Lemma of the word just before a mention in its sentence, undefined when none. */
function wordBefore(side: Side, m: NumberMention): string | undefined {
  const sentence = side.sentences.find((s) => s.start <= m.start && m.start < s.end);
  let best: string | undefined;
  for (const t of sentence?.tokens ?? []) if (t.type === 'word' && t.end <= m.start) best = t.lemma;
  return best;
}

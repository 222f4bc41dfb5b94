/**
 * number: the same quantity (same unit and a shared word nearby) with values that do not
 * agree; and, at the same point of an otherwise kept sentence, a bare count replaced by
 * another ("The blast killed 12" / "killed 15") or an amount of time by one in another unit
 * ("for 12 hours" / "for 12 days"). Counts inside dates that resolve are left to the date
 * detector.
 */
import type { Difference } from '../../model/result.js';
import type { NumberMention } from '../../model/stages.js';
import { TIME_UNIT_SECONDS } from '../../analyse/numbers.js';
import { inside, type PairContext, quote, replacements, sameContext, spanOf, unchangedShare } from '../context.js';

const SCALE_WORD = /\b(thousand|million|billion|trillion|bn|mn|m|b|k)\b/i;
const digitsOf = (m: NumberMention) => m.text.replace(/[^\d.]/g, '').replace(/^\.+|\.+$/g, '');
/** Share of A's words the diff must keep for a bare count's substitution to count. */
const MIN_UNCHANGED = 0.5;

/** Value in a common scale: seconds for units of time, the value itself otherwise. */
function scaled(m: NumberMention): number {
  return m.value * (TIME_UNIT_SECONDS.get(m.unit) ?? 1);
}

/** Same kind of quantity: the same unit, or two units of time ("12 hours" / "12 days"). */
function sameKind(x: NumberMention, y: NumberMention): boolean {
  return x.unit === y.unit || (TIME_UNIT_SECONDS.has(x.unit) && TIME_UNIT_SECONDS.has(y.unit));
}

function agree(x: NumberMention, y: NumberMention): boolean {
  if (x.unit !== y.unit) {
    // "a month" / "30 days": different units of time agree within 10%.
    const [u, v] = [scaled(x), scaled(y)];
    return Math.abs(u - v) / Math.max(Math.abs(u), Math.abs(v), 1e-9) <= 0.1;
  }
  if (x.value === y.value) return true;
  // "$2.9 million" / "$2.9-million": the same figure, one scale word not read as such.
  if (digitsOf(x) !== '' && digitsOf(x) === digitsOf(y) && SCALE_WORD.test(x.text) !== SCALE_WORD.test(y.text)) return true;
  const rel = Math.abs(x.value - y.value) / Math.max(Math.abs(x.value), Math.abs(y.value), 1e-9);
  const tolerance = x.approx || y.approx ? 0.1 : 0.005;
  return rel <= tolerance;
}

function difference(ctx: PairContext, x: NumberMention, y: NumberMention): Difference {
  return {
    type: 'number',
    material: true,
    note: `number: ${quote(x.text)} vs ${quote(y.text)}`,
    a: spanOf(ctx.a.text, x.start, x.end),
    b: spanOf(ctx.b.text, y.start, y.end),
  };
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

export function numberDifferences(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  const { a, b } = ctx;
  const used = new Set<NumberMention>();
  for (const x of a.analysis.numbers) {
    if (!x.unit) continue;
    // The same quantity about the same thing: same unit and a shared word nearby. ("20
    // minutes" / "three hours" in different units are compared only as a substitution.)
    const same = b.analysis.numbers.filter((y) => y.unit === x.unit && sameContext(a, x, b, y));
    if (same.length === 0 || same.some((y) => agree(x, y))) continue;
    // The B quantity of that unit left unexplained by any A quantity, the nearest unused one.
    const orphans = same.filter((y) => !used.has(y) && !a.analysis.numbers.some((z) => sameKind(z, y) && agree(z, y)));
    orphans.sort((y, z) => Math.abs(place(b, y) - place(a, x)) - Math.abs(place(b, z) - place(a, x)) || y.start - z.start);
    const orphan = orphans[0];
    if (orphan === undefined || (inResolvedDate(a, x) && inResolvedDate(b, orphan))) continue;
    used.add(orphan);
    out.push(difference(ctx, x, orphan));
  }
  return out.concat(substitutions(ctx));
}

/**
 * Counts without a unit ("killed 12", "rose to 12"), and amounts of time in different units
 * ("for 12 hours" / "for 12 days"), are compared only where the word diff replaces one by
 * the other and keeps most of the sentence: the same slot, a different value.
 */
function substitutions(ctx: PairContext): Difference[] {
  const { a, b, diff } = ctx;
  const out: Difference[] = [];
  if (unchangedShare(ctx) < MIN_UNCHANGED) return out;
  for (const { del, ins } of replacements(diff)) {
    const xs = a.analysis.numbers.filter((m) => inside(m, del.a));
    const ys = b.analysis.numbers.filter((m) => inside(m, ins.b));
    // One count for one count, nothing else of substance changed: both without a unit, or
    // amounts of time in different units.
    if (xs.length !== 1 || ys.length !== 1) continue;
    const [x, y] = [xs[0], ys[0]];
    const bare = x.unit === '' && y.unit === '';
    const times = x.unit !== y.unit && TIME_UNIT_SECONDS.has(x.unit) && TIME_UNIT_SECONDS.has(y.unit);
    if (!bare && !times) continue;
    if (/\p{L}{3,}/u.test(del.text.replace(x.text, '')) || /\p{L}{3,}/u.test(ins.text.replace(y.text, ''))) continue;
    if (inResolvedDate(a, x) && inResolvedDate(b, y)) continue;
    if (!agree(x, y)) out.push(difference(ctx, x, y));
  }
  return out;
}

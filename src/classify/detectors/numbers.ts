/** number: the same kind of quantity (same unit, a shared word nearby) with values that do not agree. */
import type { Difference } from '../../model/result.js';
import type { NumberMention } from '../../model/stages.js';
import { type PairContext, quote, sameContext, spanOf } from '../context.js';

const SCALE_WORD = /\b(thousand|million|billion|trillion|bn|mn|m|b|k)\b/i;
const digitsOf = (m: NumberMention) => m.text.replace(/[^\d.]/g, '').replace(/^\.+|\.+$/g, '');

function agree(x: NumberMention, y: NumberMention): boolean {
  if (x.value === y.value) return true;
  // "$2.9 million" / "$2.9-million": the same figure, one scale word not read as such.
  if (digitsOf(x) !== '' && digitsOf(x) === digitsOf(y) && SCALE_WORD.test(x.text) !== SCALE_WORD.test(y.text)) return true;
  const rel = Math.abs(x.value - y.value) / Math.max(Math.abs(x.value), Math.abs(y.value), 1e-9);
  const tolerance = x.approx || y.approx ? 0.1 : 0.005;
  return rel <= tolerance;
}

export function numberDifferences(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  const { a, b } = ctx;
  for (const x of a.analysis.numbers) {
    if (!x.unit) continue;
    // The same kind of quantity about the same thing: same unit and a shared word nearby.
    const same = b.analysis.numbers.filter((y) => y.unit === x.unit && sameContext(a, x, b, y));
    if (same.length === 0 || same.some((y) => agree(x, y))) continue;
    // The B quantity of that unit that is left unexplained by any A quantity.
    const orphan = same.find((y) => !a.analysis.numbers.some((z) => z.unit === y.unit && agree(z, y)));
    if (!orphan) continue;
    out.push({
      type: 'number',
      material: true,
      note: `number: ${quote(x.text)} vs ${quote(orphan.text)}`,
      a: spanOf(a.text, x.start, x.end),
      b: spanOf(b.text, orphan.start, orphan.end),
    });
  }
  return out;
}

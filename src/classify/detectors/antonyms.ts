/**
 * Opposite words: the same statement with an antonym in the same place ("shares close
 * higher" vs "shares close lower", "filling the glass" vs "emptying the glass"). Typed
 * `negation` (opposite polarity). The two words must share a neighbouring content word
 * (within four tokens on each side), and neither may occur on the other side; opposite
 * particles must also be followed by the same content word ("jumping onto a wall" /
 * "jumping off a wall").
 */
import type { Difference } from '../../model/result.js';
import { areAntonyms, hasAntonyms } from '../antonyms.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';

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

export function antonymDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const lemmasA = new Set(a.analysis.lemmas);
  const lemmasB = new Set(b.analysis.lemmas);
  const forms = (side: Side, i: number) => [side.analysis.lemmas[i], side.analysis.tokens[i].norm];
  // Only common words: "North Carolina" is a name, not a direction.
  const common = (side: Side, i: number) => {
    const t = side.analysis.tokens[i];
    return t.pos !== 'PROPN' && !/^\p{Lu}/u.test(t.text) && !side.analysis.entities.some((e) => t.start >= e.start && t.end <= e.end);
  };
  for (let i = 0; i < a.analysis.tokens.length; i++) {
    const fa = forms(a, i);
    if (!common(a, i) || !fa.some(hasAntonyms) || fa.some((f) => lemmasB.has(f))) continue;
    for (let j = 0; j < b.analysis.tokens.length; j++) {
      if (!common(b, j)) continue;
      const fb = forms(b, j);
      if (fb.some((f) => lemmasA.has(f))) continue;
      if (!fa.some((x) => fb.some((y) => areAntonyms(x, y)))) continue;
      const na = neighbours(a, i);
      if (![...neighbours(b, j)].some((w) => na.has(w))) continue;
      // Particles and prepositions ("onto" / "off", "in" / "out") must govern the same thing.
      if (a.analysis.tokens[i].stop && nextContent(a, i) !== nextContent(b, j)) continue;
      const sa = spanOf(a.text, a.analysis.tokens[i].start, a.analysis.tokens[i].end);
      const sb = spanOf(b.text, b.analysis.tokens[j].start, b.analysis.tokens[j].end);
      return [{ type: 'negation', material: true, note: `opposite: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

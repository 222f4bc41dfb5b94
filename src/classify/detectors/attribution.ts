/**
 * attribution: both reports source the claim, to different sources. Reported for the reader
 * ("two US officials" vs "people familiar with the matter"); material only when both name
 * a specific person and the names differ (spelling variants, "Zelenskyy" / "Zelensky", do
 * not). Sources of no known kind ("the plant's owner") are compared too; pronoun sources
 * ("they said") are not.
 */
import type { Difference } from '../../model/result.js';
import type { AttributionMention } from '../../model/stages.js';
import { type PairContext, quote, spanOf } from '../context.js';
import { namesCompatible } from '../names.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'with', 'and', 'in', 'on', 'at', 'for', 'by', 'according', 'said', 'says', 'told']);

function words(m: AttributionMention): string[] {
  return `${m.source.text} ${m.appositive?.text ?? ''}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
}

function sameSource(x: AttributionMention, y: AttributionMention, sim: PairContext['wordSimilarity']): boolean {
  const wx = words(x);
  const wy = words(y);
  if (wx.length === 0 || wy.length === 0) return x.kind === y.kind;
  // Spelling variants of one name ("Zelenskyy" / "Zelensky") are one source.
  const names = (m: AttributionMention) => [m.source.text, ...(m.appositive ? [m.appositive.text] : [])];
  return wx.some((p) => wy.some((q) => p === q || sim(p, q) >= 0.8)) || names(x).some((p) => names(y).some((q) => namesCompatible(p, q)));
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|who|which|one|someone|others?|the latter|the former|both|all|each|many|some|most)$/i;

/** A source that can be compared: not a pronoun ("he said"), whatever its kind. */
function comparable(m: AttributionMention): boolean {
  return m.kind !== 'unknown' || (words(m).length > 0 && !PRONOUN.test(m.source.text.trim()));
}

export function attributionDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const xs = a.analysis.attributions.filter(comparable);
  const ys = b.analysis.attributions.filter(comparable);
  if (xs.length === 0 || ys.length === 0) return [];
  if (xs.some((x) => ys.some((y) => sameSource(x, y, ctx.wordSimilarity)))) return [];
  const x = xs[0];
  const y = ys[0];
  const named = (m: AttributionMention) => m.kind === 'named';
  return [
    {
      type: 'attribution',
      material: named(x) && named(y),
      note: `attribution: ${quote(x.source.text)} vs ${quote(y.source.text)}`,
      a: spanOf(a.text, x.source.start, x.source.end),
      b: spanOf(b.text, y.source.start, y.source.end),
    },
  ];
}

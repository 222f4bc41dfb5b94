/**
 * attribution: both reports source the claim, to different sources. Reported for the reader
 * ("two US officials" vs "people familiar with the matter"); material only when both name
 * a specific person and the names differ (spelling variants, "Zelenskyy" / "Zelensky", do
 * not). Sources of no known kind ("the plant's owner") are compared too; pronoun sources
 * ("they said") are not. Close common words are one source ("officials" / "authorities"),
 * close names are not ("Russia" / "Ukraine"), and sources naming different places or bodies
 * are two ("Ukrainian officials" / "Russian officials"). Two sources that each say the other
 * did it ("Russia said Ukraine shelled the plant" / "Ukraine said Russia shelled it") are
 * swapped: material, whatever their kind (attribution-swap.ts).
 */
import type { Difference } from '../../model/result.js';
import type { AttributionMention } from '../../model/stages.js';
import { type PairContext, quote, type Side, spanOf } from '../context.js';
import { namesCompatible } from '../names.js';
import { swappedSources } from './attribution-swap.js';
import { sourceNames, sourceWords } from './source-words.js';

/**
 * Common words of a source: those outside any name ("officials", not "Russia"; "Officials"
 * opening a sentence is a common word).
 */
function commonWords(side: Side, m: AttributionMention): string[] {
  const names = side.analysis.entities.filter((e) => e.start >= m.source.start && e.end <= m.source.end).map((e) => e.text.toLowerCase());
  return sourceWords(m).filter((w) => !names.some((n) => n.split(/[^\p{L}\p{N}]+/u).includes(w)));
}

function sameSource(ctx: PairContext, x: AttributionMention, y: AttributionMention): boolean {
  const wx = sourceWords(x);
  const wy = sourceWords(y);
  if (wx.length === 0 || wy.length === 0) return x.kind === y.kind;
  // Sources that both name places or bodies are one when a name is ("Ukrainian officials" /
  // "Russian officials" are two, "Zelenskyy" / "Zelensky" one).
  const [nx, ny] = [sourceNames(ctx.a, x), sourceNames(ctx.b, y)];
  if (nx.length > 0 && ny.length > 0) return nx.some((p) => ny.some((q) => p.key === q.key || namesCompatible(p.text, q.text)));
  // Spelling variants of one name are one source.
  const names = (m: AttributionMention) => [m.source.text, ...(m.appositive ? [m.appositive.text] : [])];
  if (names(x).some((p) => names(y).some((q) => namesCompatible(p, q)))) return true;
  // Close common words are one source ("officials" / "authorities"); close names are not ("Russia" / "Ukraine").
  const [cx, cy] = [commonWords(ctx.a, x), commonWords(ctx.b, y)];
  return wx.some((p) => wy.includes(p)) || cx.some((p) => cy.some((q) => ctx.wordSimilarity(p, q) >= 0.8));
}

/** A phrase's words in lower case, for telling whether two sources are written alike. */
function wordsOf(text: string): string {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(' ');
}

const PRONOUN = /^(?:he|she|they|it|we|i|you|this|that|who|which|one|someone|others?|the latter|the former|both|all|each|many|some|most)$/i;

/** A source that can be compared: not a pronoun ("he said"), whatever its kind. */
function comparable(m: AttributionMention): boolean {
  return m.kind !== 'unknown' || (sourceWords(m).length > 0 && !PRONOUN.test(m.source.text.trim()));
}

export function attributionDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const xs = a.analysis.attributions.filter(comparable);
  const ys = b.analysis.attributions.filter(comparable);
  if (xs.length === 0 || ys.length === 0) return [];
  if (xs.some((x) => ys.some((y) => sameSource(ctx, x, y)))) return [];
  const x = xs[0];
  const y = ys[0];
  const named = (m: AttributionMention) => m.kind === 'named';
  const swap = swappedSources(x, y, ctx);
  // The same title on both sides, told apart by the names beside it ("The hospital's chief
  // executive, Anne Cole," / "..., Mark Dunn,"): the names are what differs.
  const byName = x.appositive !== undefined && y.appositive !== undefined && wordsOf(x.source.text) === wordsOf(y.source.text);
  const [sx, sy] = byName ? [x.appositive!, y.appositive!] : [x.source, y.source];
  return [
    {
      type: 'attribution',
      material: swap || (named(x) && named(y)),
      note: swap
        ? `attribution swapped: ${quote(sx.text)} vs ${quote(sy.text)} (each report's source says the other did it)`
        : `attribution: ${quote(sx.text)} vs ${quote(sy.text)}`,
      a: spanOf(a.text, sx.start, sx.end),
      b: spanOf(b.text, sy.start, sy.end),
    },
  ];
}

/**
 * attribution: both reports source the claim, to different sources. Reported for the reader
 * ("two US officials" vs "people familiar with the matter"); material only when both name
 * a specific person and the names differ (spelling variants, "Zelenskyy" / "Zelensky", do
 * not). Sources of no known kind ("the plant's owner") are compared too; pronoun sources
 * ("they said") are not. Close common words are one source ("officials" / "authorities"),
 * close names are not ("Russia" / "Ukraine"). Two sources that each name the other in the
 * claim ("Russia said Ukraine shelled the plant" / "Ukraine said Russia shelled it") are
 * swapped: material, whatever their kind.
 */
import type { Difference } from '../../model/result.js';
import type { AttributionMention } from '../../model/stages.js';
import { type PairContext, quote, spanOf } from '../context.js';
import { namesCompatible } from '../names.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'with', 'and', 'in', 'on', 'at', 'for', 'by', 'according', 'said', 'says', 'told']);

/** The words of a source as written (with its appositive), stop words left out. */
function written(m: AttributionMention): string[] {
  // The "s" of a possessive ("Ukraine's military") is no word.
  return `${m.source.text} ${m.appositive?.text ?? ''}`.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w.toLowerCase()));
}

function words(m: AttributionMention): string[] {
  return written(m).map((w) => w.toLowerCase());
}

/** Common words of a source, those written in lower case ("officials", not "Russia"). */
const commonWords = (m: AttributionMention) => written(m).filter((w) => /^\p{Ll}/u.test(w));

function sameSource(x: AttributionMention, y: AttributionMention, sim: PairContext['wordSimilarity']): boolean {
  const wx = words(x);
  const wy = words(y);
  if (wx.length === 0 || wy.length === 0) return x.kind === y.kind;
  // Spelling variants of one name ("Zelenskyy" / "Zelensky") are one source.
  const names = (m: AttributionMention) => [m.source.text, ...(m.appositive ? [m.appositive.text] : [])];
  // Close common words are one source ("officials" / "authorities"); close names are not ("Russia" / "Ukraine").
  const cx = commonWords(x);
  const cy = commonWords(y);
  return wx.some((p) => wy.includes(p)) || cx.some((p) => cy.some((q) => sim(p, q) >= 0.8)) || names(x).some((p) => names(y).some((q) => namesCompatible(p, q)));
}

/**
 * Lower-case words of the subject of the claim `m` reports: the words before its first verb,
 * after "X said (that)" or at the start of "..., X said", and a passive's agent.
 */
function claimSubject(side: PairContext['a'], m: AttributionMention): Set<string> {
  const tokens = side.analysis.tokens;
  // The claim follows "X said" when words follow it, else it comes before ("..., X said.").
  const after = tokens.filter((t) => t.start >= m.end);
  const claim = after.filter((t) => t.type === 'word').length >= 2 ? after : tokens.filter((t) => t.end <= m.start);
  const out = new Set<string>();
  let end = -1;
  for (const t of claim) {
    if (t.type === 'punctuation' && out.size === 0) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.type === 'punctuation' || out.size >= 6) break;
    if (out.size === 0 && t.norm === 'that') continue;
    out.add(t.norm);
    end = t.end;
  }
  // A passive's agent is who did it ("the rocket was fired by Israel").
  const by = claim.findIndex((t) => t.norm === 'by');
  if (by >= 0 && claim.slice(0, by).some((t) => t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm))) {
    for (const t of claim.slice(by + 1, by + 5)) {
      if (t.type === 'punctuation' || t.pos === 'VERB') break;
      out.add(t.norm);
      end = Math.max(end, t.end);
    }
  }
  // Names by their key too: "Ukrainian forces" names Ukraine.
  const start = claim.find((t) => out.has(t.norm))?.start ?? 0;
  for (const e of side.analysis.entities) if (e.start >= start && e.end <= end) out.add(e.key);
  return out;
}

/** Words (three letters or more, no titles) and name keys of a source. */
function sourceKeys(side: PairContext['a'], m: AttributionMention): string[] {
  const keys = words(m).filter((w) => w.length >= 3 && !/^(?:mr|mrs|ms|dr)$/.test(w));
  for (const e of side.analysis.entities) if (e.start >= m.source.start && e.end <= m.source.end) keys.push(e.key);
  return keys;
}

/**
 * Sources that swapped places with what they say: each report's source is the subject of the
 * other report's claim ("Russia said Ukraine shelled the plant" / "Ukraine said Russia shelled
 * the plant"; "the rebels shot it down, the army said" / "the army shot it down, the rebels
 * said"). Each side blames the other: a contradiction, whatever the sources' kind.
 */
function swapped(x: AttributionMention, y: AttributionMention, ctx: PairContext): boolean {
  // A document or an outlet reports; it is not a party that could be blamed.
  const party = (m: AttributionMention) => m.kind !== 'document' && m.kind !== 'outlet';
  if (!party(x) || !party(y)) return false;
  const [wx, wy] = [sourceKeys(ctx.a, x), sourceKeys(ctx.b, y)];
  if (wx.length === 0 || wy.length === 0 || wx.some((w) => wy.includes(w))) return false;
  const [sa, sb] = [claimSubject(ctx.a, x), claimSubject(ctx.b, y)];
  return wy.some((w) => sa.has(w)) && wx.some((w) => sb.has(w));
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
  const swap = swapped(x, y, ctx);
  return [
    {
      type: 'attribution',
      material: swap || (named(x) && named(y)),
      note: swap
        ? `attribution swapped: A has ${quote(x.source.text)} say it of ${quote(y.source.text)}, B the reverse`
        : `attribution: ${quote(x.source.text)} vs ${quote(y.source.text)}`,
      a: spanOf(a.text, x.source.start, x.source.end),
      b: spanOf(b.text, y.source.start, y.source.end),
    },
  ];
}

/**
 * hedging: one report asserts what the other only expects, believes or suspects
 * ("will visit" vs "is expected to visit"; "sold" vs "may be providing"). Reported, never
 * material on its own: the claim is the same, its certainty differs.
 */
import type { Difference, Span } from '../../model/result.js';
import type { HedgeMention } from '../../model/stages.js';
import { type PairContext, type Side, mainPredicate, quote, spanOf } from '../context.js';

const MIN_GAP = 0.2;

const REPORTING = new Set(['say', 'tell', 'announce', 'add', 'state', 'write', 'declare', 'promise', 'pledge', 'vow', 'agree']);

/** "X said the two countries would strengthen ...": reported future, not hedging. */
function reportedFuture(side: Side, h: HedgeMention): boolean {
  if (!/^(would|will)$/i.test(h.text)) return false;
  const { tokens, lemmas } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= h.start);
  for (let j = Math.max(0, k - 8); j < k; j++) if (REPORTING.has(lemmas[j])) return true;
  return false;
}

/**
 * What the asserting side says where the other hedges: the verb the hedge governs ("rise" in
 * "may rise") found on the other side, with its auxiliary ("will rise").
 */
function counterpart(hedged: Side, h: HedgeMention, other: Side): Span | undefined {
  const { tokens, lemmas } = hedged.analysis;
  const k = tokens.findIndex((t) => t.start >= h.end);
  if (k < 0) return undefined;
  let verb = -1;
  for (let j = k; j < tokens.length && j < k + 4; j++) if (tokens[j].pos === 'VERB') { verb = j; break; }
  if (verb < 0) return undefined;
  const ot = other.analysis.tokens;
  const m = ot.findIndex((t, j) => other.analysis.lemmas[j] === lemmas[verb] && t.pos === 'VERB');
  if (m < 0) return undefined;
  const start = m > 0 && (ot[m - 1].pos === 'AUX' || ot[m - 1].norm === 'to') ? ot[m - 1].start : ot[m].start;
  return spanOf(other.text, start, ot[m].end);
}

function weakest(side: Side): HedgeMention | undefined {
  let w: HedgeMention | undefined;
  for (const h of side.analysis.hedges) if (!reportedFuture(side, h) && (!w || h.certainty < w.certainty)) w = h;
  return w;
}

export function hedgingDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const ha = weakest(a);
  const hb = weakest(b);
  const ca = ha?.certainty ?? 1;
  const cb = hb?.certainty ?? 1;
  if (Math.abs(ca - cb) < MIN_GAP) return [];
  const spanA = ha ? spanOf(a.text, ha.start, ha.end) : (hb && counterpart(b, hb, a)) ?? mainPredicate(a);
  const spanB = hb ? spanOf(b.text, hb.start, hb.end) : (ha && counterpart(a, ha, b)) ?? mainPredicate(b);
  return [
    {
      type: 'hedging',
      material: false,
      note: `hedging: ${quote(spanA.text)} (${ha ? ha.kind : 'asserted'}) vs ${quote(spanB.text)} (${hb ? hb.kind : 'asserted'})`,
      a: spanA,
      b: spanB,
    },
  ];
}

/**
 * negation: the same predicate asserted on one side and denied on the other. A negation's
 * scope words must reappear on the other side (same lemma or a close vector neighbour),
 * outside any negation there: at least two scope words, or all of them when the scope has
 * fewer, so that "not all are subject to scrutiny" does not clash with "all are subject to
 * party influence".
 */
import type { Difference } from '../../model/result.js';
import type { NegationMention, Token } from '../../model/stages.js';
import { type PairContext, type Side, findSimilarToken, quote, spanOf } from '../context.js';

const SCOPE_WINDOW = 6;

function scopeContent(side: Side, n: NegationMention): number[] {
  const { tokens, content } = side.analysis;
  const from = n.scope ? n.scope.start : n.end;
  const to = n.scope ? n.scope.end : Infinity;
  const picked: number[] = [];
  for (const i of content) {
    const t = tokens[i];
    if (t.start >= from && t.end <= to && t.start >= n.end) picked.push(i);
    if (picked.length >= SCOPE_WINDOW) break;
  }
  return picked;
}

function negated(side: Side, t: Token): boolean {
  return side.analysis.negations.some((n) => {
    const scopeEnd = n.scope ? n.scope.end : n.end + 40;
    return t.start >= n.start && t.end <= scopeEnd;
  });
}

function oneWay(from: Side, to: Side, ctx: PairContext, flip: boolean): Difference[] {
  const out: Difference[] = [];
  for (const n of from.analysis.negations) {
    const scope = scopeContent(from, n);
    if (scope.length === 0) continue;
    const matches: Token[] = [];
    for (const i of scope) {
      const hit = findSimilarToken(to, from.analysis.lemmas[i], ctx.wordSimilarity, 0.8);
      if (hit && !negated(to, hit)) matches.push(hit);
    }
    if (matches.length < Math.min(2, scope.length)) continue;
    const last = from.analysis.tokens[scope[Math.min(scope.length, 3) - 1]];
    const negSpan = spanOf(from.text, n.start, Math.max(n.end, last.end));
    const first = matches.reduce((p, q) => (q.start < p.start ? q : p));
    const lastHit = matches.reduce((p, q) => (q.end > p.end ? q : p));
    const other = spanOf(to.text, first.start, Math.min(lastHit.end, first.start + 80));
    const [sa, sb] = flip ? [other, negSpan] : [negSpan, other];
    out.push({ type: 'negation', material: true, note: `negation: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb });
  }
  return out;
}

export function negationDifferences(ctx: PairContext): Difference[] {
  return [...oneWay(ctx.a, ctx.b, ctx, false), ...oneWay(ctx.b, ctx.a, ctx, true)];
}

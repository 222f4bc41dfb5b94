/**
 * date: resolvable dates whose periods do not overlap, and relative temporal anchors that
 * place the same event differently ("before the war" vs "at the start of the conflict").
 */
import type { Difference } from '../../model/result.js';
import type { DateMention } from '../../model/stages.js';
import { type PairContext, quote, spanOf } from '../context.js';

function overlaps(x: DateMention, y: DateMention): boolean {
  if (!x.from || !x.to || !y.from || !y.to) return true; // unknown: cannot conflict
  return x.from <= y.to && y.from <= x.to;
}

const RELATION =
  /^(before|after|since|during|until|prior to|ahead of|following|at the (?:start|beginning|outset|end|height) of|(?:early|late) in|from the (?:very )?(?:early days|start|beginning|outset) of|in the (?:early|first|final|last) (?:days|weeks|months) of)\s+(?:the\s+|this\s+|that\s+)?(.+)$/i;

function relationOf(text: string): { relation: string; anchor: string } | null {
  const m = RELATION.exec(text.trim());
  if (!m) return null;
  const rel = m[1].toLowerCase();
  const relation = /^(after|since|following)/.test(rel)
    ? 'after'
    : /^(before|prior to|ahead of)/.test(rel)
      ? 'before'
      : /start|beginning|outset|early|first/.test(rel)
        ? 'start'
        : /end|final|last|late|until/.test(rel)
          ? 'end'
          : 'during';
  const anchor = m[2].toLowerCase().split(/\s+/).pop() ?? '';
  return { relation, anchor };
}

export function dateDifferences(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  const { a, b } = ctx;
  const resolvedA = a.analysis.dates.filter((d) => d.from && d.to);
  const resolvedB = b.analysis.dates.filter((d) => d.from && d.to);
  if (resolvedA.length && resolvedB.length) {
    for (const x of resolvedA) {
      if (resolvedB.some((y) => overlaps(x, y))) continue;
      const y = resolvedB.find((z) => !resolvedA.some((w) => overlaps(w, z)));
      if (!y) continue;
      out.push({
        type: 'date',
        material: true,
        note: `date: ${quote(x.text)} vs ${quote(y.text)}`,
        a: spanOf(a.text, x.start, x.end),
        b: spanOf(b.text, y.start, y.end),
      });
    }
  }
  for (const x of a.analysis.dates) {
    const rx = relationOf(x.text);
    if (!rx) continue;
    for (const y of b.analysis.dates) {
      const ry = relationOf(y.text);
      if (!ry || ry.relation === rx.relation) continue;
      if (ctx.wordSimilarity(rx.anchor, ry.anchor) < 0.6) continue;
      out.push({
        type: 'date',
        material: true,
        note: `date: ${quote(x.text)} vs ${quote(y.text)} (${rx.relation} vs ${ry.relation})`,
        a: spanOf(a.text, x.start, x.end),
        b: spanOf(b.text, y.start, y.end),
      });
    }
  }
  return out;
}

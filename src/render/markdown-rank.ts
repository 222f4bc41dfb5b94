/**
 * Which divergence matters most, for the one-line headline of a report.
 *
 * Ranking: links with a material difference first; then by the type of their most
 * important difference, in the order of `TYPE_PRIORITY` (a reversed polarity changes the
 * claim outright; a conflicting number or date is a hard fact a reader can check; a
 * different event, person or place changes what happened; who said it and how sure they
 * were change the claim least); then by higher link score (the surer the two sentences
 * report the same claim, the more the difference is a real conflict); then report order.
 */
import type { Difference, DifferenceType, Link } from '../model/result.js';

export const TYPE_PRIORITY: readonly DifferenceType[] = [
  'negation',
  'number',
  'date',
  'event',
  'entity',
  'place',
  'attribution',
  'hedging',
];

function typeRank(type: DifferenceType): number {
  const i = TYPE_PRIORITY.indexOf(type);
  return i < 0 ? TYPE_PRIORITY.length : i;
}

/** Compare two differences: material first, then type priority. Stable for equal keys. */
export function compareDifferences(x: Difference, y: Difference): number {
  if (x.material !== y.material) return x.material ? -1 : 1;
  return typeRank(x.type) - typeRank(y.type);
}

/** The differences of a link, most important first (stable sort, input not modified). */
export function sortDifferences(differences: readonly Difference[]): Difference[] {
  return differences
    .map((d, i) => ({ d, i }))
    .sort((p, q) => compareDifferences(p.d, q.d) || p.i - q.i)
    .map((p) => p.d);
}

export interface RankedDivergence {
  link: Link;
  /** The link's most important difference, when it has any. */
  difference?: Difference;
}

/**
 * Divergent links, most important first. Links without any difference come after those
 * with one. `order` gives each link's position in report order (ties).
 */
export function rankDivergences(links: readonly Link[], order: (link: Link) => number): RankedDivergence[] {
  const ranked = links
    .filter((l) => l.class === 'divergent')
    .map((link) => ({ link, difference: sortDifferences(link.differences)[0] }));
  return ranked.sort((p, q) => {
    if (p.difference && q.difference) {
      const c = compareDifferences(p.difference, q.difference);
      if (c !== 0) return c;
    } else if (p.difference || q.difference) {
      return p.difference ? -1 : 1;
    }
    if (p.link.score !== q.link.score) return q.link.score - p.link.score;
    return order(p.link) - order(q.link);
  });
}

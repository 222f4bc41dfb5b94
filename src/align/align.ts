/**
 * align: order-free sentence links. Every A sentence keeps its best B partner above the
 * link threshold, and a second one when it scores nearly as well (the claim is split
 * across two sentences); the same runs from B's side. The union of both directions is the
 * set of links, so a sentence may link to several on the other side.
 */
export interface ScoredPair<S> {
  a: number;
  b: number;
  score: number;
  signals: S;
}

export interface AlignOptions {
  /** Minimum combined score for a link. */
  linkThreshold: number;
  /** A second partner is kept when it scores within this margin of the best. */
  secondLinkMargin: number;
}

function bestPerSide<S>(pairs: ScoredPair<S>[], side: 'a' | 'b', options: AlignOptions): ScoredPair<S>[] {
  const groups = new Map<number, ScoredPair<S>[]>();
  for (const p of pairs) {
    if (p.score < options.linkThreshold) continue;
    const key = p[side];
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(p);
  }
  const kept: ScoredPair<S>[] = [];
  for (const g of groups.values()) {
    g.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
    kept.push(g[0]);
    if (g[1] && g[1].score >= g[0].score - options.secondLinkMargin) kept.push(g[1]);
  }
  return kept;
}

/** Choose links among scored candidate pairs; returns pairs sorted by A then B index. */
export function align<S>(pairs: ScoredPair<S>[], options: AlignOptions): ScoredPair<S>[] {
  const chosen = new Map<string, ScoredPair<S>>();
  for (const p of [...bestPerSide(pairs, 'a', options), ...bestPerSide(pairs, 'b', options)]) {
    chosen.set(`${p.a}|${p.b}`, p);
  }
  return [...chosen.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}

/**
 * Split claims: when one sentence links to two adjacent sentences on the other side and
 * neither of them links anywhere else, the other report split the claim in two ("X
 * resigned over Y, and Z takes over" / "X resigned over Y. Z takes over."). Such links are
 * merged into one link with both sentences on that side, so the diff and the difference
 * detectors see the whole claim at once.
 */
export interface PairLink {
  a: number;
  b: number;
}

export interface GroupedLink<P extends PairLink> {
  a: number[];
  b: number[];
  /** The pairwise links merged into this one (one, or two for a split claim). */
  pairs: P[];
}

function degree<P extends PairLink>(pairs: P[], side: 'a' | 'b'): Map<number, number> {
  const d = new Map<number, number>();
  for (const p of pairs) d.set(p[side], (d.get(p[side]) ?? 0) + 1);
  return d;
}

/**
 * `mergeable` says whether a pair may be half of a split claim (default: every pair); a pair
 * of copies is a whole claim on its own, so the engine passes false for those.
 */
export function groupSplitClaims<P extends PairLink>(pairs: P[], mergeable: (p: P) => boolean = () => true): Array<GroupedLink<P>> {
  const degA = degree(pairs, 'a');
  const degB = degree(pairs, 'b');
  const used = new Set<P>();
  const out: Array<GroupedLink<P>> = [];
  const sorted = [...pairs].sort((x, y) => x.a - y.a || x.b - y.b);
  // The first pair at each (a, b), so a neighbour is one look-up, not a scan of all links.
  const at = new Map<string, P>();
  for (const p of sorted) if (!at.has(`${p.a},${p.b}`)) at.set(`${p.a},${p.b}`, p);
  const free = (a: number, b: number): P | undefined => {
    const q = at.get(`${a},${b}`);
    return q !== undefined && !used.has(q) ? q : undefined;
  };
  for (const p of sorted) {
    if (used.has(p)) continue;
    // One A sentence, two adjacent B sentences that link nowhere else.
    const nextB = free(p.a, p.b + 1);
    const merge = mergeable(p);
    if (merge && nextB && degB.get(p.b) === 1 && degB.get(nextB.b) === 1 && mergeable(nextB)) {
      used.add(p).add(nextB);
      out.push({ a: [p.a], b: [p.b, nextB.b], pairs: [p, nextB] });
      continue;
    }
    const nextA = free(p.a + 1, p.b);
    if (merge && nextA && degA.get(p.a) === 1 && degA.get(nextA.a) === 1 && mergeable(nextA)) {
      used.add(p).add(nextA);
      out.push({ a: [p.a, nextA.a], b: [p.b], pairs: [p, nextA] });
      continue;
    }
    used.add(p);
    out.push({ a: [p.a], b: [p.b], pairs: [p] });
  }
  return out;
}

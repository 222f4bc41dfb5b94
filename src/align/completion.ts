/**
 * Completing split claims. groupSplitClaims merges a claim one report tells in two adjacent
 * sentences when both halves were linked. Often only one is: "The mayor resigned over the
 * scandal, and his deputy will lead the city until May" links to "The mayor quit over the
 * scandal.", while "Until voters pick a successor in May, his deputy takes charge." stands
 * out too little on its own, since half the long sentence is about something else.
 *
 * A sentence beside a link's sentence completes the link when, with nothing linked to it:
 * - it covers content of the far sentence that its neighbour leaves uncovered (adding it
 *   raises the share of the far sentence's content matched by at least MIN_GAIN);
 * - most of its own content is found in the far sentence (at least MIN_BACK);
 * - the far sentence is its top-scoring partner, with a link score of at least MIN_SCORE.
 * The pair then joins the links, and groupSplitClaims merges it with its neighbour's.
 */

export interface SideLink {
  a: number;
  b: number;
}

/** Least rise in the far sentence's covered content that the neighbour must bring. */
export const MIN_GAIN = 0.1;
/** Least share of the neighbour's own content that the far sentence must cover. */
export const MIN_BACK = 0.5;
/**
 * Least link score of the neighbour with the far sentence. MIN_GAIN, MIN_BACK and this were
 * chosen by reading the candidates they admit in the 300 BASIL pairs (docs/quality.md).
 */
export const MIN_SCORE = 0.45;

export interface CompletionProbe {
  /** Sentences on each side. */
  sizes: { a: number; b: number };
  /** Share of sentence `index` on `side` covered by the sentences `others` of the other side. */
  coverage(side: 'a' | 'b', index: number, others: number[]): number;
  /** Link score of A sentence `a` with B sentence `b`. */
  score(a: number, b: number): number;
  /** Top-scoring partner on the other side of sentence `index` on `side`, -1 when unknown. */
  topPartner(side: 'a' | 'b', index: number): number;
  /** Whether a link may be completed (copies are whole claims). */
  completable(link: SideLink): boolean;
}

/** The pairs (far sentence, neighbour) that complete links, in the links' order. */
export function completions<L extends SideLink>(links: L[], probe: CompletionProbe): SideLink[] {
  const linked = { a: new Map<number, number>(), b: new Map<number, number>() };
  for (const l of links) {
    linked.a.set(l.a, (linked.a.get(l.a) ?? 0) + 1);
    linked.b.set(l.b, (linked.b.get(l.b) ?? 0) + 1);
  }
  const out: SideLink[] = [];
  const taken = new Set<L>();
  for (const l of links) {
    if (taken.has(l) || !probe.completable(l)) continue;
    for (const side of ['b', 'a'] as const) {
      const far = side === 'b' ? 'a' : 'b';
      const near = l[side];
      const farIndex = l[far];
      // Merged only when the near sentence links to nothing else.
      if (linked[side].get(near) !== 1) continue;
      let done = false;
      for (const n of [near - 1, near + 1]) {
        if (n < 0 || n >= probe.sizes[side] || linked[side].has(n)) continue;
        if (probe.topPartner(side, n) !== farIndex) continue;
        if (probe.coverage(side, n, [farIndex]) < MIN_BACK) continue;
        const before = probe.coverage(far, farIndex, [near]);
        const after = probe.coverage(far, farIndex, [near, n]);
        if (after - before < MIN_GAIN) continue;
        if (probe.score(side === 'b' ? farIndex : n, side === 'b' ? n : farIndex) < MIN_SCORE) continue;
        out.push(side === 'b' ? { a: farIndex, b: n } : { a: n, b: farIndex });
        linked[side].set(n, 1);
        taken.add(l);
        done = true;
        break;
      }
      if (done) break;
    }
  }
  return out;
}

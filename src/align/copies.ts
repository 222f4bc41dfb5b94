/**
 * Links beside a copy. When one report is a shortened or lightly edited copy of the other,
 * a sentence that was cut has lost its partner, and the sentence it most resembles on the
 * other side is often one that was kept: that kept sentence then links to its own copy and
 * to the cut one. But a sentence whose every content word is matched by its partner, and
 * the partner's by it, has nothing left for a third sentence to share: other links of that
 * sentence are dropped, unless they are copies too (a report that repeats a sentence).
 * A sentence that merges two of the other side ("X resigned, and Y takes over") is a copy of
 * neither, so split claims are kept.
 */

/** What this step reads of a pair's signals: word alignment both ways (shares of content weight). */
export interface CopySignals {
  alignAB: number;
  alignBA: number;
}

export interface CopyPair<S extends CopySignals> {
  a: number;
  b: number;
  signals: S;
}

/** Both sentences' content words find a counterpart in the other (shares of weight). */
export const COPY_ALIGNMENT = 0.9;

export function isCopy(s: CopySignals): boolean {
  return s.alignAB >= COPY_ALIGNMENT && s.alignBA >= COPY_ALIGNMENT;
}

/** The chosen links without those beside a copy (see the file comment); order kept. */
export function dropBesideCopies<S extends CopySignals, P extends CopyPair<S>>(links: P[]): P[] {
  const copyA = new Set<number>();
  const copyB = new Set<number>();
  for (const p of links) {
    if (isCopy(p.signals)) {
      copyA.add(p.a);
      copyB.add(p.b);
    }
  }
  return links.filter((p) => isCopy(p.signals) || (!copyA.has(p.a) && !copyB.has(p.b)));
}

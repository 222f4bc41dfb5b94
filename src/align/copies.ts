/**
 * Links beside a copy. When one report is a shortened or lightly edited copy of the other,
 * a sentence that was cut has lost its partner, and the sentence it most resembles on the
 * other side is often one that was kept: that kept sentence then links to its own copy and
 * to the cut one. But a sentence whose every content word is matched by its partner, and
 * the partner's by it, with nothing the two disagree on, has nothing left for a third
 * sentence to share: its other links are dropped. Kept are links that are copies too (a
 * report that repeats a sentence) and links the caller wants kept whatever happens (the
 * engine keeps a contradiction of near copies: "15 killed" beside a copy of "12 killed" is
 * still worth showing). A sentence that merges two of the other side ("X resigned,
 * and Y takes over") is a copy of neither, so split claims are kept.
 */

/** What this step reads of a pair's signals: word alignment both ways (shares of content weight). */
export interface CopySignals {
  alignAB: number;
  alignBA: number;
}

export interface CopyPair {
  a: number;
  b: number;
}

/** Both sentences' content words find a counterpart in the other (shares of weight). */
export const COPY_ALIGNMENT = 0.9;
/**
 * A divergent link beside a copy is kept when both its sentences match at least this share
 * of their content: the same sentence but for the detail they differ on. Measured on BASIL
 * articles with every third sentence cut (bench/quality, "Shortened copies"): of the 32
 * divergent links from cut sentences to kept lookalikes, 31 match less than 0.7 of their
 * content in one direction (mostly a negation cue in one sentence and not the other).
 */
export const NEAR_COPY_ALIGNMENT = 0.7;
/** Sums of word weights can land a few 1e-16 below a share they equal. */
const EPSILON = 1e-9;

/** The words of each sentence are all (by weight, COPY_ALIGNMENT) matched in the other. */
export function isCopy(s: CopySignals): boolean {
  return s.alignAB >= COPY_ALIGNMENT - EPSILON && s.alignBA >= COPY_ALIGNMENT - EPSILON;
}

/**
 * The chosen links without those beside a copy (see the file comment), order kept. `copy`
 * says whether a link is a copy (called once per link); `keep` is asked only about the links
 * that would be dropped.
 */
export function dropBesideCopies<P extends CopyPair>(links: P[], copy: (p: P) => boolean, keep: (p: P) => boolean = () => false): P[] {
  const isCopyLink = links.map(copy);
  const copyA = new Set<number>();
  const copyB = new Set<number>();
  links.forEach((p, k) => {
    if (isCopyLink[k]) {
      copyA.add(p.a);
      copyB.add(p.b);
    }
  });
  return links.filter((p, k) => isCopyLink[k] || (!copyA.has(p.a) && !copyB.has(p.b)) || keep(p));
}

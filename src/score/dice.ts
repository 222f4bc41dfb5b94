/**
 * Dice coefficient over character bigrams, the measure of string-similarity's
 * compareTwoStrings (whitespace removed, bigram multiset overlap), split into a
 * per-sentence preparation and a cheap pairwise merge of sorted bigram codes.
 */

export interface Bigrams {
  /** The string with whitespace removed. */
  text: string;
  /** Sorted bigram codes (first UTF-16 unit * 65536 + second), with repeats. */
  codes: Uint32Array;
}

export function bigrams(s: string): Bigrams {
  const text = s.replace(/\s+/g, '');
  const codes = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
  codes.sort();
  return { text, codes };
}

/** Same value as compareTwoStrings on the two original strings. */
export function diceOf(a: Bigrams, b: Bigrams): number {
  if (a.text === b.text) return 1;
  if (a.text.length < 2 || b.text.length < 2) return 0;
  return (2 * sortedOverlap(a.codes, b.codes)) / (a.text.length + b.text.length - 2);
}

/** Size of the multiset intersection of two sorted arrays of codes. */
export function sortedOverlap(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let inter = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      inter++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return inter;
}

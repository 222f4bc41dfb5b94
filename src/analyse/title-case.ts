/**
 * A headline in Title Case ("Steele to Announce Decision on R.N.C. Run"): every longer word is
 * capitalised, so capitals say nothing of names there.
 */
import type { Token } from '../model/stages.js';

/** At least three words of four letters or more, and 80% of them capitalised. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text) && t.text.length > 3);
  return words.length >= 3 && words.filter((t) => /^\p{Lu}/u.test(t.text)).length / words.length >= 0.8;
}

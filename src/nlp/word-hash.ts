/**
 * FNV-1a over the UTF-16 code units of a word: the hash of the word tables (the vector
 * store's, built by scripts/build-vectors.mjs with the same function, and the wink lexeme
 * table of core-model.ts). The build script's copy and this one must stay identical.
 */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

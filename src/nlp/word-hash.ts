/**
 * FNV-1a over the UTF-16 code units of a word: the hash of the packed word tables
 * (packed-words.ts) of data/vectors.bin and data/wink-core.bin, which the build scripts fill
 * with their own copy (scripts/word-hash.mjs). The two copies must stay identical.
 */
export function wordHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

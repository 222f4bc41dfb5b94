// FNV-1a over UTF-16 code units, for the build scripts' word tables (data/vectors.bin,
// data/wink-core.bin): must stay identical to wordHash in src/nlp/word-hash.ts, which the
// engine uses to look words up in those tables (test/nlp-core-model.test.ts checks the two agree).
export function wordHash(word) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

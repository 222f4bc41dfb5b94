/**
 * Loose name compatibility for the entity detector: an acronym and the name it abbreviates
 * ("PNG" / "Papua New Guinea", "IBM Corp." / "International Business Machines"), or two mentions that share a word
 * ("Twentieth Century" / "Twentieth Century Fox", "Siskiyou Mountains" / "Siskiyou Pass")
 * or are spelling variants ("O'Neill" / "ONeills", "Martínez" / "Martinez", "Griver" /
 * "Grivner") may well name the same thing, so a substitution between them is not reported
 * as a conflict.
 */
import { editDistance } from '../nlp/edit-distance.js';
import { compassOf } from '../analyse/lexicon/places.js';

const STOP = new Set(['the', 'of', 'and', 'for', 'de', 'la', 'al', 'el', 'state', 'new', 'national', 'executive', 'president', 'minister', 'secretary', 'chief', 'director']);

/** Lower case, diacritics removed, apostrophes and a possessive/plural "s" dropped. */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019`.]/g, '')
    .replace(/s$/, '');
}

function words(text: string): string[] {
  return text
    .split(/[\s\-\u2013\u2014/,]+/)
    .map(foldName)
    .filter((w) => w.length > 1 && !STOP.has(w));
}

/** Two letters swapped side by side ("Jeffrey" / "Jeffery"). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4) return false;
  const at: number[] = [];
  for (let i = 0; i < a.length && at.length <= 2; i++) if (a[i] !== b[i]) at.push(i);
  return at.length === 2 && at[1] === at[0] + 1 && a[at[0]] === b[at[1]] && a[at[1]] === b[at[0]];
}

/** Near spellings: at most one edit in four characters, or two neighbouring letters swapped. */
function closeSpelling(a: string, b: string): boolean {
  if (a === b || swapped(a, b)) return true;
  const len = Math.max(a.length, b.length);
  const max = Math.floor(len / 4);
  return len >= 4 && editDistance(a, b, max) <= max;
}

/** "PNG" / "Papua New Guinea", "U.N." / "United Nations": capitals that spell the initials of the other name. */
function acronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[.\s]/g, '');
  if (!/^\p{Lu}{2,6}$/u.test(letters)) return false;
  const initials = long.split(/[\s\-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  return initials === letters;
}

/** "IBM Corp." is "IBM": a company's legal suffix is not part of the name compared. */
const LEGAL_SUFFIX = /[\s,]+(?:corp|corporation|inc|co|ltd|llc|plc|group|sa|ag|nv)\.?$/i;

export function namesCompatible(a: string, b: string): boolean {
  // "South Korea" / "North Korea" share a word but are two countries.
  const [ca, cb] = [compassOf(a), compassOf(b)];
  if (ca !== undefined && cb !== undefined && ca !== cb) return false;
  const [x, y] = [a.replace(LEGAL_SUFFIX, ''), b.replace(LEGAL_SUFFIX, '')];
  if (acronymOf(x, y) || acronymOf(y, x)) return true;
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return wa.some((x) => wb.some((y) => closeSpelling(x, y)));
}

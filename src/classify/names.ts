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

/** Given names and their short forms, each group one name ("Bill" / "William", "Tony" / "Anthony"). */
const GIVEN_NAMES: ReadonlyArray<readonly string[]> = [
  ['william', 'bill', 'billy', 'will', 'willie'], ['robert', 'bob', 'bobby', 'rob', 'robbie', 'bert'], ['richard', 'dick', 'rick', 'ricky', 'rich'],
  ['anthony', 'antony', 'tony'], ['michael', 'mike', 'mick', 'mickey'], ['james', 'jim', 'jimmy', 'jamie'], ['john', 'jack', 'johnny', 'jon'],
  ['joseph', 'joe', 'joey'], ['edward', 'ed', 'eddie', 'ted', 'ned'], ['theodore', 'ted', 'teddy'], ['charles', 'chuck', 'charlie'],
  ['thomas', 'tom', 'tommy'], ['daniel', 'dan', 'danny'], ['david', 'dave'], ['stephen', 'steven', 'steve'], ['christopher', 'chris'],
  ['nicholas', 'nick'], ['alexander', 'alex', 'sasha'], ['elizabeth', 'liz', 'beth', 'betty', 'lisa'], ['katherine', 'catherine', 'kate', 'kathy', 'cathy'],
  ['jennifer', 'jen', 'jenny'], ['samuel', 'sam'], ['benjamin', 'ben'], ['matthew', 'matt'], ['andrew', 'andy', 'drew'], ['timothy', 'tim'],
  ['jeffrey', 'jeff'], ['gregory', 'greg'], ['patrick', 'pat'], ['ronald', 'ron'], ['donald', 'don'], ['kenneth', 'ken'], ['lawrence', 'larry'],
  ['gerald', 'jerry'], ['margaret', 'maggie', 'peggy', 'meg'], ['susan', 'sue'], ['deborah', 'debbie', 'deb'], ['rebecca', 'becky'],
  ['frederick', 'fred'], ['harold', 'harry', 'hal'], ['henry', 'hank', 'harry'], ['leonard', 'len', 'lenny'], ['vladimir', 'volodymyr'],
];
const GIVEN = new Map<string, Set<number>>();
GIVEN_NAMES.forEach((group, k) => group.forEach((n) => GIVEN.set(n, new Set([...(GIVEN.get(n) ?? []), k]))));

const SUFFIXES = /^(?:jr|sr|ii|iii|iv)$/;

/**
 * Two people who share a family name but not a given name ("Mark Kelly" / "Trent Kelly",
 * "Hillary Clinton" / "Bill Clinton"): both names have a given name and the same last word,
 * and the given names are no initial of each other, no spelling variant, no shortening
 * ("Alex" / "Alexander", "Tony" / "Antony") and no known short form ("Bill" / "William").
 */
export function differentPeople(a: string, b: string): boolean {
  const parts = (t: string) => t.split(/[\s]+/).map(foldName).filter((w) => w !== '' && !SUFFIXES.test(w));
  const [pa, pb] = [parts(a), parts(b)];
  if (pa.length < 2 || pb.length < 2 || pa[pa.length - 1] !== pb[pb.length - 1]) return false;
  // Any word before the family name may be a title or a middle name ("Speaker Newt Gingrich",
  // "Joseph R. Biden"): the two are one person when any two of them agree.
  const one = (x: string, y: string) => {
    if (x.length <= 1 || y.length <= 1) return x[0] === y[0];
    if (closeSpelling(x, y) || x.startsWith(y) || y.startsWith(x) || x.endsWith(y) || y.endsWith(x)) return true;
    // A transliteration ("Zulifquar" / "Zulfiqar"): the same first two letters, a third of the letters edited at most.
    if (x.slice(0, 2) === y.slice(0, 2) && editDistance(x, y, Math.ceil(Math.max(x.length, y.length) / 3)) <= Math.ceil(Math.max(x.length, y.length) / 3)) return true;
    const [gx, gy] = [GIVEN.get(x), GIVEN.get(y)];
    return gx !== undefined && gy !== undefined && [...gx].some((k) => gy.has(k));
  };
  return !pa.slice(0, -1).some((x) => pb.slice(0, -1).some((y) => one(x, y)));
}

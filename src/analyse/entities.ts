/**
 * Named-entity mentions built from runs of capitalised tokens (the lite wink model has no
 * person/organisation/place recogniser), classified with a gazetteer and word lists.
 */
import type { EntityKind, EntityMention, Token } from '../model/stages.js';
import { compassOf, placeKey } from './lexicon/places.js';
import {
  FUNCTION_WORDS, KNOWN_ORGS, NON_ENTITY, ORG_HEADS, ORG_LEADS, ORG_PHRASES, OUTLETS, OUTLET_PHRASES, PARTY_NAMES,
  TITLES, TITLE_COMPLEMENTS, TITLE_MODIFIERS,
} from './lexicon/names.js';
import { tokenSpan } from './span.js';

const UPPER_START = /^\p{Lu}/u;
const PLURAL = /[^su]s$/;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}\d{0,2}$/u;
/** After these a capitalised word may be an ordinary word starting a quote or list item. */
const OPENERS = new Set(['“', '"', '‘', '(', '[', ':', '•', '*', '«']);

const ORG_ALIASES: Record<string, string> = {
  un: 'united nations', eu: 'european union', 'department of state': 'state department',
  'us state department': 'state department', 'u s state department': 'state department',
  nsc: 'national security council', cia: 'central intelligence agency',
  fbi: 'federal bureau of investigation', 'department of defense': 'pentagon',
  'defense department': 'pentagon', 'ministry of foreign affairs': 'foreign ministry',
  'the kremlin': 'kremlin', ap: 'associated press', nyt: 'new york times',
  wsj: 'wall street journal', ft: 'financial times',
  // Political parties: one party however its members are named.
  ...PARTY_NAMES,
};

const IDEOLOGY_OR_WORK = new Set(['conservative', 'conservatives', 'labour']);

/** Lower case, dots removed (so "U.S." and "US" agree), whitespace collapsed. */
export function normName(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

function isOrgWord(n: string): boolean {
  return ORG_HEADS.has(n) || KNOWN_ORGS.has(n) || OUTLETS.has(n);
}

/** Classify a capitalised run by its normalised words. */
export function classifyName(key: string, words: string[]): { kind: EntityKind; key: string } {
  const place = placeKey(key);
  if (place !== undefined) return { kind: 'place', key: place };
  const last = words[words.length - 1];
  // A known single-word organisation only names the run when it is the whole run
  // ("UN", but not "Kim Jong Un"); head words like "Council" work at the end of any run.
  const orgWord = words.length === 1 ? isOrgWord(last) : ORG_HEADS.has(last);
  if (ORG_PHRASES.has(key) || OUTLET_PHRASES.has(key) || orgWord) {
    return { kind: 'organisation', key: ORG_ALIASES[key] ?? key };
  }
  if (words.length > 2 && ORG_LEADS.has(words[0]) && words[1] === 'of') {
    return { kind: 'organisation', key: ORG_ALIASES[key] ?? key };
  }
  if (ORG_ALIASES[key] !== undefined) return { kind: 'organisation', key: ORG_ALIASES[key] };
  if (words.length >= 2 && !words.includes('of')) return { kind: 'person', key };
  return { kind: 'other', key };
}

/**
 * Whether a token may be part of a name. `initial` marks sentence- or quote-initial words;
 * `continues` says the previous token is part of a name.
 */
function eligible(t: Token, next: Token | undefined, initial: boolean, continues: boolean): boolean {
  if (t.type !== 'word' || !UPPER_START.test(t.text)) return false;
  const n = normName(t.text);
  if (ACRONYM.test(t.text) && t.text !== 'I' && t.text !== 'A') return true;
  if (NON_ENTITY.has(t.norm) || NON_ENTITY.has(n)) return false;
  if (FUNCTION_WORDS.has(t.norm)) return continues && !initial;
  if (!initial) return true;
  // At the start of a sentence "Conservative" and "Labour" may be an ideology or work, not the party ("Conservative Party" is).
  if (IDEOLOGY_OR_WORK.has(n) && !(next !== undefined && UPPER_START.test(next.text))) return false;
  if (placeKey(n) !== undefined || isOrgWord(n) || TITLES.has(t.norm)) return true;
  if (t.pos !== 'PROPN' || t.stop) return false;
  // The tagger calls many capitalised plurals PROPN at the start ("Firms in China...").
  return !(next !== undefined && !UPPER_START.test(next.text) && PLURAL.test(t.text));
}

/** Extract entity mentions from a sentence's tokens. */
export function extractEntities(text: string, tokens: Token[]): EntityMention[] {
  const out: EntityMention[] = [];
  const ok: boolean[] = new Array(tokens.length);
  let initial = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    ok[i] = eligible(t, tokens[i + 1], initial, i > 0 && ok[i - 1] && tokens[i - 1].end < t.start);
    if (t.type === 'word' || t.type === 'number') initial = false;
    else if (OPENERS.has(t.text)) initial = true;
  }
  let i = 0;
  while (i < tokens.length) {
    if (!ok[i]) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < tokens.length && ok[j + 1] && adjacent(tokens[j], tokens[j + 1])) {
        j++;
        continue;
      }
      // "Secretary of State", "Bank of England": allow "of" after a title or organisation lead.
      if (
        j + 2 < tokens.length && tokens[j + 1].norm === 'of' && ok[j + 2] &&
        (TITLES.has(tokens[j].norm) || ORG_LEADS.has(tokens[j].norm))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    emitRun(text, tokens, i, j, out);
    i = j + 1;
  }
  return out;
}

/** Tokens in a run must be separated by whitespace only (so "Russian-Chinese" splits). */
function adjacent(a: Token, b: Token): boolean {
  return b.start > a.end || a.text.endsWith('.');
}

function emitRun(text: string, tokens: Token[], a: number, b: number, out: EntityMention[]): void {
  // Title + name: "US Secretary of State Antony Blinken" → place "US" + person "Antony Blinken".
  let k = -1;
  for (let x = b; x >= a; x--) {
    if (TITLES.has(tokens[x].norm)) {
      k = x;
      break;
    }
  }
  if (k >= 0) {
    let nameStart = k + 1;
    if (nameStart <= b && tokens[nameStart].norm === 'of') {
      nameStart++;
      while (nameStart <= b && TITLE_COMPLEMENTS.has(tokens[nameStart].norm) && nameStart - k <= 3) nameStart++;
    }
    let titleStart = k;
    while (titleStart - 1 >= a && (TITLE_MODIFIERS.has(tokens[titleStart - 1].norm) || TITLES.has(tokens[titleStart - 1].norm))) titleStart--;
    if (titleStart > a) emitPlain(text, tokens, a, titleStart - 1, out, false);
    if (nameStart <= b) {
      const words = tokens.slice(nameStart, b + 1).map((t) => normName(t.text));
      const key = words.join(' ');
      const cls = classifyName(key, words);
      if (cls.kind === 'other' || cls.kind === 'person') {
        out.push({ ...tokenSpan(text, tokens, nameStart, b), kind: 'person', key });
      } else {
        emitPlain(text, tokens, nameStart, b, out, false);
      }
    }
    return;
  }
  emitPlain(text, tokens, a, b, out, true);
}

function emitPlain(text: string, tokens: Token[], a: number, b: number, out: EntityMention[], split: boolean): void {
  const words = tokens.slice(a, b + 1).map((t) => normName(t.text));
  const key = words.join(' ');
  const cls = classifyName(key, words);
  if (split && cls.kind === 'person' && b > a) {
    // A leading place or organisation word followed by a name ("Chinese Xi Jinping" is rare,
    // "Beijing Olympics" is not a person): peel a known first word off.
    const first = classifyName(words[0], [words[0]]);
    if (first.kind === 'place' || first.kind === 'organisation') {
      out.push({ ...tokenSpan(text, tokens, a, a), ...first });
      emitPlain(text, tokens, a + 1, b, out, true);
      return;
    }
  }
  out.push({ ...tokenSpan(text, tokens, a, b), kind: cls.kind, key: cls.key });
}

function surname(key: string): string {
  const parts = key.split(' ');
  return parts[parts.length - 1];
}

function acronymOf(key: string): string {
  return key
    .split(' ')
    .filter((w) => w !== 'of' && w !== 'the' && w !== 'and' && w !== 'for')
    .map((w) => w[0])
    .join('');
}

/** Whether two entity mentions likely refer to the same thing. */
export function entityMatches(
  a: Pick<EntityMention, 'key' | 'kind'>,
  b: Pick<EntityMention, 'key' | 'kind'>,
): boolean {
  const ka = canonicalKey(a.key);
  const kb = canonicalKey(b.key);
  if (ka === kb) return true;
  // "West Germany" / "East Germany", "Northern California" / "Southern California".
  const [ca, cb] = [compassOf(ka), compassOf(kb)];
  if (ca !== undefined && cb !== undefined && ca !== cb) return false;
  if (a.kind === 'person' || b.kind === 'person') {
    const other = a.kind === 'person' ? b : a;
    if (other.kind === 'person' || (other.kind === 'other' && !other.key.includes(' '))) {
      return surname(ka) === surname(kb);
    }
    return false;
  }
  if (a.kind === 'organisation' || b.kind === 'organisation') {
    if (!ka.includes(' ') && ka.length >= 2 && acronymOf(kb) === ka) return true;
    if (!kb.includes(' ') && kb.length >= 2 && acronymOf(ka) === kb) return true;
  }
  return false;
}

/** Canonical key for a raw name or key ("U.S." → "united states", "Chinese" → "china"). */
export function canonicalKey(name: string): string {
  const n = normName(name);
  return placeKey(n) ?? ORG_ALIASES[n] ?? n;
}

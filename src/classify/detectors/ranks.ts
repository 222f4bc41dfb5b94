/**
 * rank: the same ranking told with another place ("finished fourth" / "finished second", "the
 * country's second-largest bank" / "the country's largest bank", "the third quarter in a row"
 * / "the second quarter in a row"). Typed `number`, material. A rank is an ordinal ("fourth",
 * "4th"), alone or joined to a superlative ("second-largest"); a superlative alone is first.
 * Two ranks are compared when they rank the same thing: the same superlative, else the same
 * noun right after the ordinal, else (an ordinal with no noun after it) the same verb before
 * it. Not inside a date ("March 3rd"), and not when either report gives both ranks.
 */
import type { Difference } from '../../model/result.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(
  [
    'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
    'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth',
  ].map((w, k) => [w, k + 1]),
);

interface Rank {
  rank: number;
  /** What is ranked: "s:large" (a superlative), "n:quarter" (the noun after), "v:finish" (the verb before). */
  anchor: string;
  start: number;
  end: number;
}

/** Is this word an ordinal ("second", "4th")? Ranks are this detector's, not opposites. */
export function isOrdinal(norm: string): boolean {
  return ordinalOf(norm) !== undefined;
}

function ordinalOf(norm: string): number | undefined {
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(norm);
  return m ? Number(m[1]) : ORDINAL_WORDS.get(norm);
}

/** Superlatives of one scale ("biggest" ranks as "largest" does). */
const SAME_SCALE: ReadonlyMap<string, string> = new Map([['big', 'large'], ['great', 'large']]);

/** A superlative adjective ("largest", "biggest", "most"): its lemma (one per scale), else undefined. */
function superlative(side: Side, k: number): string | undefined {
  const t = side.analysis.tokens[k];
  if (t === undefined || !/^\p{Ll}+est$/u.test(t.norm) || t.norm === side.analysis.lemmas[k] || !['ADJ', 'ADV'].includes(t.pos)) return undefined;
  const lemma = side.analysis.lemmas[k];
  return SAME_SCALE.get(lemma) ?? lemma;
}

const inDate = (side: Side, start: number, end: number) => side.analysis.dates.some((d) => start >= d.start && end <= d.end);

function ranksOf(side: Side): Rank[] {
  const { tokens, lemmas } = side.analysis;
  const out: Rank[] = [];
  const taken = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    const rank = ordinalOf(tokens[k].norm);
    if (rank === undefined || inDate(side, tokens[k].start, tokens[k].end)) continue;
    // "second-largest", "second largest".
    const hyphen = tokens[k + 1]?.text === '-' && tokens[k + 1].start === tokens[k].end;
    const s = hyphen ? k + 2 : k + 1;
    const sup = superlative(side, s);
    if (sup !== undefined) {
      taken.add(s);
      out.push({ rank, anchor: `s:${sup}:${nounAfter(side, s) ?? ''}`, start: tokens[k].start, end: tokens[s].end });
      continue;
    }
    // "first-degree murder", "second-half goal": the joined word is what is ranked.
    if (hyphen && tokens[s] !== undefined && /^\p{L}+$/u.test(tokens[s].text)) {
      out.push({ rank, anchor: `h:${lemmas[s]}`, start: tokens[k].start, end: tokens[s].end });
      continue;
    }
    let anchor: string | undefined;
    for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
      if (tokens[j].pos === 'NOUN') {
        anchor = PLACE_NOUNS.has(lemmas[j]) ? PLACING : `n:${lemmas[j]}`;
        break;
      }
      if (!['ADJ', 'ADV'].includes(tokens[j].pos)) break;
    }
    anchor ??= verbAnchor(side, k);
    if (anchor !== undefined) out.push({ rank, anchor, start: tokens[k].start, end: tokens[k].end });
  }
  // "runner-up": second, of the verb before it ("finished as runner-up" / "finished third").
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (tokens[k].norm !== 'runner' || tokens[k + 1].text !== '-' || tokens[k + 2].norm !== 'up') continue;
    const anchor = verbAnchor(side, k);
    if (anchor !== undefined) out.push({ rank: 2, anchor, start: tokens[k].start, end: tokens[k + 2].end });
  }
  // A superlative alone ranks first: "the country's largest bank".
  for (let k = 0; k < tokens.length; k++) {
    const sup = taken.has(k) ? undefined : superlative(side, k);
    if (sup !== undefined && !/^(?:most|least|best|worst)$/.test(tokens[k].norm)) out.push({ rank: 1, anchor: `s:${sup}:${nounAfter(side, k) ?? ''}`, start: tokens[k].start, end: tokens[k].end });
  }
  return out;
}

/** Verbs and nouns of placing in a contest: "finished third", "came in second", "was runner-up", "took second place". */
const PLACING = 'v:place';
const PLACE_VERBS = new Set(['finish', 'come', 'end', 'place', 'be', 'rank']);
/** Verbs of moving in a table, before "to" ("drop to fourth", "climbed to second"). */
const TABLE_MOVES = new Set(['drop', 'slip', 'fall', 'slide', 'sink', 'climb', 'rise', 'move', 'jump', 'go', 'tumble', 'leap']);
const PLACE_NOUNS = new Set(['place', 'position', 'spot']);

/** What a rank with no noun after it ranks: the verb before it, past "as", "in" and "the" ("finished as runner-up"). */
function verbAnchor(side: Side, k: number): string | undefined {
  const { tokens, lemmas } = side.analysis;
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j];
    // "was second", "drop to fourth" (the tagger may read "to" as a particle and "second" as a verb).
    if (t.norm === 'to' && j > 0 && TABLE_MOVES.has(lemmas[j - 1])) return PLACING;
    if (PLACE_VERBS.has(lemmas[j]) && (t.pos === 'VERB' || t.pos === 'AUX')) return PLACING;
    if (['ADV', 'AUX', 'PART'].includes(t.pos) || t.norm === 'as' || t.norm === 'in' || t.norm === 'the') continue;
    return t.pos === 'VERB' ? `v:${lemmas[j]}` : undefined;
  }
  return undefined;
}

/**
 * The person a rank counts from, after "since" or "after" within eight words ("the first black
 * senator since Edward Brooke"), with that word; undefined when there is none.
 */
function countedFrom(side: Side, end: number): { word: string; what: string } | undefined {
  const { tokens, lemmas } = side.analysis;
  const k = tokens.findIndex((t) => t.start >= end);
  for (let j = k; j >= 0 && j < tokens.length && j <= k + 8; j++) {
    if (tokens[j].norm !== 'since' && tokens[j].norm !== 'after') continue;
    const n = tokens.findIndex((t, i) => i > j && (t.pos === 'PROPN' || t.pos === 'NOUN'));
    if (n < 0 || n > j + 3) return undefined;
    // Only a person counts among what is ranked ("since Edward Brooke", not "since Reconstruction").
    const person = side.analysis.entities.find((e) => e.kind === 'person' && tokens[n].start >= e.start && tokens[n].end <= e.end);
    return person === undefined ? undefined : { word: tokens[j].norm, what: person.key };
  }
  return undefined;
}

/** "the first senator since Brooke" and "the second senator after Brooke" tell one count. */
function oneCount(ctx: PairContext, x: Rank, y: Rank): boolean {
  if (Math.abs(x.rank - y.rank) !== 1) return false;
  const [fx, fy] = [countedFrom(ctx.a, x.end), countedFrom(ctx.b, y.end)];
  if (fx === undefined || fy === undefined || fx.what !== fy.what) return false;
  const [lower, higher] = x.rank < y.rank ? [fx, fy] : [fy, fx];
  return lower.word === 'since' && higher.word === 'after';
}

/** The noun a superlative qualifies ("bank" of "largest bank", "maker" of "biggest smartphone maker"), within three words. */
function nounAfter(side: Side, k: number): string | undefined {
  const { tokens, lemmas } = side.analysis;
  let found: string | undefined;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    if (tokens[j].pos === 'NOUN') found = lemmas[j];
    // A hyphen inside a compound ("memory-chip maker") joins it.
    else if (tokens[j].text === '-' && tokens[j].start === tokens[j - 1].end && tokens[j + 1]?.start === tokens[j].end) continue;
    else if (found !== undefined || !['ADJ', 'NOUN', 'PROPN'].includes(tokens[j].pos)) break;
  }
  return found;
}

/** Every rank a side states as an ordinal, whatever it ranks ("second in the 100 metres and fourth"). */
function statedRanks(side: Side): Set<number> {
  const out = new Set<number>();
  for (const t of side.analysis.tokens) {
    const r = ordinalOf(t.norm);
    if (r !== undefined) out.add(r);
  }
  return out;
}

export function rankDifferences(ctx: PairContext): Difference[] {
  const xs = ranksOf(ctx.a);
  if (xs.length === 0) return [];
  const ys = ranksOf(ctx.b);
  const [statedA, statedB] = [statedRanks(ctx.a), statedRanks(ctx.b)];
  const out: Difference[] = [];
  for (const x of xs) {
    const y = ys.find((r) => r.anchor === x.anchor && r.rank !== x.rank);
    if (y === undefined) continue;
    // A report that gives both ranks tells of two things ranked ("second in the 100 metres and fourth in the 200").
    if (xs.some((r) => r.anchor === y.anchor && r.rank === y.rank) || ys.some((r) => r.anchor === x.anchor && r.rank === x.rank)) continue;
    if (statedA.has(y.rank) || statedB.has(x.rank)) continue;
    if (oneCount(ctx, x, y)) continue;
    const a = spanOf(ctx.a.text, x.start, x.end);
    const b = spanOf(ctx.b.text, y.start, y.end);
    out.push({ type: 'number', material: true, note: `rank: ${quote(a.text)} vs ${quote(b.text)}`, a, b });
  }
  return out;
}

/**
 * Attributions: "according to X", "X said", "X told CNN", "said X", "citing X" and refusals to
 * comment ("a spokeswoman declined to comment"), each with its source phrase and source kind.
 */
import type { AttributionMention, EntityMention, Token } from '../model/stages.js';
import { KNOWN_ORGS, OUTLETS, OUTLET_PHRASES } from './lexicon/names.js';
import {
  ANONYMOUS_HEADS, DOCUMENT_HEADS, NO_COMMENT, OBJECT_TAKING_REPORTING_VERBS, OFFICIAL_HEADS, OUTLET_HEADS, PRONOUNS,
  REPORTING_VERBS, SOURCE_HEADS,
} from './lexicon/attribution.js';
import { DATE_TRIGGERS } from './lexicon/time.js';
import { isBreak, tokenSpan } from './span.js';
import { normName } from './entities.js';

type Kind = AttributionMention['kind'];

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PRON']);
const NP_ADP = new Set(['of', 'to', 'with', 'for', 'from', 'in', 'at', 'close', 'familiar', 'on']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const MAX_NP = 12;
const WH = new Set(['that', 'who', 'which', 'what', 'whom', 'whose', 'where', 'when', 'how', 'why']);

function npToken(t: Token): boolean {
  if (t.text === '-' || t.norm === "'s" || t.norm === '’s') return true;
  if (t.type !== 'word' && t.type !== 'number') return false;
  if (WH.has(t.norm)) return false;
  if (SOURCE_HEADS.has(t.lemma) || SOURCE_HEADS.has(t.norm)) return true;
  return NP_POS.has(t.pos) || (t.norm === 'and' && t.pos === 'CCONJ') || (t.pos === 'ADP' && NP_ADP.has(t.norm)) || t.pos === 'X';
}

/** Noun phrase ending just before token `end` (exclusive): [first, last] or undefined. */
function npBefore(tokens: Token[], end: number): [number, number] | undefined {
  let last = end - 1;
  while (last >= 0 && SKIP_BEFORE_VERB.has(tokens[last].pos) && tokens[last].type === 'word') last--;
  // "EDS Corp. Thursday said", "Stone on Friday said": the day is when, not who.
  const speakerEnd = last;
  while (last > 0 && DATE_TRIGGERS.has(tokens[last].norm) && /^\p{Lu}/u.test(tokens[last].text) && npToken(tokens[last - 1]) && !DATE_TRIGGERS.has(tokens[last - 1].norm)) last--;
  if (last < speakerEnd) while (last > 0 && tokens[last].pos === 'ADP') last--;
  // "... spoke out against the law and said": a second predicate, its subject further back.
  if (last < 0 || !npToken(tokens[last]) || tokens[last].norm === 'and') return undefined;
  let first = last;
  while (first - 1 >= 0 && last - first < MAX_NP && npToken(tokens[first - 1])) first--;
  while (first < last && (tokens[first].pos === 'ADP' || tokens[first].text === '-' || tokens[first].norm === 'and')) first++;
  return [first, last];
}

/** Noun phrase starting at token `start`. */
function npAfter(tokens: Token[], start: number): [number, number] | undefined {
  if (start >= tokens.length || !npToken(tokens[start])) return undefined;
  let last = start;
  while (last + 1 < tokens.length && last - start < MAX_NP && npToken(tokens[last + 1])) last++;
  while (last > start && (tokens[last].pos === 'ADP' || tokens[last].text === '-' || tokens[last].norm === 'and')) last--;
  return [start, last];
}

/** Head of a source phrase: the last noun before its first preposition (after "one of the"). */
function headOf(tokens: Token[], a: number, b: number): Token | undefined {
  let start = a;
  if (tokens[a].pos === 'NUM' || tokens[a].norm === 'one') {
    if (tokens[a + 1]?.norm === 'of') start = a + 2;
  }
  let head: Token | undefined;
  for (let i = start; i <= b; i++) {
    const t = tokens[i];
    if (t.pos === 'ADP' && i > start && head !== undefined) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || SOURCE_HEADS.has(t.lemma) || SOURCE_HEADS.has(t.norm)) head = t;
  }
  return head;
}

/** Classify a source phrase. */
export function sourceKind(tokens: Token[], a: number, b: number, entities: EntityMention[]): Kind {
  const head = headOf(tokens, a, b);
  if (head === undefined) return 'unknown';
  const start = tokens[a].start;
  const end = tokens[b].end;
  const inside = entities.filter((e) => e.start >= start && e.end <= end);
  const phrase = normName(tokens.slice(a, b + 1).map((t) => t.text).join(' ')).replace(/^the /, '');
  const hl = head.lemma;
  const hn = normName(head.text);
  if (head.pos === 'PRON' || PRONOUNS.has(head.norm)) return 'unknown';
  if (DOCUMENT_HEADS.has(hl) || DOCUMENT_HEADS.has(hn)) return 'document';
  if (OUTLETS.has(hn) || OUTLET_PHRASES.has(phrase) || inside.some((e) => OUTLET_PHRASES.has(e.key) || OUTLETS.has(e.key))) return 'outlet';
  if (OUTLET_HEADS.has(hl) && (hl !== 'agency' || tokens.slice(a, b + 1).some((t) => t.norm === 'news'))) return 'outlet';
  if (/\b(times|news|post|journal)$/.test(phrase) && head.pos === 'PROPN') return 'outlet';
  const person = inside.find((e) => e.kind === 'person');
  if (person !== undefined && head.end <= person.end && head.start >= person.start) return 'named';
  // A capitalised plural at the start of a sentence is tagged as a name and keeps its "s".
  const hs = hn.endsWith('s') ? hn.slice(0, -1) : hn;
  if (ANONYMOUS_HEADS.has(hl) || ANONYMOUS_HEADS.has(hn) || ANONYMOUS_HEADS.has(hs)) return person !== undefined ? 'named' : 'anonymous';
  if (OFFICIAL_HEADS.has(hl) || OFFICIAL_HEADS.has(hn) || OFFICIAL_HEADS.has(hs) || KNOWN_ORGS.has(hn)) return 'official';
  const named = inside.find((e) => e.start <= head.start && e.end >= head.end);
  if (named !== undefined) {
    if (named.kind === 'organisation' || named.kind === 'place') return 'official';
    return 'named';
  }
  if (head.pos === 'PROPN') return 'named';
  return 'unknown';
}

function matchWords(tokens: Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || (t.norm !== words[k] && !(words[k] === "n't" && t.norm === 'n’t'))) return false;
  }
  return true;
}

const CLAUSE_OPENERS = new Set(['that', ':', ',', '"', '“', '‘', "'", '.', ';', '!', '?', '—', '–']);

/** Whether what follows a reporting verb at token `k` is a reported clause, not a plain object. */
function clauseFollows(tokens: Token[], k: number): boolean {
  let j = k;
  while (tokens[j] !== undefined && tokens[j].pos === 'ADV') j++;
  const next = tokens[j];
  return next === undefined || CLAUSE_OPENERS.has(next.norm) || WH.has(next.norm) || (next.norm === 'on' && tokens[j + 1]?.pos === 'PROPN');
}

/** "Gov. Paul LePage (R) said": the index to read the speaker before, past a short parenthesis. */
function skipParenthesis(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.text !== ')') return i;
  for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (tokens[k].text === '(') return k;
  return i;
}

/** "said Wednesday", "said last week": a time, not a speaker. */
function timeOnly(tokens: Token[], np: [number, number]): boolean {
  return tokens.slice(np[0], np[1] + 1).every((t) => DATE_TRIGGERS.has(t.norm) || t.stop || t.type === 'number');
}

/**
 * "NAME, APPOSITIVE, said": the noun phrase before a comma-enclosed noun phrase right before
 * the verb at i. Returns both phrases' [first, last] tokens, or undefined.
 */
function appositiveSource(tokens: Token[], i: number): { source: [number, number]; appositive: [number, number] } | undefined {
  if (tokens[i - 1]?.text !== ',') return undefined;
  const inner = npBefore(tokens, i - 1);
  if (inner === undefined || tokens[inner[0] - 1]?.text !== ',') return undefined;
  const outer = npBefore(tokens, inner[0] - 1);
  if (outer === undefined || !tokens.slice(outer[0], outer[1] + 1).some((t) => t.pos === 'PROPN' || t.pos === 'NOUN')) return undefined;
  // The outer phrase must start its clause, so "In Washington, the senator, said" is not read.
  const before = tokens[outer[0] - 1];
  if (before !== undefined && !isBreak(before)) return undefined;
  return { source: outer, appositive: inner };
}

export function extractAttributions(text: string, tokens: Token[], entities: EntityMention[]): AttributionMention[] {
  const out: AttributionMention[] = [];
  const add = (spanA: number, spanB: number, np: [number, number], beside?: [number, number]): void => {
    const span = tokenSpan(text, tokens, Math.min(spanA, np[0]), Math.max(spanB, np[1], beside?.[1] ?? 0));
    if (out.some((o) => o.start < span.end && o.end > span.start)) return;
    let kind = sourceKind(tokens, np[0], np[1], entities);
    // "Trump Jr.'s attorney, Alan Futerfas": the appositive names the speaker.
    if (beside !== undefined && kind !== 'named' && sourceKind(tokens, beside[0], beside[1], entities) === 'named') kind = 'named';
    out.push({ ...span, source: tokenSpan(text, tokens, np[0], np[1]), ...(beside ? { appositive: tokenSpan(text, tokens, beside[0], beside[1]) } : {}), kind });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // according to X
    if (t.norm === 'according' && tokens[i + 1]?.norm === 'to') {
      const np = npAfter(tokens, i + 2);
      if (np) add(i, np[1], np);
      continue;
    }
    // citing X
    if (t.norm === 'citing' && t.pos === 'VERB') {
      const np = npAfter(tokens, i + 1);
      if (np) add(i, np[1], np);
      continue;
    }
    // X declined to comment / did not respond
    const nc = NO_COMMENT.find((w) => matchWords(tokens, i, w));
    if (nc !== undefined) {
      const np = npBefore(tokens, i);
      if (np) add(np[0], i + nc.length - 1, np);
      continue;
    }
    if (t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) continue;
    if (t.lemma === 'report' && tokens[i - 1] !== undefined && tokens[i - 1].pos === 'DET') continue;
    if (tokens[i - 1]?.norm === 'to') continue; // "had to say", "is expected to announce"

    const before = npBefore(tokens, skipParenthesis(tokens, i));
    if (before !== undefined && !isBreak(tokens[before[1]]) && (!OBJECT_TAKING_REPORTING_VERBS.has(t.lemma) || clauseFollows(tokens, i + 1))) {
      let end = i;
      if (t.lemma === 'tell') {
        const rec = npAfter(tokens, i + 1);
        if (rec && rec[1] - rec[0] <= 3) end = rec[1];
      }
      add(before[0], end, before);
      continue;
    }
    // Appositive: "Senator Hale, a Republican from Ohio, said ..." is Senator Hale speaking.
    const apposed = appositiveSource(tokens, i);
    if (apposed !== undefined) {
      add(apposed.source[0], i, apposed.source, apposed.appositive);
      continue;
    }
    // Inverted: ", said Antony Blinken" / "” said the spokeswoman" (not "to say it"), unless the
    // phrase is the subject of the reported clause (", said Governor Ross would sign").
    const prev = tokens[i - 1];
    if ((prev !== undefined && !isBreak(prev)) || t.lemma === 'tell') continue;
    const after = npAfter(tokens, i + 1);
    if (after === undefined || tokens[after[0]].pos === 'PRON' || timeOnly(tokens, after)) continue;
    const then = tokens[after[1] + 1];
    if (then !== undefined && (then.pos === 'VERB' || then.pos === 'AUX')) continue;
    // ", said the spokesman, Peter Carr." : a closing appositive names the same speaker.
    const beside = tokens[after[1] + 1]?.text === ',' ? npAfter(tokens, after[1] + 2) : undefined;
    const closes = beside !== undefined && (tokens[beside[1] + 1] === undefined || isBreak(tokens[beside[1] + 1]) || tokens[beside[1] + 1].text === '.');
    add(i, after[1], after, closes ? beside : undefined);
  }
  return out.sort((a, b) => a.start - b.start);
}



/**
 * Date mentions: chrono-node for calendar expressions (only called when a trigger word or digit
 * is present), plus bare years, decades, seasons, early/mid/late modifiers and event-anchored
 * relative expressions ("at the start of the war", "in the coming weeks").
 */
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { DateMention, StatedDateParts, Token } from '../model/stages.js';
import { ANCHOR_EVENTS, ANCHOR_HEADS, DATE_TRIGGERS } from './lexicon/time.js';
import { type Bounds, daysIn, iso, monthBounds, normaliseMod, shiftDays, yearBounds } from './periods.js';

type Grain = DateMention['grain'];

const YEAR_TOKEN = /^(?:1[89]\d\d|20\d\d)$/;
const MOD_YEAR_TOKEN = /^(early|mid|late)-((?:1[89]|20)\d\d)$/i;
const DECADE_TOKEN = /^((?:1[89]|20)\d)0s$/;
const HAS_DIGIT = /\d/;
const TIME_EVIDENCE = /\d:\d|\d\s*[ap]\.?m\b|o'clock|noon|midnight|\bhours?\b|\bminutes?\b/i;
const TRAILING_NUMBER = /[\s,]+\d{1,2}$/;
const TRAILING_PUNCT = /[\s,.;:)\]'"”’]+$/;
const LEADING_PREP = /^(?:on|in|at)\s+/i;
const MODIFIER_BEFORE = /(?:\b(early|mid|late)[\s-]*|\bthe (start|beginning|middle|end) of\s+)$/i;
const LAST_NEXT_BEFORE = /\b(last|next|this|past)\s+$/i;
const SEASON = /\b(?:(early|mid|late)[\s-]?)?(spring|summer|autumn|winter)(?:\s+of)?\s+((?:1[89]|20)\d\d)\b|\b(last|this|next|past)\s+(spring|summer|autumn|fall|winter)\b/gi;
const ANCHOR = new RegExp(
  `\\b(?:${ANCHOR_HEADS.join('|')})\\s+(?:(?:the|this|that|last|next|its|their|his|her|a)\\s+)?` +
    `(?:[\\w-]+\\s+){0,2}(?:${ANCHOR_EVENTS.join('|')})\\b`,
  'gi',
);
const VAGUE_PERIOD = /\b(?:in|over|during|for)\s+(?:the\s+)?(?:coming|next|past|last|previous|recent)\s+(?:few\s+|several\s+)?(?:days|weeks|months|years)\b|\bin recent (?:days|weeks|months|years)\b/gi;

/** How many months ahead of the reference date a bare month name may point. */
const FORWARD_MONTHS = 3;


/** Whether the sentence is worth handing to chrono. */
export function hasDateTrigger(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (DATE_TRIGGERS.has(t.norm) || (t.type !== 'punctuation' && HAS_DIGIT.test(t.text))) return true;
  }
  return false;
}

function refInstant(ref: string | undefined): Date {
  if (ref !== undefined) {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(ref);
    if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  }
  return new Date();
}

function overlaps(list: DateMention[], start: number, end: number): boolean {
  return list.some((d) => start < d.end && end > d.start);
}

/** The parts of a chrono result that are used. */
interface ChronoHit {
  index: number;
  text: string;
  start: ParsedComponents;
  end?: ParsedComponents;
  tags(): Set<string>;
}

/** Re-parse a trimmed match text, keeping the original index. */
function reparse(r: ChronoHit, stripped: string, refDate: Date): ChronoHit | undefined {
  const again = chrono.parse(stripped, refDate)[0];
  if (again === undefined || again.index !== 0) return undefined;
  return { index: r.index, text: again.text, start: again.start, end: again.end, tags: () => again.tags() };
}

const LOWER_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Convert one chrono result into a mention (offsets relative to `base`). */
function fromChrono(
  text: string, base: number, sentence: string, r: ChronoHit, ref: string | undefined, refDate: Date,
): DateMention | undefined {
  let body = r.text;
  const s = r.start;
  const tags = r.tags();
  if (tags.has('casualReference/now')) return undefined;
  const hourCertain = s.isCertain('hour');
  if (hourCertain && !TIME_EVIDENCE.test(body)) {
    // "On Tuesday 10 people": chrono read the count as an hour. Drop the number and re-parse.
    const stripped = body.replace(TRAILING_NUMBER, '');
    if (stripped === body) return undefined;
    const again = reparse(r, stripped, refDate);
    return again === undefined ? undefined : fromChrono(text, base, sentence, again, ref, refDate);
  }
  if (s.isCertain('year') && !s.isCertain('hour') && TRAILING_NUMBER.test(body) && /[a-z.]\s*,?\s*\d{1,2}$/i.test(body) && !/\d{4}$/.test(body)) {
    // "5 May, 10 more": a two-digit count was read as a year.
    const stripped = body.replace(TRAILING_NUMBER, '');
    const again = reparse(r, stripped, refDate);
    return again === undefined ? undefined : fromChrono(text, base, sentence, again, ref, refDate);
  }
  let startIdx = r.index;
  const lead = LEADING_PREP.exec(body);
  if (lead) {
    startIdx += lead[0].length;
    body = body.slice(lead[0].length);
  }
  body = body.replace(TRAILING_PUNCT, '');
  if (body === '') return undefined;
  // A lower-case abbreviation alone is a word: "The couple will wed", "sat in the road".
  if (LOWER_ABBREVIATION.test(body)) return undefined;

  const relative = tags.has('result/relativeDate') || [...tags].some((t) => t.startsWith('casualReference')) ||
    (!s.isCertain('year') && !s.isCertain('month') && !s.isCertain('day'));
  const lower = body.toLowerCase();
  let grain: Grain;
  if (hourCertain) grain = 'time';
  else if (relative && /\bweek/.test(lower)) grain = 'week';
  else if (relative && /\bmonth/.test(lower)) grain = 'month';
  else if (relative && /\byear/.test(lower)) grain = 'year';
  else if (s.isCertain('day') || s.isCertain('weekday') || relative) grain = 'day';
  else if (s.isCertain('month')) grain = 'month';
  else if (s.isCertain('year')) grain = 'year';
  else grain = 'unknown';

  // Modifiers and "last March": look just before the match.
  const before = sentence.slice(Math.max(0, startIdx - 24), startIdx);
  let mod: string | undefined;
  const mm = MODIFIER_BEFORE.exec(before);
  if (mm && (grain === 'month' || grain === 'year')) {
    mod = normaliseMod(mm[1] ?? mm[2]);
    startIdx -= mm[0].length;
  }
  let y = s.get('year') ?? refDate.getFullYear();
  const m = s.get('month') ?? 1;
  const d = s.get('day') ?? 1;
  const ln = grain === 'month' && !s.isCertain('year') && mod === undefined ? LAST_NEXT_BEFORE.exec(before) : null;
  if (ln && grain === 'month' && !s.isCertain('year') && mod === undefined) {
    const word = ln[1].toLowerCase();
    const refM = refDate.getMonth() + 1;
    const refY = refDate.getFullYear();
    if (word === 'last' || word === 'past') y = m < refM ? refY : refY - 1;
    else if (word === 'next') y = m > refM ? refY : refY + 1;
    else y = refY;
    startIdx -= ln[0].length;
  }
  if (!ln && ref !== undefined && !relative && !s.isCertain('year') && (grain === 'month' || grain === 'day')) {
    // A bare month or day: news mostly looks back, so beyond a short window ahead take last year's.
    const ahead = (y - refDate.getFullYear()) * 12 + (m - (refDate.getMonth() + 1));
    if (ahead > FORWARD_MONTHS) y -= 1;
  }
  // Without a report date, only a date whose year is written out resolves: "this month"
  // would otherwise resolve against the day the tool runs.
  const resolvable = ref !== undefined || (!relative && s.isCertain('year') && STATED_EVIDENCE.year.test(r.text));
  const start = base + startIdx;
  const end = base + r.index + r.text.replace(TRAILING_PUNCT, '').length;
  const mention: DateMention = { text: text.slice(start, end), start, end, grain };
  const stated = statedParts(r, hourCertain);
  if (stated !== undefined) mention.stated = stated;
  if (!resolvable) return mention;
  let b: Bounds;
  if (grain === 'year') b = yearBounds(y, mod);
  else if (grain === 'month') b = monthBounds(y, m, mod);
  else if (grain === 'week') {
    const dow = (new Date(y, m - 1, d, 12).getDay() + 6) % 7;
    const from = shiftDays(y, m, d, -dow);
    b = { iso: from, from, to: shiftDays(y, m, d, 6 - dow) };
  } else {
    const one = iso(y, m, d);
    b = { iso: one, from: one, to: one };
  }
  if (r.end !== undefined && r.end !== null) {
    const e = r.end;
    b.to = iso(e.get('year') ?? y, e.get('month') ?? m, e.get('day') ?? daysIn(e.get('year') ?? y, e.get('month') ?? m));
  }
  return { ...mention, ...b };
}

/**
 * What the text must contain for chrono's value of a part to be stated rather than taken
 * from the reference date ("this month", "this year" come with a month and a year).
 */
const STATED_EVIDENCE: Record<Exclude<keyof StatedDateParts, 'period'>, RegExp> = {
  year: /\b\d{4}\b|'\d{2}\b/,
  // Names as news writes them, capitalised: "may", "march", "wed", "sat" and "sun" in lower
  // case are words, and "24/7" is not July.
  month:
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/,
  day: /\b\d{1,2}(?:st|nd|rd|th)?\b/i,
  weekday: /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b/,
  hour: /\d/,
};

/** Parts of the day a date names (StatedDateParts.period): morning, afternoon, evening or night. */
const PERIODS = [/\bmorning\b/i, /\bafternoon\b/i, /\b(?:evening|night|tonight|overnight)\b/i];

/** The calendar parts chrono read from the text itself; undefined for offsets from now. */
function statedParts(r: ChronoHit, hourCertain: boolean): StatedDateParts | undefined {
  const tags = r.tags();
  const period = PERIODS.findIndex((re) => re.test(r.text));
  // "two days ago", "last month"; "yesterday", "tonight": parts computed from now, not stated,
  // but for the part of the day they name ("last night", "this morning").
  if (tags.has('result/relativeDate') || tags.has('parser/ENCasualDateParser')) return period >= 0 ? { period } : undefined;
  const out: StatedDateParts = {};
  for (const k of ['year', 'month', 'day', 'weekday', 'hour'] as const) {
    const v = r.start.get(k);
    const certain = k === 'hour' ? hourCertain : r.start.isCertain(k);
    if (certain && v !== null && STATED_EVIDENCE[k].test(r.text)) out[k] = v;
  }
  if (period >= 0) out.period = period;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Extract date mentions from one sentence. `ref` is the report's date (YYYY-MM-DD) when known. */
export function extractDates(text: string, tokens: Token[], ref?: string): DateMention[] {
  if (tokens.length === 0) return [];
  const base = tokens[0].start;
  const sentence = text.slice(base, tokens[tokens.length - 1].end);
  const out: DateMention[] = [];
  const refDate = refInstant(ref);
  if (hasDateTrigger(tokens)) {
    let results: chrono.ParsedResult[] = [];
    try {
      results = chrono.parse(sentence, refDate);
    } catch {
      results = [];
    }
    for (const r of results) {
      const m = fromChrono(text, base, sentence, r, ref, refDate);
      if (m !== undefined && m.end > m.start && !overlaps(out, m.start, m.end)) out.push(m);
    }
    addYears(text, tokens, out);
    addSeasons(text, base, sentence, out, ref, refDate);
  }
  addAnchors(text, base, sentence, out);
  return out.sort((a, b) => a.start - b.start);
}

function addYears(text: string, tokens: Token[], out: DateMention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (overlaps(out, t.start, t.end)) continue;
    const dm = DECADE_TOKEN.exec(t.text);
    if (dm) {
      const y = Number(dm[1]) * 10;
      out.push({ text: t.text, start: t.start, end: t.end, grain: 'year', iso: iso(y, 1, 1), from: iso(y, 1, 1), to: iso(y + 9, 12, 31) });
      continue;
    }
    const mm = MOD_YEAR_TOKEN.exec(t.text);
    if (mm) {
      out.push({ text: t.text, start: t.start, end: t.end, grain: 'year', ...yearBounds(Number(mm[2]), mm[1].toLowerCase()) });
      continue;
    }
    if (t.type !== 'number' || !YEAR_TOKEN.test(t.text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev !== undefined && prev.type === 'currency') continue;
    if (next !== undefined && (next.text === '%' || next.norm === 'percent' || (next.pos === 'NOUN' && next.norm !== next.lemma && next.start > t.end))) continue;
    let start = t.start;
    let mod: string | undefined;
    if (prev !== undefined && (prev.norm === 'early' || prev.norm === 'mid' || prev.norm === 'late')) {
      mod = prev.norm;
      start = prev.start;
    } else if (i >= 3 && tokens[i - 1].norm === 'of' && tokens[i - 3].norm === 'the' && ['start', 'beginning', 'middle', 'end'].includes(tokens[i - 2].norm)) {
      mod = normaliseMod(tokens[i - 2].norm);
      start = tokens[i - 3].start;
    }
    out.push({ text: text.slice(start, t.end), start, end: t.end, grain: 'year', ...yearBounds(Number(t.text), mod) });
  }
}

const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function addSeasons(text: string, base: number, sentence: string, out: DateMention[], ref: string | undefined, refDate: Date): void {
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(sentence); m !== null; m = SEASON.exec(sentence)) {
    const start = base + m.index;
    const end = start + m[0].length;
    if (overlaps(out, start, end)) {
      // A bare year inside "summer of 2022" was taken first: replace it.
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start >= start && out[k].end <= end && out[k].grain === 'year') out.splice(k, 1);
      if (overlaps(out, start, end)) continue;
    }
    const season = (m[2] ?? m[5]).toLowerCase();
    const sm = SEASON_MONTH[season];
    let y: number | undefined;
    if (m[3] !== undefined) y = Number(m[3]);
    else if (ref !== undefined) {
      const word = m[4].toLowerCase();
      const refY = refDate.getFullYear();
      const refM = refDate.getMonth() + 1;
      const startedThisYear = refM >= sm;
      if (word === 'this') y = refY;
      else if (word === 'next') y = startedThisYear ? refY + 1 : refY;
      else y = startedThisYear && refM > sm + 2 ? refY : refY - 1;
    }
    const mention: DateMention = { text: text.slice(start, end), start, end, grain: 'season' };
    if (y !== undefined) {
      const endM = sm + 2;
      const toY = endM > 12 ? y + 1 : y;
      const toM = endM > 12 ? endM - 12 : endM;
      Object.assign(mention, { iso: iso(y, sm, 1), from: iso(y, sm, 1), to: iso(toY, toM, daysIn(toY, toM)) });
    }
    out.push(mention);
  }
}

function addAnchors(text: string, base: number, sentence: string, out: DateMention[]): void {
  for (const re of [ANCHOR, VAGUE_PERIOD]) {
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      const start = base + m.index;
      const end = start + m[0].length;
      if (overlaps(out, start, end)) continue;
      out.push({ text: text.slice(start, end), start, end, grain: 'relative' });
    }
  }
}

/**
 * date: resolvable dates whose periods do not overlap (with a shared word nearby, so they
 * date the same thing); dates that cannot be resolved (no report date) but state a
 * different weekday, day, month, year or hour ("Tuesday" / "Wednesday", "January 5" /
 * "January 7"); dates that name a different part of the day ("Monday morning" / "Monday
 * evening", or an hour outside it: "3 p.m." / "Monday morning"), or that count from the day of writing, one into the past and the other into
 * the future ("last week" / "next week"); and relative temporal anchors that place the same event differently
 * ("before the war" vs "at the start of the conflict").
 */
import type { Difference } from '../../model/result.js';
import type { DateMention, StatedDateParts } from '../../model/stages.js';
import { type PairContext, type Side, quote, sameContext, spanOf } from '../context.js';
import { REPORTING_VERBS } from '../../analyse/lexicon/attribution.js';
import { relatedAs } from '../../score/synonyms.js';

function overlaps(x: DateMention, y: DateMention): boolean {
  if (!x.from || !x.to || !y.from || !y.to) return true; // unknown: cannot conflict
  return x.from <= y.to && y.from <= x.to;
}

/**
 * Two dates that state the same part with different values. Resolved dates are compared
 * by their periods (days), so for them only the hour is left to compare.
 */
function statedConflict(x: DateMention, y: DateMention): boolean {
  if (!x.stated || !y.stated) return false;
  const resolved = Boolean(x.from && x.to && y.from && y.to);
  for (const k of Object.keys(x.stated) as Array<keyof StatedDateParts>) {
    if (resolved && k !== 'hour' && k !== 'period') continue;
    const u = x.stated[k];
    const v = y.stated[k];
    if (u !== undefined && v !== undefined && u !== v) return true;
  }
  return outsidePeriod(x.stated, y.stated) || outsidePeriod(y.stated, x.stated);
}

/**
 * Hours of each part of the day (StatedDateParts.period), generously and overlapping: the
 * small hours are morning ("2 a.m. Sunday" / "early Sunday morning") and night, 6 p.m. is
 * afternoon and evening.
 */
const PERIOD_HOURS: ReadonlyArray<(h: number) => boolean> = [(h) => h < 12, (h) => h >= 12 && h < 19, (h) => h >= 17 || h < 5];

/** A stated hour outside the part of the day the other date names ("3 p.m." / "Monday morning"). */
function outsidePeriod(x: StatedDateParts, y: StatedDateParts): boolean {
  return x.hour !== undefined && y.period !== undefined && x.period === undefined && !PERIOD_HOURS[y.period](x.hour);
}

/** Two dates that could be the same: periods overlap (or unknown) and no stated part differs. */
function compatible(x: DateMention, y: DateMention): boolean {
  return overlaps(x, y) && !statedConflict(x, y);
}

/** Words before a day that put a time near its end ("late on Tuesday") or its start ("early Wednesday", "overnight into Wednesday"). */
const LATE_BEFORE = /\blate(?:\s+on)?\s+$/i;
const EARLY_BEFORE = /\b(?:early(?:\s+on)?|overnight\s+into|in\s+the\s+early\s+hours\s+of)\s+$/i;

/**
 * Two named days in a row, told of a time around the midnight between them: late on the
 * first ("late on Tuesday", "Tuesday night") and early on the second ("overnight into
 * Wednesday", "early Wednesday", "2 a.m. Wednesday"). (Resolved dates
 * compare by their periods; this is for weekdays stated without a report date.)
 */
function acrossMidnight(a: Side, x: DateMention, b: Side, y: DateMention): boolean {
  const [u, v] = [x.stated?.weekday, y.stated?.weekday];
  if (u === undefined || v === undefined || u === v) return false;
  const [early, earlySide, later, laterSide] = (u + 1) % 7 === v ? [x, a, y, b] : (v + 1) % 7 === u ? [y, b, x, a] : [];
  if (early === undefined) return false;
  const before = (side: Side, m: DateMention) => side.text.slice(Math.max(0, m.start - 30), m.start);
  const late = early.stated?.period === 2 || LATE_BEFORE.test(before(earlySide!, early));
  const hour = later!.stated?.hour;
  const soon = (hour !== undefined && hour < 5) || EARLY_BEFORE.test(before(laterSide!, later!));
  return late && soon;
}

const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1]]);
/**
 * "next week", "last month", "earlier this year". ("The past week" is the last seven days
 * and "the following week" counts from the story's time, not from now: neither is read.)
 */
const DEICTIC_PERIOD = /^(?:(?:earlier|later)\s+)?(next|coming|last|previous|this)\s+(?:week|month|year)$/i;

/** A date counted from the day of writing: how many days, weeks, months or years from then. */
function deicticOffset(text: string): number | undefined {
  const t = text.trim().toLowerCase().replace(/^the\s+/, '');
  const day = DEICTIC_DAYS.get(t);
  if (day !== undefined) return day;
  const m = DEICTIC_PERIOD.exec(t);
  if (!m) return undefined;
  return m[1] === 'this' ? 0 : m[1] === 'next' || m[1] === 'coming' ? 1 : -1;
}

/**
 * Two such dates that cannot fall together even if the reports were written a day or so
 * apart: one in the past, the other in the future ("last week" / "next week", "yesterday" /
 * "tomorrow"). Neighbouring periods ("yesterday" / "today", "this week" / "next week") are
 * what two reports of one event say when one was written the day after the other.
 */
function deicticConflict(x: number, y: number): boolean {
  return x * y < 0;
}

const RELATION =
  /^(before|after|since|during|until|prior to|ahead of|following|at the (?:start|beginning|outset|end|height) of|(?:early|late) in|from the (?:very )?(?:early days|start|beginning|outset) of|in the (?:early|first|final|last) (?:days|weeks|months) of)\s+(?:the\s+|this\s+|that\s+)?(.+)$/i;

function relationOf(text: string): { relation: string; anchor: string } | null {
  const m = RELATION.exec(text.trim());
  if (!m) return null;
  const rel = m[1].toLowerCase();
  const relation = /^(after|since|following)/.test(rel)
    ? 'after'
    : /^(before|prior to|ahead of)/.test(rel)
      ? 'before'
      : /start|beginning|outset|early|first/.test(rel)
        ? 'start'
        : /end|final|last|late|until/.test(rel)
          ? 'end'
          : 'during';
  const anchor = m[2].toLowerCase().split(/\s+/).pop() ?? '';
  return { relation, anchor };
}

export function dateDifferences(ctx: PairContext): Difference[] {
  const out: Difference[] = [];
  const { a, b } = ctx;
  // Dates that can be compared: resolved to a period, or stating calendar parts.
  const datedA = a.analysis.dates.filter((d) => (d.from && d.to) || d.stated);
  const datedB = b.analysis.dates.filter((d) => (d.from && d.to) || d.stated);
  out.push(...unexplained(ctx, datedA, datedB, (x, y) => compatible(x, y) || acrossMidnight(a, x, b, y)));
  // Dates counted from the day of writing, unresolved on both sides (no report date).
  const offsets = new Map<DateMention, number>();
  for (const m of [...a.analysis.dates, ...b.analysis.dates]) {
    const offset = m.from && m.to ? undefined : deicticOffset(m.text);
    if (offset !== undefined) offsets.set(m, offset);
  }
  const counted = (side: Side) => side.analysis.dates.filter((m) => offsets.has(m));
  out.push(...unexplained(ctx, counted(a), counted(b), (x, y) => !deicticConflict(offsets.get(x)!, offsets.get(y)!)));
  const relA = relativeAnchors(a);
  const relB = relativeAnchors(b);
  const similar = (x: Anchor, y: Anchor) => x.anchor === y.anchor || ctx.wordSimilarity(x.anchor, y.anchor) >= 0.6;
  for (const x of relA) {
    // Placed the same way on the other side: consistent.
    if (relB.some((y) => y.relation === x.relation && similar(x, y))) continue;
    const y = relB.find(
      (z) => z.relation !== x.relation && similar(x, z) && x.predicate !== '' && x.predicate === z.predicate,
    );
    if (!y) continue;
    out.push({
      type: 'date',
      material: true,
      note: `date: ${quote(x.mention.text)} vs ${quote(y.mention.text)} (${x.relation} vs ${y.relation})`,
      a: spanOf(a.text, x.mention.start, x.mention.end),
      b: spanOf(b.text, y.mention.start, y.mention.end),
    });
  }
  return out;
}


/**
 * Two dates that name the same day (the same weekday or day of the month, stated on both
 * sides, no other stated part differing) and differ only in the time of day.
 */
function sameDayOtherTime(x: DateMention, y: DateMention): boolean {
  const [u, v] = [x.stated, y.stated];
  if (u === undefined || v === undefined || !overlaps(x, y)) return false;
  const day = (u.weekday !== undefined && u.weekday === v.weekday) || (u.day !== undefined && u.day === v.day && u.month === v.month);
  if (!day) return false;
  for (const k of ['year', 'month', 'day', 'weekday'] as const) if (u[k] !== undefined && v[k] !== undefined && u[k] !== v[k]) return false;
  return statedConflict(x, y);
}

/**
 * Two days of the calendar, month and day stated on both sides ("sworn in on January 3" /
 * "take the oath of office on January 13"): as the only date of each of two linked sentences,
 * they date the same thing however the rewrite worded it.
 */
function calendarDays(x: DateMention, y: DateMention): boolean {
  const [u, v] = [x.stated, y.stated];
  // A span of days ("Dec. 22 through Jan. 25") holds more than one.
  const span = (m: DateMention) => /\b(?:through|thru|to|until|till|and|between|from)\b|[-\u2013\u2014]/i.test(m.text);
  return u?.month !== undefined && u.day !== undefined && v?.month !== undefined && v.day !== undefined && !span(x) && !span(y);
}

/** Verbs that tell one act: WordNet synonyms in their two commonest senses ("resumed" / "restarted"). */
const SAME_ACT = { synonym: 1, derived: 0, hypernym: 0, maxRank: 2 };

/**
 * Whether two dates date one act: the verbs they modify are the same or close ("The fire broke
 * out on Friday morning" / "the fire had been contained on Friday evening" are two acts).
 */
function sameAct(ctx: PairContext, x: DateMention, y: DateMention): boolean {
  // (vector similarity is relatedness here: "arrive" / "leave" 0.73, "begin" / "end" 0.71)
  const [p, q] = [predicateOf(ctx.a, x), predicateOf(ctx.b, y)];
  return p !== '' && q !== '' && (p === q || relatedAs(p, q, SAME_ACT));
}

/** When the date is the day of a statement, right after a verb of saying past "on": that verb's index, else -1. */
function dayOfSaying(side: Side, d: DateMention): number {
  const { tokens, lemmas } = side.analysis;
  let k = tokens.findIndex((t) => t.start >= d.start) - 1;
  if (k >= 0 && tokens[k].norm === 'on') k--;
  return k >= 0 && REPORTING_VERBS.has(lemmas[k]) ? k : -1;
}

/** The source of the attribution whose words hold token k ("Bravix" of "Bravix, the company, announced"), lower case. */
function speakerAt(side: Side, k: number): string | undefined {
  const t = side.analysis.tokens[k];
  const at = side.analysis.attributions.find((x) => t.start >= x.start && t.end <= x.end);
  return at?.source.text.toLowerCase();
}

/** Two verbs of saying with the same source: one speaker ("Bravix said" / "Bravix, the company, announced"). */
function sameSpeaker(a: Side, i: number, b: Side, j: number): boolean {
  if (i < 0 || j < 0) return false;
  const [x, y] = [speakerAt(a, i), speakerAt(b, j)];
  return x !== undefined && x === y;
}

/**
 * Each date of A that no date of B can be (by `compatible`), set against the nearest-context
 * date of B that no date of A can be either: one difference per such pair.
 */
function unexplained(ctx: PairContext, xs: DateMention[], ys: DateMention[], compatible: (x: DateMention, y: DateMention) => boolean): Difference[] {
  const { a, b } = ctx;
  const out: Difference[] = [];
  for (const x of xs) {
    if (ys.some((y) => compatible(x, y))) continue;
    // The only date on each side, each the day something was said ("said on Tuesday" /
    // "announced on Wednesday"), is the same date told two ways, however far the rewrite moved it.
    // So is the only date on each side naming one day at two times of it ("Tuesday morning" /
    // "Tuesday evening"): the day places both at one event.
    const spoken =
      xs.length === 1 &&
      ys.length === 1 &&
      (sameSpeaker(a, dayOfSaying(a, x), b, dayOfSaying(b, ys[0])) || (sameDayOtherTime(x, ys[0]) && sameAct(ctx, x, ys[0])) || calendarDays(x, ys[0]));
    const y = ys.find((z) => !xs.some((w) => compatible(w, z)) && (spoken || sameContext(a, x, b, z)));
    if (!y) continue;
    out.push({
      type: 'date',
      material: true,
      note: `date: ${quote(x.text)} vs ${quote(y.text)}`,
      a: spanOf(a.text, x.start, x.end),
      b: spanOf(b.text, y.start, y.end),
    });
  }
  return out;
}

interface Anchor {
  mention: DateMention;
  relation: string;
  anchor: string;
  /** Lemma of the verb the expression attaches to ('' when unknown). */
  predicate: string;
}

const CLAUSE_BREAK = new Set([',', ';', ':', 'that', 'which', 'who', 'and', 'but', 'while', 'as', '\u2014', '\u2013']);

/**
 * The verb a temporal expression modifies: the nearest verb before it in the same clause
 * ("declared X before the war"), else the first verb after it ("at the start of the war,
 * China intended ...").
 */
function predicateOf(side: Side, m: DateMention): string {
  const { tokens, lemmas } = side.analysis;
  const first = tokens.findIndex((t) => t.start >= m.start);
  const last = tokens.findIndex((t) => t.start >= m.end);
  for (let i = first - 1; i >= 0 && first - i <= 8; i--) {
    if (CLAUSE_BREAK.has(tokens[i].norm)) break;
    if (tokens[i].pos === 'VERB') return lemmas[i];
  }
  const from = last < 0 ? tokens.length : last;
  for (let i = from; i < tokens.length && i - from <= 8; i++) {
    if (tokens[i].pos === 'VERB') return lemmas[i];
  }
  return '';
}

function relativeAnchors(side: Side): Anchor[] {
  const out: Anchor[] = [];
  for (const mention of side.analysis.dates) {
    const r = relationOf(mention.text);
    if (r) out.push({ mention, ...r, predicate: predicateOf(side, mention) });
  }
  return out;
}

/** Quantities: value, normalised unit and approximation word. Years and dates are excluded. */
import type { NumberMention, Token } from '../model/stages.js';
import type { Span } from '../model/result.js';
import {
  APPROXIMATORS, CURRENCIES, DENOMINATORS, MEASURE_UNITS, MULTIPLIERS, NUMBER_WORDS, ONE_PRONOUN_BEFORE, TEMPERATURE_SCALES,
  UNIT_ALIASES, VAGUE_PLURALS,
} from './lexicon/quantities.js';
import { tokenSpan } from './span.js';

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$|^\.\d+$/;
const YEARLIKE = /^(?:1[89]\d\d|20\d\d|2100)$/;
const APPROX_WORDS: string[][] = APPROXIMATORS.map((a) => a.split(' ')).sort((x, y) => y.length - x.length);
const PERCENT_WORDS = new Set(['%', 'percent', 'pct']);
const HEAD_SKIP_POS = new Set(['ADJ', 'PROPN', 'ADV', 'NUM']);

/** Short scale words that are no English word, read after a space too ("$38 bn"). */
const UNAMBIGUOUS_SHORT = new Set(['bn', 'mn', 'mln', 'tn']);

interface Parsed {
  value: number;
  /** Last token index of the number itself (including multipliers). */
  last: number;
  approx: string;
  /** A fraction of a whole ("a third of", "two-thirds of", "fell by half"): a share, compared as a percentage. */
  share?: boolean;
}

/** Is the fraction ending at token `last` a share: followed by "of", or the size of a change ("fell by a third")? */
function shareSlot(tokens: Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  // "half of 40", "a third of a million", "by half a percent", "by a third party": no share.
  if (next?.norm === 'of') return !/^(?:a|an|one)$/.test(tokens[last + 2]?.norm ?? '') && tokens[last + 2]?.type !== 'number';
  return tokens[first - 1]?.norm === 'by' && (next === undefined || next.type === 'punctuation' || SHARE_AFTER.has(next.norm));
}

/** Words after "by a third" that end the figure: "fell by a third in May", "... since 2020". */
const SHARE_AFTER = new Set(['to', 'from', 'in', 'since', 'over', 'last', 'this', 'on', 'at', 'and', 'or', 'but', 'after', 'before', 'during', 'compared']);

/** Parse the number starting at token i, if any. */
function parseAt(tokens: Token[], i: number): Parsed | undefined {
  const t = tokens[i];
  let value: number | undefined;
  let approx = '';
  let last = i;
  /** The scale the figure's last units are in ("2 million and a half": a half million). */
  let scale = 1;
  if (t.type === 'number' && DIGITS.test(t.text)) {
    value = Number(t.text.replace(/,/g, ''));
  } else if (t.type === 'number' && /^[-\u2212]/.test(t.text) && DIGITS.test(t.text.slice(1))) {
    // "-5 C": a minus sign the tokeniser kept on the figure. Its size here; the sign is applied
    // to temperatures only (extractNumbers), as "minus" is: "-5 percent" is as often a fall.
    value = Number(t.text.slice(1).replace(/,/g, ''));
  } else if (t.type === 'word') {
    const n = t.norm;
    const vague = VAGUE_PLURALS.get(n);
    if (vague !== undefined) {
      value = vague;
      approx = n;
    } else if (n === 'half' && tokens[i + 1]?.norm === 'a' && MULTIPLIERS.has(tokens[i + 2]?.norm ?? '') && tokens[i + 2].norm.length > 2) {
      // "half a million": half the scale word.
      scale = MULTIPLIERS.get(tokens[i + 2].norm)!;
      value = 0.5 * scale;
      last = i + 2;
    } else if ((n === 'a' || n === 'one') && DENOMINATORS.has(tokens[i + 1]?.norm ?? '') && !/s$/.test(tokens[i + 1].norm) && shareSlot(tokens, i, i + 1)) {
      // "a third of the patients", "fell by a quarter"; not "a third defendant".
      return { value: 1 / DENOMINATORS.get(tokens[i + 1].norm)!, last: i + 1, approx: '', share: true };
    } else if ((n === 'a' || n === 'an') && i + 1 < tokens.length && MULTIPLIERS.has(tokens[i + 1].norm) && tokens[i + 1].norm.length > 2) {
      value = MULTIPLIERS.get(tokens[i + 1].norm);
      scale = value ?? 1;
      last = i + 1;
    } else if (NUMBER_WORDS.has(n)) {
      if (n === 'one' && i > 0 && ONE_PRONOUN_BEFORE.has(tokens[i - 1].norm)) return undefined;
      if (n === 'couple' && !(i + 1 < tokens.length && tokens[i + 1].norm === 'of')) return undefined;
      if (n === 'dozen' && i > 0 && NUMBER_WORDS.has(tokens[i - 1].norm)) return undefined;
      value = NUMBER_WORDS.get(n);
      // "half of the patients", "fell by half": a share.
      if (n === 'half' && shareSlot(tokens, i, i)) return { value: 0.5, last: i, approx: '', share: true };
      // "two-thirds", "one-quarter": a fraction; "twenty-five": tens, hyphen, unit.
      const den = tokens[i + 1]?.text === '-' ? DENOMINATORS.get(tokens[i + 2]?.norm ?? '') : undefined;
      if (value !== undefined && den !== undefined) {
        value /= den;
        last = i + 2;
        if (shareSlot(tokens, i, last)) return { value, last, approx: '', share: true };
      } else if (value !== undefined && value >= 20 && value < 100 && i + 2 < tokens.length && tokens[i + 1].text === '-') {
        const unit = NUMBER_WORDS.get(tokens[i + 2].norm);
        if (unit !== undefined && unit >= 1 && unit <= 9) {
          value += unit;
          last = i + 2;
        }
      }
    }
  }
  if (value === undefined) return undefined;
  // Multipliers: "1.2 billion", "two hundred thousand", "$5bn"; "hundreds of thousands".
  for (;;) {
    const next = tokens[last + 1];
    if (next === undefined) break;
    const key = next.norm.replace(/\.$/, '');
    // "$50-million": a scale word joined by a hyphen.
    const joined = next.text === '-' && next.start === tokens[last].end ? tokens[last + 2] : undefined;
    if (joined !== undefined && joined.start === next.end && joined.norm.length > 3 && MULTIPLIERS.has(joined.norm)) {
      value *= MULTIPLIERS.get(joined.norm)!;
      scale *= MULTIPLIERS.get(joined.norm)!;
      last += 2;
      continue;
    }
    const m = MULTIPLIERS.get(key);
    if (m !== undefined) {
      // Short forms ("bn", "m", "k") only when glued to digits: "$5bn", "€3m"; the ones that
      // are no word also after a space ("$38 bn", "2 mln").
      const glued = next.start === tokens[last].end && tokens[last].type === 'number';
      const spaced = tokens[last].type === 'number' && UNAMBIGUOUS_SHORT.has(key);
      if (key.length <= 3 && !glued && !spaced) break;
      value *= m;
      scale *= m;
      last++;
      continue;
    }
    // "22 and a half years", "a million and a half": the half belongs to the figure, in its scale.
    if (next.norm === 'and' && tokens[last + 2]?.norm === 'a' && tokens[last + 3]?.norm === 'half') {
      value += 0.5 * scale;
      last += 3;
      continue;
    }
    if (approx !== '' && next.norm === 'of' && tokens[last + 2] !== undefined) {
      const v2 = VAGUE_PLURALS.get(tokens[last + 2].norm);
      if (v2 !== undefined) {
        value *= v2 / 2;
        last += 2;
        continue;
      }
    }
    break;
  }
  return { value, last, approx };
}

/**
 * A temperature scale at token j, directly or after a degree sign: "Celsius", "F", "°C"
 * (a degree sign and a capital letter may be two tokens; a sentence's last "C." counts).
 */
function scaleAt(tokens: Token[], j: number): { scale: string; end: number } | undefined {
  let k = j;
  const sign = tokens[k]?.text === '°' || tokens[k]?.text === 'º';
  if (sign) k++;
  const t = tokens[k];
  if (t === undefined || (sign && t.start !== tokens[k - 1].end)) return undefined;
  // "40C." at the end of a sentence: the tokeniser keeps the stop on the letter.
  const text = k === tokens.length - 1 && /^[CF]\.$/.test(t.text) ? t.text[0] : t.text;
  const scale = TEMPERATURE_SCALES.get(text.length === 1 || /^[°º]/.test(text) ? text : text.toLowerCase());
  return scale === undefined ? undefined : { scale, end: k };
}

/**
 * A unit of measure or time joined to the figure by a hyphen, as an adjective: "a
 * 270-kilogram altar", "a seven-mile section", "a 600-pound altar", "a 10-year sentence".
 * Other nouns so joined ("a 3-point lead", "a five-member panel"), and ages ("a
 * 76-year-old"), stay without a unit.
 */
function hyphenatedUnit(tokens: Token[], last: number): { unit: string; end: number } | undefined {
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  if (dash === undefined || word === undefined || dash.text !== '-' || dash.start !== tokens[last].end || word.start !== dash.end) return undefined;
  if (word.type !== 'word') return undefined;
  // An age ("a 76-year-old congressman") says who, not how much: left as it was.
  const after = tokens.slice(last + 3, last + 5).map((t) => t.norm).join('');
  if (/^-?old$/.test(after) || after.startsWith('-old')) return undefined;
  const unit = UNIT_ALIASES.get(word.lemma) ?? word.lemma;
  if (MEASURE_UNITS.has(unit) || TIME_UNIT_SECONDS.has(unit)) return { unit, end: last + 2 };
  // "600-pound": a weight (the detector reads "pound" against the other side's unit).
  if (/^pound$/i.test(word.text)) return { unit: 'gbp', end: last + 2 };
  return undefined;
}

function unitAfter(tokens: Token[], p: Parsed): { unit: string; end: number } {
  let j = p.last + 1;
  const first = tokens[j];
  if (first === undefined) return { unit: '', end: p.last };
  if (PERCENT_WORDS.has(first.norm)) return { unit: 'percent', end: j };
  if (first.norm === 'per' && tokens[j + 1]?.norm === 'cent') return { unit: 'percent', end: j + 1 };
  if (first.norm === 'percentage' && tokens[j + 1]?.lemma === 'point') return { unit: 'percentage point', end: j + 1 };
  const temperature = scaleAt(tokens, j);
  if (temperature !== undefined) return { unit: temperature.scale, end: temperature.end };
  const hyphenated = hyphenatedUnit(tokens, p.last);
  if (hyphenated !== undefined) return hyphenated;
  const cur = CURRENCIES.get(first.norm);
  if (cur !== undefined && first.type !== 'currency') return { unit: cur, end: j };
  // "one of the officials", "dozens of people"
  if (first.norm === 'of') {
    j++;
    while (j < tokens.length && (tokens[j].pos === 'DET' || tokens[j].norm === 'the')) j++;
  }
  let noun = -1;
  for (let k = 0; j < tokens.length && k < 6; j++, k++) {
    const t = tokens[j];
    if (t.type !== 'word') break;
    // Hyphenated modifiers ("state-owned", "air-defence"): skip the whole compound.
    const dash = tokens[j + 1];
    if (dash !== undefined && dash.text === '-' && dash.start === t.end && tokens[j + 2]?.start === dash.end) {
      j += 2;
      continue;
    }
    if (t.pos === 'NOUN') {
      noun = j;
      // A compound noun ("oil tanker"), its words a space apart: not across markup ("suspects [link").
      while (
        noun + 1 < tokens.length &&
        tokens[noun + 1].pos === 'NOUN' &&
        tokens[noun + 1].type === 'word' &&
        tokens[noun + 1].start - tokens[noun].end <= 1
      ) {
        noun++;
      }
      break;
    }
    if (HEAD_SKIP_POS.has(t.pos)) continue;
    // "four suspected militants", "three injured people": a participle before the noun describes it.
    if (t.pos === 'VERB' && /(?:ed|en)$/.test(t.norm) && tokens[j + 1]?.pos === 'NOUN') continue;
    break;
  }
  if (noun < 0) return { unit: '', end: p.last };
  const lemma = tokens[noun].lemma;
  // "40 degrees Celsius", "104 degrees F".
  if (lemma === 'degree') {
    const scale = scaleAt(tokens, noun + 1);
    if (scale !== undefined) return { unit: scale.scale, end: scale.end };
  }
  return { unit: UNIT_ALIASES.get(lemma) ?? CURRENCIES.get(lemma) ?? lemma, end: noun };
}

/** Verbs whose particle "up" is a move up ("revised up to", "moved up to", "ramped up to"). */
const UP_VERBS = /^(?:(?:revis|mov|rais|scal|edg|ris)(?:e|es|ed|ing)|(?:push|bump|mark|climb|jump|ramp|ratchet)(?:s|es|ed|ing)?|go|goes|going|went|gone|rose|risen|step|steps|stepped|stepping|bring|brings|bringing|brought|revved)$/;

function approxBefore(tokens: Token[], i: number): { approx: string; start: number } {
  for (const words of APPROX_WORDS) {
    const s = i - words.length;
    if (s < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[s + k].norm === words[k];
    // "revised up to 507,000", "moved up to third": a verb's particle and the level reached, not
    // a bound ("killed up to 10 people" is one).
    if (ok && words.join(' ') === 'up to' && UP_VERBS.test(tokens[s - 1]?.norm ?? '')) continue;
    if (ok) return { approx: words.join(' '), start: s };
  }
  return { approx: '', start: i };
}

/** Two figures joined by a hyphen in one token: a tally or score ("60-40", "110-98") or a range ("10-15"). */
const HYPHEN_PAIR = /^(\d{1,3}(?:,\d{3})*(?:\.\d+)?)-(\d{1,3}(?:,\d{3})*(?:\.\d+)?)$/;

/**
 * The two figures of a hyphenated token, each a mention of its own (as "20–25 degrees" with
 * an en dash, which tokenises apart, gives "20" and "25 degrees"); the unit after the token
 * goes with the second. Year spans ("2019-2020") are left to the dates.
 */
function hyphenPair(text: string, tokens: Token[], i: number): NumberMention[] | undefined {
  const t = tokens[i];
  const m = HYPHEN_PAIR.exec(t.text);
  if (m === null || (YEARLIKE.test(m[1]) && YEARLIKE.test(m[2]))) return undefined;
  const split = t.start + m[1].length + 1;
  const u = unitAfter(tokens, { value: 0, approx: '', last: i });
  const end = u.unit === '' ? t.end : tokens[u.end].end;
  const figure = (start: number, stop: number, source: string, unit: string): NumberMention => ({
    text: text.slice(start, stop),
    start,
    end: stop,
    value: Number(source.replace(/,/g, '')),
    unit,
    approx: '',
  });
  return [figure(t.start, split - 1, m[1], ''), figure(split, end, m[2], u.unit)];
}

/** Units of time: a count of them is a quantity even inside a date ("within 20 minutes", "two days ago"). */
export const TIME_UNIT_SECONDS: ReadonlyMap<string, number> = new Map([
  ['second', 1], ['minute', 60], ['hour', 3600], ['day', 86400], ['week', 604800],
  ['month', 2629800], ['year', 31557600], ['decade', 315576000],
]);

/**
 * Extract quantities. `covered` holds character ranges already taken by dates: numbers
 * starting inside them are skipped, except counts of a unit of time.
 */
export function extractNumbers(text: string, tokens: Token[], covered: readonly Span[] = []): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const inDate = covered.some((c) => t.start >= c.start && t.start < c.end);
    const pair = inDate ? undefined : hyphenPair(text, tokens, i);
    if (pair !== undefined) {
      out.push(...pair);
      i++;
      continue;
    }
    const p = parseAt(tokens, i);
    if (p === undefined || (inDate && !TIME_UNIT_SECONDS.has(unitAfter(tokens, p).unit))) {
      i++;
      continue;
    }
    let start = i;
    // ".20 parts per million": a decimal written without its leading zero, its point a token apart.
    const point = tokens[i - 1];
    // A bore (".22-caliber", ".45 calibre rifle") is named by its digits: "22-caliber" is the same gun.
    const bore = tokens.slice(i + 1, i + 4).some((x) => /^calib(?:er|re)s?$/i.test(x.norm));
    if (point?.text === '.' && point.end === t.start && /^\d+$/.test(t.text) && p.last === i && !bore && !(tokens[i - 2] !== undefined && tokens[i - 2].end === point.start)) {
      p.value = Number(`0.${t.text}`);
      start = i - 1;
    }
    let unit = '';
    let end = p.last;
    const prev = tokens[i - 1];
    // Before the figure only a symbol or a code ("$5", "USD 5"); a word is the verb it spells
    // there ("Lind won 54 percent", also in capitals), the currency only after the figure ("54 won").
    // "RMB", the renminbi's usual abbreviation, is no word.
    const codeBefore = prev !== undefined && (prev.type === 'currency' || (/^[A-Z]{3}$/.test(prev.text) && (CURRENCIES.get(prev.norm) === prev.norm || prev.norm === 'rmb')));
    if (prev !== undefined && codeBefore && CURRENCIES.has(prev.norm)) {
      unit = CURRENCIES.get(prev.norm) ?? '';
      start = i - 1;
      const multNext = tokens[p.last + 1];
      if (multNext !== undefined && CURRENCIES.has(multNext.norm) && multNext.type !== 'currency') end = p.last + 1;
    } else if (p.share) {
      // A fraction read as the share it is: "a third of" is about 33 percent, "two-thirds" 67.
      unit = 'percent';
      p.value *= 100;
      p.approx ||= 'about';
    } else {
      const u = unitAfter(tokens, p);
      unit = u.unit;
      end = u.end;
    }
    const isYear = t.type === 'number' && YEARLIKE.test(t.text) && p.last === i && unit !== 'percent' &&
      start === i && !(end > i && tokens[end].norm !== tokens[end].lemma && end === i + 1);
    if (isYear) {
      i++;
      continue;
    }
    // A temperature below zero: "minus 5F", "-5 C" (a sign that joins no other figure: not
    // the "-4" of "5 -4").
    const sign = TEMPERATURE_UNITS.has(unit) ? signBefore(tokens, start) : -1;
    if (sign >= 0) start = sign;
    const glued = TEMPERATURE_UNITS.has(unit) && sign < 0 && /^[-\u2212]\d/.test(t.text) && tokens[i - 1]?.type !== 'number';
    if (glued) p.value = -p.value;
    const a = approxBefore(tokens, start);
    const approx = p.approx !== '' ? (a.approx !== '' ? `${a.approx} ${p.approx}` : p.approx) : a.approx;
    out.push({ ...tokenSpan(text, tokens, a.start, end), value: sign >= 0 ? -p.value : p.value, unit: weightOrMoney(tokens, unit, start, end), approx });
    i = Math.max(p.last, i) + 1;
  }
  return markRanges(text, out);
}

const TEMPERATURE_UNITS = new Set(['celsius', 'fahrenheit']);

/** The token of a minus sign right before token i ("minus", or "-" / "−" joined to the figure and to no figure before it), else -1. */
function signBefore(tokens: Token[], i: number): number {
  const s = tokens[i - 1];
  if (s === undefined) return -1;
  if (s.norm === 'minus') return i - 1;
  const dash = s.text === '-' || s.text === '\u2212';
  const before = tokens[i - 2];
  return dash && s.end === tokens[i].start && !(before !== undefined && before.end === s.start && before.type === 'number') ? i - 1 : -1;
}

/** Words of weight in a sentence, which make its "pounds" a weight rather than sterling. */
const WEIGHT_CUES = new Set(['weigh', 'weight', 'heavy', 'heavier', 'lb', 'lbs']);

/**
 * "pounds" written out is money (gbp) unless the sentence speaks of weight ("the parcel
 * weighed 44 pounds") or it is an adjective joined by a hyphen ("a 600-pound altar"):
 * then it is the pound of weight (lb). Never with "£" or a scale word ("3 million pounds").
 */
function weightOrMoney(tokens: Token[], unit: string, start: number, end: number): string {
  if (unit !== 'gbp' || !/^pounds?$/i.test(tokens[end].text)) return unit;
  const hyphenated = tokens[end - 1]?.text === '-';
  const scaled = tokens.slice(start, end).some((t) => MULTIPLIERS.has(t.norm) || t.text.includes('£'));
  if (scaled) return unit;
  return hyphenated || tokens.some((t) => WEIGHT_CUES.has(t.lemma) || WEIGHT_CUES.has(t.norm)) ? 'lb' : unit;
}

/** What joins the two figures of a range: a dash or "to"; "and" after "between". */
const RANGE_JOIN = /^\s*(?:-|\u2013|\u2014|to)\s*$/i;
const BETWEEN_JOIN = /^\s*and\s*$/i;
const BETWEEN_BEFORE = /\bbetween\s*$/i;

/**
 * A bare figure joined to a larger one ("10-15 people", "10 to 15", "between 10 and 15
 * people") makes a range: the second mention gets the first figure as its low end. A
 * larger figure first ("won 110-98", "a 52 to 48 vote") is a tally, not a range.
 */
function markRanges(text: string, mentions: NumberMention[]): NumberMention[] {
  return mentions.map((m, k) => {
    const prev = mentions[k - 1];
    if (prev === undefined || prev.unit !== '' || prev.approx !== '' || !(prev.value < m.value)) return m;
    const join = text.slice(prev.end, m.start);
    const before = text.slice(Math.max(0, prev.start - 12), prev.start);
    const between = BETWEEN_JOIN.test(join) ? BETWEEN_BEFORE.exec(before) : null;
    if (between !== null) return { ...m, low: prev.value, rangeStart: prev.start - before.length + between.index };
    return RANGE_JOIN.test(join) ? { ...m, low: prev.value, rangeStart: prev.start } : m;
  });
}

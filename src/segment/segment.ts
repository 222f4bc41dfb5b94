/**
 * segment: sentences with exact offsets. wink-nlp finds the boundaries; we repair what it
 * gets wrong on web news text:
 *  - fragments left by stray full stops: a "sentence" that starts in lower case, or holds
 *    no word at all, belongs to the one before;
 *  - a title or initial before a name ("Gov. Newsom", "J. R. Smith") never ends a sentence;
 *  - drop-cap artefacts ("JThe Biden ...") move the sentence start to the real word.
 * Sentences never cross a paragraph or block boundary. Boilerplate is flagged here: page
 * furniture, and sentences made of HTML markup alone (`<div align="center">`, a comment).
 */
import type { IngestedDocument, SegmentedDocument, SegmentedSentence, Token } from '../model/stages.js';
import { isBoilerplate } from '../ingest/boilerplate.js';
import { isMarkupOnly, markupRanges } from '../ingest/markup.js';
import { blocksOf } from './blocks.js';
import { tokenise } from './tokens.js';

export interface SegmentOptions {
  /** Dictionary check used by the drop-cap repair; defaults to a small list of common words. */
  isKnownWord?: (lowerCaseWord: string) => boolean;
}

/** Titles and single initials that are followed by a name, never by a new sentence. */
const NAME_PREFIXES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gov', 'sen', 'rep', 'gen', 'lt', 'col', 'capt', 'sgt',
  'maj', 'adm', 'cmdr', 'rev', 'st', 'hon', 'pres', 'supt', 'insp', 'amb',
]);

const COMMON_WORDS = new Set(
  'the a an in on at it he she they we this that these those when while after before as for but and if our its his her their there what why how who one two some many most more once last new'.split(
    ' ',
  ),
);

const LETTER = /\p{L}/u;
const LOWER_START = /^\p{Ll}/u;

function hasWord(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (LETTER.test(tokens[i].text) || tokens[i].type === 'number') return true;
  return false;
}

function firstWord(tokens: Token[], first: number, last: number): Token | undefined {
  for (let i = first; i <= last; i++) if (LETTER.test(tokens[i].text)) return tokens[i];
  return undefined;
}

/** Does the sentence [first, last] end on a title or initial that must be followed by a name? */
function endsOnNamePrefix(tokens: Token[], last: number): boolean {
  const t = tokens[last];
  const core = t.text.endsWith('.') ? t.text.slice(0, -1) : t.text === '.' && last > 0 ? tokens[last - 1].text : '';
  if (!core) return false;
  if (NAME_PREFIXES.has(core.toLowerCase())) return true;
  return /^\p{Lu}$/u.test(core); // a single initial: "J."
}

const OPEN_QUOTE = new Set(['\u201C', '"']);
const CLOSE_QUOTE = new Set(['\u201D', '"']);

/** The previous sentence opened a quote and this one closes it within its first words. */
function closesOpenQuote(tokens: Token[], prev: [number, number], span: [number, number]): boolean {
  // Curly quotes say which way they face; straight ones open and close in turn.
  let open = 0;
  let straight = 0;
  for (let i = prev[0]; i <= prev[1]; i++) {
    if (tokens[i].text === '\u201C') open++;
    else if (tokens[i].text === '\u201D') open--;
    // An inch mark ("6\" wide") is glued to its number: not a quotation mark.
    else if (tokens[i].text === '"' && !(i > 0 && tokens[i - 1].end === tokens[i].start && /\d$/.test(tokens[i - 1].text))) straight++;
  }
  if ((open <= 0 && straight % 2 === 0) || OPEN_QUOTE.has(tokens[span[0]].text)) return false;
  for (let i = span[0]; i <= Math.min(span[1], span[0] + 3); i++) if (CLOSE_QUOTE.has(tokens[i].text)) return true;
  return false;
}

/** "D-N." + "Y., for not speaking out": a piece that starts with a lone initial and no name after it. */
function startsWithStrayInitial(tokens: Token[], span: [number, number]): boolean {
  if (!/^\p{Lu}\.$/u.test(tokens[span[0]].text)) return false;
  const next = tokens[span[0] + 1];
  return next === undefined || !/^\p{Lu}/u.test(next.text);
}

const SPEECH_VERBS = new Set(['say', 'said', 'ask', 'asked', 'add', 'added', 'tell', 'told', 'write', 'wrote', 'note', 'noted', 'reply', 'replied', 'explain', 'explained', 'insist', 'insisted', 'argue', 'argued', 'continue', 'continued', 'warn', 'warned', 'recall', 'recalled']);

/** A speaker tag split off after a closing quote: '... or not?" Walsh asked.' */
function isSpeakerTag(tokens: Token[], prev: [number, number], span: [number, number]): boolean {
  const last = tokens[prev[1]].text;
  const beforeLast = prev[1] > prev[0] ? tokens[prev[1] - 1].text : '';
  if (!/^["\u201D]$/.test(last) && !/^["\u201D]$/.test(beforeLast)) return false;
  if (span[1] - span[0] + 1 > 7) return false;
  // 'She said "never."' carries its own quotation: a sentence, not a tag.
  for (let i = span[0]; i <= span[1]; i++) if (/^["\u201C\u201D]$/.test(tokens[i].text)) return false;
  for (let i = span[0]; i <= span[1]; i++) if (SPEECH_VERBS.has(tokens[i].norm) || SPEECH_VERBS.has(tokens[i].lemma)) return true;
  return false;
}

/** A short run of words with no verb at all, e.g. "Judy Woodruff of PBS in December." */
function isVerblessTail(tokens: Token[], span: [number, number]): boolean {
  const n = span[1] - span[0] + 1;
  if (n > 10) return false;
  for (let i = span[0]; i <= span[1]; i++) if (tokens[i].pos === 'VERB' || tokens[i].pos === 'AUX' || presentReadAsNoun(tokens, i, span)) return false;
  return true;
}

/**
 * A present tense the tagger read as a plural noun, after its subject and before what it
 * governs ("The car costs a lot.", "The supplement costs less than a dollar a day.").
 */
function presentReadAsNoun(tokens: Token[], i: number, span: [number, number]): boolean {
  const [t, prev, next] = [tokens[i], tokens[i - 1], tokens[i + 1]];
  if (i <= span[0] || i >= span[1] || t.pos !== 'NOUN' || !/\p{Ll}s$/u.test(t.text)) return false;
  // Before a preposition only after a determined subject: "The euro rises against the pound."
  // is a sentence, "Police officers in riot gear." a caption.
  const determined = tokens[i - 2]?.pos === 'DET';
  return ['NOUN', 'PROPN', 'PRON'].includes(prev.pos) && (['DET', 'ADV', 'ADJ', 'NUM', 'PRON'].includes(next.pos) || (next.pos === 'ADP' && determined));
}

/** A cut at the point of a decimal written without its leading zero: "reaches .20 parts per million". */
function splitsDecimal(tokens: Token[], prev: [number, number], span: [number, number]): boolean {
  const point = tokens[prev[1]];
  const digits = tokens[span[0]];
  return point.text === '.' && point.end === digits.start && /^\d/.test(digits.text) && !(prev[1] > prev[0] && tokens[prev[1] - 1].end === point.start);
}

function repairBoundaries(tokens: Token[], spans: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev) {
      const word = firstWord(tokens, span[0], span[1]);
      const fragment = !hasWord(tokens, span[0], span[1]) || (word !== undefined && LOWER_START.test(word.text) && word === tokens[span[0]]);
      const startsWithName = word !== undefined && /^\p{Lu}/u.test(word.text);
      if (
        fragment ||
        (startsWithName && endsOnNamePrefix(tokens, prev[1])) ||
        closesOpenQuote(tokens, prev, span) ||
        isVerblessTail(tokens, span) ||
        startsWithStrayInitial(tokens, span) ||
        isSpeakerTag(tokens, prev, span) ||
        splitsDecimal(tokens, prev, span)
      ) {
        prev[1] = span[1];
        continue;
      }
    }
    out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * Longest sentence kept whole, in tokens. Text without sentence punctuation (a transcript, a
 * data dump) can come out as one "sentence" of thousands of words, and comparing two
 * sentences costs the product of their lengths: one of 50,000 words took 42 s. Longer
 * sentences are cut into pieces of about equal length, at most this many tokens each, each
 * cut after the last clause mark (; : , or a dash) in the second half of the piece, else
 * after its last token; equal lengths keep a short tail (a lone full stop, '," he said.')
 * from becoming a sentence of its own. News sentences stay below the limit: the longest
 * BASIL body sentence has 109 tokens.
 */
export const MAX_SENTENCE_TOKENS = 120;
const CLAUSE_MARK = /^[;:,\u2013\u2014]$|^--$/;

/** A sentence span [first, last] and whether it is a piece of a longer one. */
type Piece = [first: number, last: number, cut: boolean];

function splitOverlong(tokens: Token[], spans: Array<[number, number]>): Piece[] {
  const out: Piece[] = [];
  for (const [first, last] of spans) {
    if (last - first + 1 <= MAX_SENTENCE_TOKENS) {
      out.push([first, last, false]);
      continue;
    }
    let start = first;
    while (last - start + 1 > MAX_SENTENCE_TOKENS) {
      const rest = last - start + 1;
      const size = Math.ceil(rest / Math.ceil(rest / MAX_SENTENCE_TOKENS));
      let cut = start + size - 1;
      for (let i = cut; i >= start + size / 2; i--) {
        if (CLAUSE_MARK.test(tokens[i].text)) {
          cut = i;
          break;
        }
      }
      out.push([start, cut, true]);
      start = cut + 1;
    }
    out.push([start, last, true]);
  }
  return out;
}

/** "JThe" -> a token "The" starting one character later, when the repair is unambiguous. */
function repairDropCap(token: Token, isKnownWord: (w: string) => boolean): Token | null {
  const m = /^(\p{Lu})(\p{Lu}\p{Ll}+)$/u.exec(token.text);
  if (!m) return null;
  const rest = m[2];
  if (isKnownWord(token.norm) || !isKnownWord(rest.toLowerCase())) return null;
  const norm = rest.toLowerCase();
  return {
    ...token,
    text: rest,
    start: token.start + m[1].length,
    norm,
    lemma: norm,
    pos: COMMON_WORDS.has(norm) ? 'DET' : token.pos,
    stop: COMMON_WORDS.has(norm),
  };
}

export function segment(doc: IngestedDocument, options: SegmentOptions = {}): SegmentedDocument {
  const isKnownWord = options.isKnownWord ?? ((w: string) => COMMON_WORDS.has(w));
  const sentences: SegmentedSentence[] = [];
  const markup = markupRanges(doc.text, doc.bodyStart);
  let lastParagraph = -1;
  for (const block of blocksOf(doc.text, doc.bodyStart)) {
    const { tokens, sentences: spans } = tokenise(doc.text, block.start, block.end);
    if (tokens.length === 0) continue;
    if (block.paragraph !== lastParagraph) {
      const fixed = repairDropCap(tokens[0], isKnownWord);
      if (fixed) tokens[0] = fixed;
      lastParagraph = block.paragraph;
    }
    for (const [first, last, cut] of splitOverlong(tokens, repairBoundaries(tokens, spans))) {
      const sentTokens = tokens.slice(first, last + 1);
      const start = sentTokens[0].start;
      const end = sentTokens[sentTokens.length - 1].end;
      sentences.push({
        index: sentences.length,
        start,
        end,
        paragraph: block.paragraph,
        // A piece of an overlong sentence is far longer than page furniture ever is; markup
        // (a long comment, say) is markup at any length.
        boilerplate: (!cut && isBoilerplate(doc.text.slice(start, end))) || isMarkupOnly(doc.text, start, end, markup),
        tokens: sentTokens,
      });
    }
  }
  return { ...doc, sentences };
}

/**
 * Typed hand-offs between pipeline stages. Only `result.ts` is public output; these
 * types describe the intermediate data each pure stage function takes and returns.
 */
import type { SourceMetadata, Span } from './result.js';

/** What the caller gives `compare()`: text plus a display name. */
export interface InputDocument {
  text: string;
  name: string;
  path?: string;
  /**
   * Set when `text` was extracted from the file at `path` rather than read from it as is
   * (see ingest/html.ts): the result then carries the text its offsets index.
   */
  extractedFrom?: 'html';
}

/** ingest → segment */
export interface IngestedDocument {
  id: string;
  name: string;
  path?: string;
  extractedFrom?: 'html';
  /** The original input, unchanged. */
  text: string;
  metadata: SourceMetadata;
  /** Offset where the body starts (after any metadata line / front matter). */
  bodyStart: number;
  /** Offset ranges that are metadata or markup, never part of a sentence. */
  skipped: Array<{ start: number; end: number; reason: string }>;
}

/** A token with absolute offsets into the original input. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower-cased surface form. */
  norm: string;
  lemma: string;
  /** Universal POS tag from wink-nlp (NOUN, VERB, PROPN, NUM, ...). */
  pos: string;
  /** wink-nlp token type (word, number, punctuation, symbol, ...). */
  type: string;
  stop: boolean;
}

/** segment → analyse */
export interface SegmentedSentence {
  /** 0-based index within the document. */
  index: number;
  start: number;
  end: number;
  paragraph: number;
  boilerplate: boolean;
  tokens: Token[];
}

export interface SegmentedDocument extends IngestedDocument {
  sentences: SegmentedSentence[];
}

export type EntityKind = 'person' | 'organisation' | 'place' | 'other';

export interface EntityMention extends Span {
  kind: EntityKind;
  /** Normalised key for matching ("xi jinping", "united states"). */
  key: string;
}

export interface NumberMention extends Span {
  value: number;
  /** Normalised unit ("percent", "usd", "people", "" when none). */
  unit: string;
  /** Approximation words: "nearly", "about", "more than" ... */
  approx: string;
  /** The lower figure of a range ("10-15 people", "between 10 and 15 people"): the mention allows low to value. */
  low?: number;
  /** Where the whole range's text starts ("10-15 people", "between 10 and 15 people"), with `low`; the quote of a range difference. */
  rangeStart?: number;
}

export interface DateMention extends Span {
  /** ISO date (YYYY-MM-DD) of the start of the expressed period, when resolvable. */
  iso?: string;
  /** Granularity of the expression: day, month, year, relative, ... */
  grain: 'day' | 'month' | 'year' | 'week' | 'season' | 'relative' | 'time' | 'unknown';
  /** Inclusive ISO bounds of the period the expression covers, when resolvable. */
  from?: string;
  to?: string;
  /**
   * The calendar parts the text states outright, whether or not the date resolves
   * ("Tuesday": weekday 2; "January 5": month 1, day 5; "at 3 p.m.": hour 15). Absent for
   * offsets from now ("two days ago", "yesterday").
   */
  stated?: StatedDateParts;
}

/** Calendar parts a date expression states (weekday: 0 = Sunday). */
export interface StatedDateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  /** Part of the day the text names: 0 morning, 1 afternoon, 2 evening or night. */
  period?: number;
}

export interface AttributionMention extends Span {
  /** The source phrase ("two US officials", "people familiar with the matter", "CNN"). */
  source: Span;
  /**
   * A phrase set beside the source between commas, naming the same speaker ("Alan Futerfas,
   * an attorney for Trump Jr., said"; "said the spokesman, Peter Carr").
   */
  appositive?: Span;
  /** anonymous | named | official | outlet | document */
  kind: 'anonymous' | 'named' | 'official' | 'outlet' | 'document' | 'unknown';
}

export interface HedgeMention extends Span {
  /** modal | reporting | approximator | expectation | belief | evidential */
  kind: string;
  /** 0 (pure speculation) .. 1 (certain). */
  certainty: number;
}

export interface NegationMention extends Span {
  /** The negated word or phrase scope, when determinable. */
  scope?: Span;
}

export interface EventMention extends Span {
  /** Normalised event type: "meeting", "phone call", "visit", "summit", ... */
  kind: string;
}

/** analyse → score / classify */
export interface SentenceAnalysis {
  tokens: Token[];
  /** Indices into `tokens` of content words (no stop words, punctuation or symbols). */
  content: number[];
  lemmas: string[];
  entities: EntityMention[];
  numbers: NumberMention[];
  dates: DateMention[];
  attributions: AttributionMention[];
  hedges: HedgeMention[];
  negations: NegationMention[];
  events: EventMention[];
}

export interface AnalysedSentence extends SegmentedSentence {
  id: string;
  analysis: SentenceAnalysis;
}

export interface AnalysedDocument extends SegmentedDocument {
  sentences: AnalysedSentence[];
}

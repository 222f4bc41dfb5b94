/**
 * The result model: what `compare()` returns and what every renderer reads.
 * Documented field by field in docs/result-format.md. Bump RESULT_VERSION on any
 * incompatible change.
 */
export const RESULT_VERSION = '1.0';

export type LinkClass = 'corroborating' | 'divergent';

export type DifferenceType =
  | 'number'
  | 'date'
  | 'entity'
  | 'place'
  | 'attribution'
  | 'hedging'
  | 'negation'
  | 'event';

/** A quoted piece of one source: `text === source input.slice(start, end)`. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SourceMetadata {
  date?: string;
  title?: string;
}

export interface ResultSentence {
  /** Unique across the whole result, e.g. `a3`, `b12`. */
  id: string;
  /** 1-based position of the sentence in its report (boilerplate included). */
  number: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** UTF-16 code-unit offsets into the original input. */
  start: number;
  end: number;
  /** 0-based paragraph index (paragraphs are separated by blank lines). */
  paragraph: number;
  /** Page furniture (comment forms, share prompts, credits) or HTML markup alone: kept, never aligned. */
  boilerplate: boolean;
}

export interface ResultSource {
  /** `a` or `b`. */
  id: string;
  name: string;
  path?: string;
  metadata: SourceMetadata;
  /** Length of the original input in UTF-16 code units. */
  length: number;
  /**
   * Present only when the input was not plain text (an HTML page): what it was read from,
   * and the article text extracted from it, which every offset of this source indexes.
   */
  extractedFrom?: 'html';
  text?: string;
  sentences: ResultSentence[];
}

export interface Difference {
  type: DifferenceType;
  /**
   * Material differences make a link divergent (a conflicting number, date, name, place,
   * event, polarity). Non-material ones are reported for the reader but do not on their
   * own change the class (e.g. "two US officials" vs "people familiar with the matter").
   */
  material: boolean;
  /** One short human-readable line, e.g. `event: "virtual meeting" vs "phone call"`. */
  note: string;
  a: Span;
  b: Span;
}

export type DiffOp = 'equal' | 'delete' | 'insert';

/**
 * One piece of the word-level diff. `delete` pieces come from A, `insert` from B, `equal`
 * pieces are in both (quoted from A). Numbers and names are never split across pieces (a Title Case headline is split into words).
 */
export interface DiffPart {
  op: DiffOp;
  /** The white space before the piece, then exactly the source slice at its offsets. */
  text: string;
  /** Offsets into source A (equal, delete) and into source B (equal, insert), white space excluded. */
  a?: { start: number; end: number };
  b?: { start: number; end: number };
}

export interface SimilaritySignals {
  lexical: number;
  alignAB: number;
  alignBA: number;
  /** Best two-way alignment between a clause of A and a clause of B. */
  clause: number;
  /** Best similarity between the two sentences' predicates (content verbs); 1 when either has none. */
  predicate: number;
  /** Shorter over longer content-word count. */
  length: number;
  dice: number;
  entities: number;
  numbers: number;
}

export interface Link {
  /** e.g. `l1`, in order of report A. */
  id: string;
  a: string[];
  b: string[];
  class: LinkClass;
  /**
   * How likely the two sides state the same claim, in [0, 1]: the combined similarity
   * corrected by length and by the material differences found (see score/claim.ts).
   */
  score: number;
  signals: SimilaritySignals;
  differences: Difference[];
  diff: DiffPart[];
}

export interface SourceSummary {
  id: string;
  sentences: number;
  boilerplate: number;
  /** Non-boilerplate sentences. */
  content: number;
  corroborated: number;
  divergent: number;
  unique: number;
}

export interface Summary {
  links: { corroborating: number; divergent: number; total: number };
  sources: SourceSummary[];
  /** Unlinked non-boilerplate sentence ids per source id. */
  unique: Record<string, string[]>;
}

export interface ResultOptions {
  /** Absolute floor of the combined similarity for a link. */
  linkThreshold: number;
  /** How far (in standard deviations) a mutual-best pair must stand out from its sentences' other candidates. */
  zThreshold: number;
  /** Combined similarity at which a pair is linked regardless of its rivals (near copies). */
  strongLink: number;
  /** Below this predicate similarity a pair must stand out by `predicateMargin` more. */
  predicateFloor: number;
  /** Extra standard deviations asked of a pair whose sentences share no similar predicate. */
  predicateMargin: number;
}

export interface Comparison {
  format: 'sourcediff';
  version: string;
  tool: { name: string; version: string };
  options: ResultOptions;
  sources: ResultSource[];
  links: Link[];
  summary: Summary;
}

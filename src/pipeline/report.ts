/**
 * One report through the stages that depend on it alone: ingest -> segment -> analyse.
 * The result is the same whichever report it is compared with, so a caller comparing one
 * report with many (batch, one-against-all) can analyse it once and reuse it on either
 * side with `onSide`.
 */
import { analyseSentence } from '../analyse/analyse.js';
import { InputError } from '../errors.js';
import { ingest } from '../ingest/ingest.js';
import type { AnalysedDocument, AnalysedSentence, InputDocument, SegmentedDocument } from '../model/stages.js';
import { getVectors } from '../score/vectors.js';
import { segment } from '../segment/segment.js';

/** Which side of a comparison a report is on; it prefixes the sentence ids (a1, b7). */
export type ReportSide = 'a' | 'b';

export type CompareInput = InputDocument | string;

function toInput(x: CompareInput, fallbackName: string): InputDocument {
  if (typeof x === 'string') return { text: x, name: fallbackName };
  if (!x || typeof x.text !== 'string') throw new InputError(`${fallbackName}: expected text or { text, name }`);
  for (const k of ['name', 'path'] as const) {
    if (x[k] !== undefined && typeof x[k] !== 'string') throw new InputError(`${fallbackName}: ${k} must be a string (got ${typeof x[k]})`);
  }
  if (x.extractedFrom !== undefined && x.extractedFrom !== 'html') throw new InputError(`${fallbackName}: extractedFrom must be "html"`);
  return { ...x, name: x.name || fallbackName };
}

function checkSide(side: unknown): asserts side is ReportSide {
  if (side !== 'a' && side !== 'b') throw new InputError(`side must be 'a' or 'b' (got ${JSON.stringify(side)})`);
}

/** A sentence's id: its side and its 1-based number (a1, b7). */
function sentenceId(side: string, index: number): string {
  return `${side}${index + 1}`;
}

function analyseDocument(doc: SegmentedDocument): AnalysedDocument {
  const ctx = { referenceDate: doc.metadata.date };
  const sentences: AnalysedSentence[] = doc.sentences.map((s) => ({
    ...s,
    id: sentenceId(doc.id, s.index),
    analysis: analyseSentence(doc.text, s.tokens, ctx),
  }));
  return { ...doc, sentences };
}

/**
 * Ingest, segment and analyse one report for the given side. Throws InputError on unusable
 * input. The result is read, never changed, by the later stages (scoring memoises per
 * analysis object): treat it as immutable.
 */
export function analyseReport(input: CompareInput, side: ReportSide): AnalysedDocument {
  checkSide(side);
  const store = getVectors();
  const doc = ingest(toInput(input, side.toUpperCase()), side);
  return analyseDocument(segment(doc, { isKnownWord: (w: string) => store.has(w) }));
}

/**
 * The same analysed report on the other side, labelled from `input` (the report as it is
 * given this time: its name and path, or the side's default name) exactly as
 * `analyseReport(input, side)` would label it. Only ids and labels change; the analysis is
 * shared, not copied.
 */
export function onSide(doc: AnalysedDocument, side: ReportSide, input: CompareInput): AnalysedDocument {
  checkSide(side);
  if (doc === null || typeof doc !== 'object' || !Array.isArray(doc.sentences)) throw new InputError('onSide: expected a report from analyseReport');
  const { path: _path, extractedFrom: _from, ...rest } = doc;
  const { name, path, extractedFrom } = toInput(input, side.toUpperCase());
  return {
    ...rest,
    id: side,
    name,
    ...(path ? { path } : {}),
    ...(extractedFrom ? { extractedFrom } : {}),
    sentences: doc.sentences.map((s) => ({ ...s, id: sentenceId(side, s.index) })),
  };
}

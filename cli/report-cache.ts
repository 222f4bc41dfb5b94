/**
 * A worker's memory of the reports it analysed last, keyed by their text: a report that
 * appears in several pairs is ingested, segmented and analysed once. Analysis depends on
 * the text alone (wink-nlp forgets what it learns from each text), so a reused analysis
 * is identical to a fresh one; `onSide` only relabels it. Bounded by count and by text size
 * (1,000,000 characters is about 60 MB of analyses).
 */
import type { AnalysedDocument, InputDocument } from '../src/model/stages.js';
import { analyseReport, onSide, type ReportSide } from '../src/pipeline/report.js';

export class ReportCache {
  private readonly docs = new Map<string, AnalysedDocument>();
  private chars = 0;

  constructor(
    private readonly maxReports = 16,
    // An analysed report takes roughly 60 bytes of memory per character of text.
    private readonly maxChars = 1_000_000,
  ) {}

  /** The analysed report for this input on this side, from memory when its text was seen. */
  get(input: InputDocument, side: ReportSide): AnalysedDocument {
    const seen = this.docs.get(input.text);
    if (seen !== undefined) {
      this.docs.delete(input.text);
      this.docs.set(input.text, seen);
      return onSide(seen, side, input);
    }
    const doc = analyseReport(input, side);
    if (input.text.length <= this.maxChars) {
      this.docs.set(input.text, doc);
      this.chars += input.text.length;
      for (const [text] of this.docs) {
        if (this.docs.size <= this.maxReports && this.chars <= this.maxChars) break;
        this.docs.delete(text);
        this.chars -= text.length;
      }
    }
    return doc;
  }

  get size(): number {
    return this.docs.size;
  }
}

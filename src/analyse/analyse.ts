/**
 * The analyse stage: per-sentence features used to score, align and classify sentence pairs.
 * Pure: the same text and tokens always give the same analysis (dates depend on the reference
 * date only through `ctx.referenceDate`; without it relative dates stay unresolved).
 */
import type { SentenceAnalysis, Token } from '../model/stages.js';
import { extractAttributions } from './attribution.js';
import { contentIndices, lemmasOf } from './content.js';
import { extractDates } from './dates.js';
import { extractEntities } from './entities.js';
import { extractEvents } from './events.js';
import { extractHedges } from './hedges.js';
import { extractNegations } from './negation.js';
import { extractNumbers } from './numbers.js';

export interface AnalyseContext {
  /** ISO YYYY-MM-DD, the report's date when known. */
  referenceDate?: string;
}

export { entityMatches, canonicalKey } from './entities.js';
export { EVENT_FAMILY } from './lexicon/events.js';

/** Analyse one sentence. `text` is the full document; `tokens` carry absolute offsets into it. */
export function analyseSentence(text: string, tokens: Token[], ctx: AnalyseContext = {}): SentenceAnalysis {
  const dates = extractDates(text, tokens, ctx.referenceDate);
  const entities = extractEntities(text, tokens);
  return {
    tokens,
    content: contentIndices(tokens),
    lemmas: lemmasOf(tokens),
    entities,
    numbers: extractNumbers(text, tokens, dates),
    dates,
    attributions: extractAttributions(text, tokens, entities),
    hedges: extractHedges(text, tokens),
    negations: extractNegations(text, tokens),
    events: extractEvents(text, tokens),
  };
}

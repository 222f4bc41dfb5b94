/** sourcediff: compare news reports of the same event. */
export { compare, compareAnalysed, resolveOptions, type CompareInput, type CompareOptions } from './pipeline/compare.js';
export { analyseReport, onSide, type ReportSide } from './pipeline/report.js';
export { DEFAULT_OPTIONS } from './pipeline/options.js';
export { loadResources } from './pipeline/resources.js';
export { comparePair, type PairVerdict } from './pipeline/pair.js';
export { InputError } from './errors.js';
export * from './model/result.js';
export type { AnalysedDocument, InputDocument } from './model/stages.js';
export { renderMarkdown, type MarkdownOptions } from './render/markdown.js';
export { renderJson } from './render/json.js';
export { looksLikeHtml } from './ingest/html-sniff.js';
export { MAX_REPORT_BYTES } from './ingest/limits.js';
export { ENGLISH_MIN_SHARE, knownWordShare } from './ingest/language.js';
export type { ExtractedArticle } from './ingest/html.js';

/**
 * The readable article of an HTML page (or a fragment of one, such as `<p>...</p><p>...</p>`)
 * as plain text, ready for `compare` (give it as
 * `{ text, name, extractedFrom: 'html' }` so the result carries the text its offsets index).
 * The HTML parser (linkedom, Readability) is loaded on first use, not with the library.
 */
export async function articleFromHtml(html: string): Promise<import('./ingest/html.js').ExtractedArticle> {
  const { articleFromHtml: extract } = await import('./ingest/html.js');
  return extract(html);
}

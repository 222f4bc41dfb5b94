/** sourcediff: compare news reports of the same event. */
export { compare, compareAnalysed, resolveOptions, type CompareInput, type CompareOptions } from './pipeline/compare.js';
export { analyseReport, onSide, type ReportSide } from './pipeline/report.js';
export { DEFAULT_OPTIONS } from './pipeline/options.js';
export { comparePair, type PairVerdict } from './pipeline/pair.js';
export { InputError } from './errors.js';
export * from './model/result.js';
export type { InputDocument } from './model/stages.js';
export { renderMarkdown, type MarkdownOptions } from './render/markdown.js';
export { renderJson } from './render/json.js';

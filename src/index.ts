/** sourcediff: compare news reports of the same event. */
export { compare, resolveOptions, type CompareInput, type CompareOptions } from './pipeline/compare.js';
export { DEFAULT_OPTIONS } from './pipeline/options.js';
export { InputError } from './errors.js';
export * from './model/result.js';
export type { InputDocument } from './model/stages.js';

/** JSON rendering of the result model: stable key order (as built), two-space indent, final newline. */
import { InputError } from '../errors.js';
import type { Comparison } from '../model/result.js';

export function renderJson(comparison: Comparison): string {
  if (comparison === null || typeof comparison !== 'object' || !Array.isArray(comparison.sources) || !Array.isArray(comparison.links)) {
    throw new InputError('renderJson: expected a Comparison (the result of compare)');
  }
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

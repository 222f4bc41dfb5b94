/** JSON rendering of the result model: stable key order (as built), two-space indent, final newline. */
import type { Comparison } from '../model/result.js';

export function renderJson(comparison: Comparison): string {
  return `${JSON.stringify(comparison, null, 2)}\n`;
}

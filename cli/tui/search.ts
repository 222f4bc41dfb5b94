/** Search over the sentence text of list items. Pure functions only. */
import { itemText, type Item } from './items.js';

/** Indices (into `items`) of the items whose sentence text contains `query`, ignoring case. */
export function findMatches(items: readonly Item[], query: string): number[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [];
  const hits: number[] = [];
  items.forEach((item, i) => {
    if (itemText(item).toLocaleLowerCase().includes(needle)) hits.push(i);
  });
  return hits;
}

/** The first match at or after `from`, wrapping to the first match; undefined when none. */
export function firstMatchFrom(matches: readonly number[], from: number): number | undefined {
  if (matches.length === 0) return undefined;
  return matches.find((m) => m >= from) ?? matches[0];
}

/**
 * The next match strictly after `current` (direction 1) or strictly before it (-1),
 * wrapping around the list; undefined when there are no matches.
 */
export function stepMatch(matches: readonly number[], current: number, direction: 1 | -1): number | undefined {
  if (matches.length === 0) return undefined;
  if (direction === 1) return matches.find((m) => m > current) ?? matches[0];
  for (let i = matches.length - 1; i >= 0; i--) if (matches[i] < current) return matches[i];
  return matches[matches.length - 1];
}

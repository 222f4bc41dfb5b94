/**
 * Process-wide string interning: equal strings get equal small integers, so the hot loops
 * of pair scoring compare numbers instead of strings. Grows with the vocabulary seen.
 *
 * Ids only ever serve equality (sums over them are exact, see prepare.ts), so they may be
 * renumbered between comparisons: a long-lived process (a server, a batch worker) that has
 * met more than MAX_INTERNED strings and n-grams starts afresh (`trimInterning`), and every
 * table built from ids registers itself to be cleared with them (`onInternReset`).
 */
let ids = new Map<string, number>();

export function internId(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

/** Interned strings plus other id-derived entries (n-grams) above which tables are cleared. */
export const MAX_INTERNED = 2_000_000;

const resets: Array<() => void> = [];
const sizes: Array<() => number> = [() => ids.size];

/** Register a table built from interned ids: its size, and how to clear it. */
export function onInternReset(clear: () => void, size?: () => number): void {
  resets.push(clear);
  if (size) sizes.push(size);
}

/** Forget every interned id and every table built from them. Never call during a comparison. */
export function resetInterning(): void {
  ids = new Map();
  for (const clear of resets) clear();
}

/** Entries held by the interning tables. */
export function internedSize(): number {
  return sizes.reduce((n, size) => n + size(), 0);
}

/** Reset when the tables hold more than `max` entries; called between comparisons. */
export function trimInterning(max: number = MAX_INTERNED): boolean {
  if (internedSize() <= max) return false;
  resetInterning();
  return true;
}

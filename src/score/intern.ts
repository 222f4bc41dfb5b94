/**
 * Process-wide string interning: equal strings get equal small integers, so the hot loops
 * of pair scoring compare numbers instead of strings. Grows with the vocabulary seen.
 */
const ids = new Map<string, number>();

export function internId(s: string): number {
  let id = ids.get(s);
  if (id === undefined) {
    id = ids.size;
    ids.set(s, id);
  }
  return id;
}

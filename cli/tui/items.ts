/**
 * The list model of the terminal UI: one item per link and per unique sentence, in the order
 * of report A, then the unique sentences of report B. Pure functions only.
 */
import type { Comparison, Link, ResultSentence, ResultSource } from '../../src/model/result.js';

export type ItemKind = 'divergent' | 'corroborating' | 'onlyA' | 'onlyB';

export interface Item {
  /** Stable key: the link id, or the sentence id of a unique sentence. */
  key: string;
  kind: ItemKind;
  link?: Link;
  /** Sentences of report A in this item (empty for an only-B item). */
  a: ResultSentence[];
  /** Sentences of report B in this item (empty for an only-A item). */
  b: ResultSentence[];
}

export type Filter = 'all' | ItemKind;

/** The filters in the order of the keys 1-5 and of Tab. */
export const FILTERS: readonly Filter[] = ['all', 'divergent', 'corroborating', 'onlyA', 'onlyB'];

export const FILTER_LABELS: Record<Filter, string> = {
  all: 'All',
  divergent: 'Divergent',
  corroborating: 'Corroborating',
  onlyA: 'Only A',
  onlyB: 'Only B',
};

export type Counts = Record<ItemKind, number>;

function uniqueIds(comparison: Comparison, source: ResultSource | undefined, linked: Set<string>): Set<string> {
  if (!source) return new Set();
  const listed = comparison.summary?.unique?.[source.id];
  if (listed) return new Set(listed);
  return new Set(source.sentences.filter((s) => !s.boilerplate && !linked.has(s.id)).map((s) => s.id));
}

/** Every link and every unique sentence: report A order first, then B's unique sentences. */
export function buildItems(comparison: Comparison): Item[] {
  const [sourceA, sourceB] = comparison.sources;
  const byId = new Map<string, ResultSentence>();
  for (const source of comparison.sources) for (const s of source.sentences) byId.set(s.id, s);
  const pick = (ids: string[]): ResultSentence[] =>
    ids.map((id) => byId.get(id)).filter((s): s is ResultSentence => s !== undefined);

  const linkOfA = new Map<string, Link>();
  const linked = new Set<string>();
  for (const link of comparison.links) {
    for (const id of link.a) {
      linked.add(id);
      if (!linkOfA.has(id)) linkOfA.set(id, link);
    }
    for (const id of link.b) linked.add(id);
  }
  const uniqueA = uniqueIds(comparison, sourceA, linked);
  const uniqueB = uniqueIds(comparison, sourceB, linked);

  const items: Item[] = [];
  const emitted = new Set<Link>();
  const pushLink = (link: Link): void => {
    emitted.add(link);
    items.push({ key: link.id, kind: link.class, link, a: pick(link.a), b: pick(link.b) });
  };
  for (const s of sourceA?.sentences ?? []) {
    const link = linkOfA.get(s.id);
    if (link) {
      if (!emitted.has(link)) pushLink(link);
    } else if (uniqueA.has(s.id)) {
      items.push({ key: s.id, kind: 'onlyA', a: [s], b: [] });
    }
  }
  // Links whose A sentences are missing from source A (malformed input) are still shown.
  for (const link of comparison.links) if (!emitted.has(link)) pushLink(link);
  for (const s of sourceB?.sentences ?? []) {
    if (uniqueB.has(s.id)) items.push({ key: s.id, kind: 'onlyB', a: [], b: [s] });
  }
  return items;
}

export function filterItems(items: readonly Item[], filter: Filter): Item[] {
  return filter === 'all' ? items.slice() : items.filter((item) => item.kind === filter);
}

export function countItems(items: readonly Item[]): Counts {
  const counts: Counts = { divergent: 0, corroborating: 0, onlyA: 0, onlyB: 0 };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

/** The next filter in Tab order (wraps around); `step` -1 goes backwards. */
export function cycleFilter(filter: Filter, step: 1 | -1 = 1): Filter {
  const i = FILTERS.indexOf(filter);
  return FILTERS[(i + step + FILTERS.length) % FILTERS.length];
}

/** All sentence text of an item (A then B), for search. */
export function itemText(item: Item): string {
  return [...item.a, ...item.b].map((s) => s.text).join(' ');
}

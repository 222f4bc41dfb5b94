/** Calendar periods as inclusive ISO bounds (local calendar, no time zone arithmetic). */

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const iso = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function isoOfDate(d: Date): string {
  return iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function shiftDays(y: number, m: number, d: number, by: number): string {
  return isoOfDate(new Date(y, m - 1, d + by, 12));
}

export interface Bounds {
  iso?: string;
  from?: string;
  to?: string;
}

/** A year, or its early (Jan–Apr), mid (May–Aug) or late (Sep–Dec) third. */
export function yearBounds(y: number, mod?: string): Bounds {
  const [a, b] = mod === 'early' ? [1, 4] : mod === 'mid' ? [5, 8] : mod === 'late' ? [9, 12] : [1, 12];
  return { iso: iso(y, a, 1), from: iso(y, a, 1), to: iso(y, b, daysIn(y, b)) };
}

/** A month, or its early (1–10), mid (11–20) or late (21–end) part. */
export function monthBounds(y: number, m: number, mod?: string): Bounds {
  const last = daysIn(y, m);
  const [a, b] = mod === 'early' ? [1, 10] : mod === 'mid' ? [11, 20] : mod === 'late' ? [21, last] : [1, last];
  return { iso: iso(y, m, a), from: iso(y, m, a), to: iso(y, m, b) };
}

/** "start"/"beginning" → early, "middle" → mid, "end" → late. */
export function normaliseMod(word: string | undefined): string | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase();
  if (w === 'start' || w === 'beginning') return 'early';
  if (w === 'middle') return 'mid';
  if (w === 'end') return 'late';
  return w;
}

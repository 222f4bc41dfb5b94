/** Screen geometry of the terminal UI: pane sizes and the visible window of the list. Pure. */

/** At this width and wider A and B are shown side by side; below it they are stacked. */
export const SIDE_BY_SIDE_MIN_COLUMNS = 100;

export interface Layout {
  width: number;
  /** Total lines drawn: one less than the terminal so Ink never scrolls the screen. */
  height: number;
  sideBySide: boolean;
  /** Lines of the body between the header and the status/help lines. */
  body: number;
  /** Rows of the list pane (list mode). */
  list: number;
  /** Lines of the detail pane (list mode); a one-line rule sits between list and detail. */
  detail: number;
}

export const HEADER_LINES = 3;
export const FOOTER_LINES = 2;

export function computeLayout(columns: number, rows: number): Layout {
  const width = Math.max(20, Math.floor(columns));
  const height = Math.max(8, Math.floor(rows) - 1);
  const body = Math.max(3, height - HEADER_LINES - FOOTER_LINES);
  const list = Math.max(1, Math.floor(body * 0.4));
  const detail = Math.max(1, body - list - 1);
  return { width, height, sideBySide: width >= SIDE_BY_SIDE_MIN_COLUMNS, body, list, detail };
}

export function clampIndex(index: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(Math.max(0, index), total - 1);
}

/**
 * First visible row of a list window of `height` rows that keeps `selected` visible while
 * moving as little as possible from `previousTop`.
 */
export function scrollTop(previousTop: number, selected: number, height: number, total: number): number {
  const rows = Math.max(1, height);
  const maxTop = Math.max(0, total - rows);
  let top = Math.min(Math.max(0, previousTop), maxTop);
  if (selected < top) top = selected;
  else if (selected >= top + rows) top = selected - rows + 1;
  return Math.min(Math.max(0, top), maxTop);
}

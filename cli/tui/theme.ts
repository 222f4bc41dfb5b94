/** Colours and class markers, with a plain-text fallback for NO_COLOR. */
import type { ItemKind } from './items.js';

/** True when colour must be off: the option is set, or NO_COLOR is set and non-empty. */
export function isNoColor(env: NodeJS.ProcessEnv = process.env, option?: boolean): boolean {
  const value = env['NO_COLOR'];
  return option === true || (value !== undefined && value !== '');
}

export const KIND_LETTER: Record<ItemKind, string> = {
  divergent: 'D',
  corroborating: 'C',
  onlyA: 'A',
  onlyB: 'B',
};

export const KIND_NAME: Record<ItemKind, string> = {
  divergent: 'divergent',
  corroborating: 'corroborating',
  onlyA: 'only in A',
  onlyB: 'only in B',
};

export const KIND_COLOR: Record<ItemKind, string> = {
  divergent: 'yellow',
  corroborating: 'green',
  onlyA: 'cyan',
  onlyB: 'magenta',
};

/** Marker text: ` D ` on a coloured background, or `[D]` without colour (same width). */
export function markerText(kind: ItemKind, color: boolean): string {
  return color ? ` ${KIND_LETTER[kind]} ` : `[${KIND_LETTER[kind]}]`;
}

/** Plain-text brackets around changed words when colour is off (wdiff style). */
export const PLAIN_DELETE = { open: '[-', close: '-]' };
export const PLAIN_INSERT = { open: '{+', close: '+}' };

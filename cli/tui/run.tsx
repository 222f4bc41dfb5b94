/** Entry point of the interactive terminal UI. */
import { render } from 'ink';
import type { Comparison } from '../../src/model/result.js';
import { App } from './App.js';
import { isNoColor } from './theme.js';

export interface TuiOptions {
  /** Writes the Markdown report and returns the path written; may throw an Error. */
  onWriteMarkdown?: () => string;
  /** Force colours off; by default off when NO_COLOR is set and non-empty. */
  noColor?: boolean;
}

const ENTER_ALT_SCREEN = '\u001B[?1049h\u001B[H';
const LEAVE_ALT_SCREEN = '\u001B[?1049l';

/**
 * Opens the interactive view on the current terminal and resolves when the user quits.
 * Draws on the alternate screen, so the terminal is left as it was (cursor, raw mode and
 * screen contents restored) on quit, on error and on Ctrl+C.
 */
export async function runTui(comparison: Comparison, options: TuiOptions = {}): Promise<void> {
  const stdout = process.stdout;
  const useAltScreen = stdout.isTTY === true;
  if (useAltScreen) stdout.write(ENTER_ALT_SCREEN);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    if (useAltScreen) stdout.write(LEAVE_ALT_SCREEN);
  };
  process.once('exit', restore);
  const instance = render(
    <App comparison={comparison} onWriteMarkdown={options.onWriteMarkdown} noColor={isNoColor(process.env, options.noColor)} />,
    { exitOnCtrlC: true, patchConsole: true },
  );
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
    restore();
    process.removeListener('exit', restore);
  }
}

export { App, type AppProps } from './App.js';
export { ItemList, itemLabel, itemSummary, type ItemListProps } from './components/ItemList.js';
export { DetailPane, differenceLine, type DetailPaneProps } from './components/DetailPane.js';
export { ContextView, type ContextViewProps } from './components/ContextView.js';
export { Header, type HeaderProps } from './components/Header.js';
export { HelpView } from './components/HelpView.js';
export { Footer } from './components/Footer.js';
export {
  buildItems,
  filterItems,
  countItems,
  cycleFilter,
  itemText,
  FILTERS,
  FILTER_LABELS,
  type Item,
  type ItemKind,
  type Filter,
  type Counts,
} from './items.js';
export { findMatches, firstMatchFrom, stepMatch } from './search.js';
export { computeLayout, scrollTop, clampIndex, SIDE_BY_SIDE_MIN_COLUMNS, type Layout } from './viewport.js';
export { sideSegments, contextLines, type Segment, type ContextLine } from './segments.js';
export { isNoColor, markerText, KIND_LETTER } from './theme.js';

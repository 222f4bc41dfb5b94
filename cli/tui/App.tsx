import { useEffect, useMemo, useRef, useState } from 'react';
import { Box, Text, useApp, useInput, useStdout, type Key } from 'ink';
import type { Comparison } from '../../src/model/result.js';
import { buildItems, countItems, cycleFilter, filterItems, FILTERS, FILTER_LABELS, type Filter } from './items.js';
import { findMatches, firstMatchFrom, stepMatch } from './search.js';
import { clampIndex, computeLayout, scrollTop } from './viewport.js';
import { Header } from './components/Header.js';
import { ItemList } from './components/ItemList.js';
import { DetailPane } from './components/DetailPane.js';
import { ContextView } from './components/ContextView.js';
import { HelpView } from './components/HelpView.js';
import { Footer } from './components/Footer.js';

export interface AppProps {
  comparison: Comparison;
  /** Writes the Markdown report and returns the path written; may throw. */
  onWriteMarkdown?: () => string;
  /** Draw without colours or text styles (markers stay distinguishable as `[D]` etc.). */
  noColor?: boolean;
  /** Fixed terminal size (tests); by default read from stdout and updated on resize. */
  columns?: number;
  rows?: number;
}

type Mode = 'list' | 'context' | 'help';

function useTerminalSize(columns?: number, rows?: number): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ columns: columns ?? (stdout.columns || 80), rows: rows ?? (stdout.rows || 24) });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = () => setSize(read());
    onResize();
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, columns, rows]);
  return size;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App({ comparison, onWriteMarkdown, noColor = false, columns, rows }: AppProps) {
  const { exit } = useApp();
  const size = useTerminalSize(columns, rows);
  const layout = computeLayout(size.columns, size.rows);
  const color = !noColor;

  const all = useMemo(() => buildItems(comparison), [comparison]);
  const counts = useMemo(() => countItems(all), [all]);
  const [filter, setFilter] = useState<Filter>('all');
  const items = useMemo(() => filterItems(all, filter), [all, filter]);
  const [selected, setSelected] = useState(0);
  const [mode, setMode] = useState<Mode>('list');
  const [prompt, setPrompt] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const matches = useMemo(() => findMatches(items, query), [items, query]);
  const topRef = useRef(0);

  const current = clampIndex(selected, items.length);
  const top = scrollTop(topRef.current, current, layout.list, items.length);
  topRef.current = top;
  const item = items[current];

  const matchStatus = (index: number) => `match ${matches.indexOf(index) + 1}/${matches.length} for "${query}"`;

  const switchFilter = (next: Filter) => {
    const key = item?.key;
    const nextItems = filterItems(all, next);
    const keep = key === undefined ? -1 : nextItems.findIndex((it) => it.key === key);
    setFilter(next);
    setSelected(keep >= 0 ? keep : 0);
    setStatus(`filter: ${FILTER_LABELS[next]} (${nextItems.length})`);
  };

  const confirmSearch = (text: string) => {
    setPrompt(null);
    setQuery(text);
    const hits = findMatches(items, text);
    if (text.trim() === '') return setStatus('');
    const first = firstMatchFrom(hits, current);
    if (first === undefined) return setStatus(`no match for "${text}"`);
    setSelected(first);
    setStatus(`match ${hits.indexOf(first) + 1}/${hits.length} for "${text}"`);
  };

  const step = (direction: 1 | -1) => {
    if (query.trim() === '') return setStatus('no search: press / to search');
    const next = stepMatch(matches, current, direction);
    if (next === undefined) return setStatus(`no match for "${query}"`);
    setSelected(next);
    setStatus(matchStatus(next));
  };

  const writeMarkdown = () => {
    if (!onWriteMarkdown) return setStatus('Markdown export is not available here');
    try {
      setStatus(`wrote ${onWriteMarkdown()}`);
    } catch (error) {
      setStatus(`could not write the Markdown report: ${errorMessage(error)}`);
    }
  };

  // Ink re-subscribes the input handler in an effect, which React may run late; keys that
  // arrive before that would reach a handler holding the previous state. Route every key
  // through a ref that each render points at its own handler.
  const onKey = useRef<(input: string, key: Key) => void>(() => undefined);
  useInput((input, key) => onKey.current(input, key));
  onKey.current = (input, key) => {
    if (prompt !== null) {
      if (key.return) confirmSearch(prompt);
      else if (key.escape) setPrompt(null);
      else if (key.backspace || key.delete) setPrompt(prompt.slice(0, -1));
      else if (input && !key.ctrl && !key.meta && !key.tab) setPrompt(prompt + input);
      return;
    }
    if (input === 'q') return exit();
    if (key.escape) {
      if (mode === 'list') return exit();
      return setMode('list');
    }
    if (mode === 'help') {
      if (input === '?' || key.return) setMode('list');
      return;
    }
    // Relative moves build on the latest state, so keys that arrive together all count.
    const total = items.length;
    const by = (delta: number) => setSelected((s) => clampIndex(clampIndex(s, total) + delta, total));
    if (key.upArrow || input === 'k') by(-1);
    else if (key.downArrow || input === 'j') by(1);
    else if (key.pageUp) by(-layout.list);
    else if (key.pageDown) by(layout.list);
    else if (input === 'g' || key.home) setSelected(0);
    else if (input === 'G' || key.end) setSelected(clampIndex(total - 1, total));
    else if (key.tab) switchFilter(cycleFilter(filter, key.shift ? -1 : 1));
    else if (/^[1-5]$/.test(input)) switchFilter(FILTERS[Number(input) - 1]);
    else if (input === '/') setPrompt('');
    else if (input === 'n') step(1);
    else if (input === 'N') step(-1);
    else if (key.return) setMode(mode === 'context' ? 'list' : 'context');
    else if (input === 'm') writeMarkdown();
    else if (input === '?') setMode('help');
  };

  const { width } = layout;
  const position = items.length === 0 ? '0/0' : `${current + 1}/${items.length}`;
  let body;
  if (mode === 'help') {
    body = <HelpView width={width} height={layout.body} color={color} />;
  } else if (mode === 'context') {
    body = (
      <ContextView item={item} sources={comparison.sources} width={width} height={layout.body} sideBySide={layout.sideBySide} color={color} />
    );
  } else {
    body = (
      <Box flexDirection="column" width={width} height={layout.body}>
        <ItemList items={items} selected={current} top={top} height={layout.list} width={width} color={color} />
        <Box flexShrink={0}>
          <Text wrap="truncate-end" dimColor={color}>
            {`── ${position} ${FILTER_LABELS[filter]} `.padEnd(width, '─')}
          </Text>
        </Box>
        <DetailPane item={item} sources={comparison.sources} width={width} height={layout.detail} sideBySide={layout.sideBySide} color={color} />
      </Box>
    );
  }
  return (
    <Box flexDirection="column" width={width} height={layout.height} overflow="hidden">
      <Header sources={comparison.sources} counts={counts} filter={filter} width={width} color={color} />
      {body}
      <Footer status={status} prompt={prompt} width={width} color={color} />
    </Box>
  );
}

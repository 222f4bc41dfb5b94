import { Box, Text } from 'ink';
import type { ResultSource } from '../../../src/model/result.js';
import { FILTERS, FILTER_LABELS, type Counts, type Filter } from '../items.js';
import { KIND_COLOR } from '../theme.js';

export interface HeaderProps {
  sources: readonly ResultSource[];
  counts: Counts;
  filter: Filter;
  width: number;
  color: boolean;
}

function describe(source: ResultSource | undefined): string {
  if (!source) return '(missing)';
  const date = source.metadata?.date ?? 'no date';
  const title = source.metadata?.title ? ` · ${source.metadata.title}` : '';
  return `${source.name} · ${date}${title}`;
}

/** Both sources (name, date) and one tab per filter with its count; the active tab stands out. */
export function Header({ sources, counts, filter, width, color }: HeaderProps) {
  const total = counts.divergent + counts.corroborating + counts.onlyA + counts.onlyB;
  return (
    <Box flexDirection="column" width={width}>
      {[0, 1].map((i) => (
        <Text key={i} wrap="truncate-end">
          <Text bold={color}>{i === 0 ? 'A' : 'B'}</Text> {describe(sources[i])}
        </Text>
      ))}
      <Text wrap="truncate-end">
        {FILTERS.map((f, i) => {
          const count = f === 'all' ? total : counts[f];
          const label = `${i + 1} ${FILTER_LABELS[f]} ${count}`;
          const active = f === filter;
          const sep = i > 0 ? '  ' : '';
          if (!color) return `${sep}${active ? `*${label}*` : label}`;
          return (
            <Text key={f}>
              {sep}
              <Text inverse={active} bold={active} color={f === 'all' ? undefined : KIND_COLOR[f]}>
                {label}
              </Text>
            </Text>
          );
        })}
      </Text>
    </Box>
  );
}

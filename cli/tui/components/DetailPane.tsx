import { Box, Text } from 'ink';
import type { Difference, ResultSource } from '../../../src/model/result.js';
import type { Item } from '../items.js';
import { sideSegments } from '../segments.js';
import { KIND_COLOR, KIND_NAME } from '../theme.js';
import { SegmentText } from './SegmentText.js';

export interface DetailPaneProps {
  item: Item | undefined;
  sources: readonly ResultSource[];
  width: number;
  height: number;
  sideBySide: boolean;
  color: boolean;
}

/** One line per typed difference: type, material or not, and both quoted spans. */
export function differenceLine(d: Difference): string {
  return `${d.type} (${d.material ? 'material' : 'not material'}): A "${d.a.text}" / B "${d.b.text}"`;
}

function Side({ label, item, side, source, width, color }: {
  label: string;
  item: Item;
  side: 'a' | 'b';
  source: ResultSource | undefined;
  width: number;
  color: boolean;
}) {
  const sentences = side === 'a' ? item.a : item.b;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end" bold={color}>
        {label} · {source?.name ?? '(missing)'}
      </Text>
      {sentences.length === 0 ? (
        <Text wrap="wrap" dimColor={color}>
          (no counterpart in {label})
        </Text>
      ) : (
        <SegmentText segments={sideSegments(item.link, side, sentences)} side={side} color={color} />
      )}
    </Box>
  );
}

/** The selected item: A and B with the word-level diff, its typed differences and similarity. */
export function DetailPane({ item, sources, width, height, sideBySide, color }: DetailPaneProps) {
  if (!item) {
    return (
      <Box height={height} width={width}>
        <Text>Nothing selected.</Text>
      </Box>
    );
  }
  const link = item.link;
  const columnWidth = sideBySide ? Math.floor((width - 2) / 2) : width;
  const title = link
    ? `${link.id}  ${KIND_NAME[item.kind]}  score ${link.score.toFixed(2)}`
    : `${item.key}  ${KIND_NAME[item.kind]}`;
  const signals = link?.signals
    ? `  lexical ${link.signals.lexical.toFixed(2)} · entities ${link.signals.entities.toFixed(2)} · numbers ${link.signals.numbers.toFixed(2)}`
    : '';
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Box flexShrink={0}>
        <Text wrap="truncate-end">
          <Text bold={color} color={color ? KIND_COLOR[item.kind] : undefined}>
            {title}
          </Text>
          <Text dimColor={color}>{signals}</Text>
        </Text>
      </Box>
      <Box flexDirection={sideBySide ? 'row' : 'column'} width={width} gap={sideBySide ? 2 : 0} flexShrink={0}>
        <Side label="A" item={item} side="a" source={sources[0]} width={columnWidth} color={color} />
        <Side label="B" item={item} side="b" source={sources[1]} width={columnWidth} color={color} />
      </Box>
      {link ? (
        <Box flexDirection="column" width={width} flexShrink={0}>
          <Text bold={color}>
            {link.differences.length === 0 ? 'No typed differences' : `Differences (${link.differences.length})`}
          </Text>
          {link.differences.map((d, i) => (
            <Text key={i} wrap="wrap" color={color && d.material ? 'yellow' : undefined}>
              - {differenceLine(d)}
            </Text>
          ))}
        </Box>
      ) : null}
    </Box>
  );
}

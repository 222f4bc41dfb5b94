import { Box, Text } from 'ink';
import type { ResultSource } from '../../../src/model/result.js';
import type { Item } from '../items.js';
import { contextLines } from '../segments.js';
import { KIND_COLOR } from '../theme.js';
import { WrapText } from './WrapText.js';

export interface ContextViewProps {
  item: Item | undefined;
  sources: readonly ResultSource[];
  width: number;
  height: number;
  sideBySide: boolean;
  color: boolean;
  /** Neighbouring sentences shown before and after the selected ones. */
  radius?: number;
}

function Column({ label, source, ids, item, width, color, radius }: {
  label: string;
  source: ResultSource | undefined;
  ids: string[];
  item: Item;
  width: number;
  color: boolean;
  radius: number;
}) {
  const lines = contextLines(source, ids, radius);
  const last = lines.length > 0 ? lines[lines.length - 1].sentence.number : 0;
  const gutter = String(last).length + 4;
  return (
    <Box flexDirection="column" width={width} flexShrink={0}>
      <Text wrap="truncate-end" bold={color}>
        {label} · {source?.name ?? '(missing)'} · {source?.sentences.length ?? 0} sentences
      </Text>
      {lines.length === 0 ? (
        <Text dimColor={color}>(not in {label})</Text>
      ) : (
        lines.map(({ sentence, selected }) => {
          const style = {
            bold: color && selected,
            color: color && selected ? KIND_COLOR[item.kind] : undefined,
            dimColor: color && sentence.boilerplate,
          };
          return (
            <Box key={sentence.id} width={width} flexShrink={0}>
              <Box width={gutter} flexShrink={0}>
                <Text {...style}>{`${selected ? '>' : ' '} ${String(sentence.number).padStart(gutter - 4)}. `}</Text>
              </Box>
              <Box width={width - gutter}>
                <WrapText {...style}>{sentence.text.replace(/\s+/g, ' ')}</WrapText>
              </Box>
            </Box>
          );
        })
      )}
    </Box>
  );
}

/** Full text of the selected pair in context: the neighbouring sentences of each report. */
export function ContextView({ item, sources, width, height, sideBySide, color, radius = 3 }: ContextViewProps) {
  if (!item) {
    return (
      <Box height={height} width={width}>
        <Text>Nothing selected.</Text>
      </Box>
    );
  }
  const columnWidth = sideBySide ? Math.floor((width - 2) / 2) : width;
  const ids = (list: typeof item.a) => list.map((s) => s.id);
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Box flexShrink={0}>
        <Text wrap="truncate-end" dimColor={color}>
          In context: {item.key} (Enter to return to the list)
        </Text>
      </Box>
      <Box flexDirection={sideBySide ? 'row' : 'column'} width={width} gap={sideBySide ? 2 : 1} flexShrink={0}>
        <Column label="A" source={sources[0]} ids={ids(item.a)} item={item} width={columnWidth} color={color} radius={radius} />
        <Column label="B" source={sources[1]} ids={ids(item.b)} item={item} width={columnWidth} color={color} radius={radius} />
      </Box>
    </Box>
  );
}

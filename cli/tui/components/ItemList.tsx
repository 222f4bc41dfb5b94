import { Box, Text } from 'ink';
import type { Item } from '../items.js';
import { KIND_COLOR, markerText } from '../theme.js';

export interface ItemListProps {
  /** The filtered items; only `height` rows from `top` are rendered. */
  items: readonly Item[];
  selected: number;
  top: number;
  height: number;
  width: number;
  color: boolean;
}

/** Short ids of an item, e.g. `a3+a4 ~ b7`, `a12`, `b5`. */
export function itemLabel(item: Item): string {
  const a = item.a.map((s) => s.id).join('+');
  const b = item.b.map((s) => s.id).join('+');
  if (a && b) return `${a}~${b}`;
  return a || b || item.key;
}

/** The sentence text shown in the list row: A's text, or B's for an only-B item. */
export function itemSummary(item: Item): string {
  const sentences = item.a.length > 0 ? item.a : item.b;
  return sentences.map((s) => s.text).join(' ').replace(/\s+/g, ' ');
}

function Row({ item, selected, width, color, labelWidth }: {
  item: Item;
  selected: boolean;
  width: number;
  color: boolean;
  labelWidth: number;
}) {
  const score = item.link ? item.link.score.toFixed(2) : '    ';
  const text = `${itemLabel(item).padEnd(labelWidth)} ${score} ${itemSummary(item)}`;
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate-end">
        {selected ? '>' : ' '}
        {color ? (
          <Text backgroundColor={KIND_COLOR[item.kind]} color="black">
            {markerText(item.kind, true)}
          </Text>
        ) : (
          markerText(item.kind, false)
        )}{' '}
        {color && selected ? <Text inverse>{text}</Text> : text}
      </Text>
    </Box>
  );
}

/** The list pane, virtualised: renders only the rows in the visible window. */
export function ItemList({ items, selected, top, height, width, color }: ItemListProps) {
  if (items.length === 0) {
    return (
      <Box height={height} width={width}>
        <Text wrap="truncate-end">No items match this filter.</Text>
      </Box>
    );
  }
  const visible = items.slice(top, top + height);
  const labelWidth = Math.min(16, Math.max(...visible.map((item) => itemLabel(item).length)));
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {visible.map((item, i) => (
        <Row
          key={item.key}
          item={item}
          selected={top + i === selected}
          width={width}
          color={color}
          labelWidth={labelWidth}
        />
      ))}
    </Box>
  );
}

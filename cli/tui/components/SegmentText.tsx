import { Text } from 'ink';
import { WrapText } from './WrapText.js';
import type { Segment } from '../segments.js';
import { PLAIN_DELETE, PLAIN_INSERT } from '../theme.js';

/** Wrapped text with changed runs in red (A, removed) or green (B, added), or bracketed without colour. */
export function SegmentText({ segments, side, color }: { segments: readonly Segment[]; side: 'a' | 'b'; color: boolean }) {
  const plain = side === 'a' ? PLAIN_DELETE : PLAIN_INSERT;
  return (
    <WrapText>
      {segments.map((seg, i) => {
        if (!seg.changed) return seg.text;
        if (!color) return `${plain.open}${seg.text}${plain.close}`;
        return (
          <Text key={i} color={side === 'a' ? 'red' : 'green'} bold>
            {seg.text}
          </Text>
        );
      })}
    </WrapText>
  );
}

import { Box, Text } from 'ink';
import { KEY_HELP } from '../keys.js';

/** All key bindings. */
export function HelpView({ width, height, color }: { width: number; height: number; color: boolean }) {
  const keyWidth = Math.max(...KEY_HELP.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Box flexShrink={0}>
        <Text bold={color} wrap="truncate-end">
          Keys (? or Esc closes this help)
        </Text>
      </Box>
      {KEY_HELP.map(([keys, action]) => (
        <Box key={keys} flexShrink={0}>
          <Text wrap="truncate-end">
            {'  '}
            <Text bold={color}>{keys.padEnd(keyWidth)}</Text>
            {action}
          </Text>
        </Box>
      ))}
    </Box>
  );
}

import { Box, Text } from 'ink';
import { KEY_HELP } from '../keys.js';

/** All key bindings. */
export function HelpView({ width, height, color }: { width: number; height: number; color: boolean }) {
  const keyWidth = Math.max(...KEY_HELP.map(([k]) => k.length)) + 2;
  return (
    <Box flexDirection="column" width={width} height={height} overflow="hidden">
      <Text bold={color}>Keys (? or Esc closes this help)</Text>
      {KEY_HELP.map(([keys, action]) => (
        <Text key={keys} wrap="truncate-end">
          {'  '}
          <Text bold={color}>{keys.padEnd(keyWidth)}</Text>
          {action}
        </Text>
      ))}
    </Box>
  );
}

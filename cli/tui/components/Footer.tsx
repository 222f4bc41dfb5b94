import { Box, Text } from 'ink';
import { KEY_LINE } from '../keys.js';

/** The status line (search prompt, messages) and the one-line key help. */
export function Footer({ status, prompt, width, color }: {
  status: string;
  /** The search text being typed, or null when no prompt is open. */
  prompt: string | null;
  width: number;
  color: boolean;
}) {
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-start">{prompt !== null ? `/${prompt}_` : status || ' '}</Text>
      <Text wrap="truncate-end" dimColor={color}>
        {KEY_LINE}
      </Text>
    </Box>
  );
}

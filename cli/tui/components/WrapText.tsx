import type { ReactNode } from 'react';
import { Text, Transform, type TextProps } from 'ink';

/**
 * Drops the one space Ink's word wrap leaves at the start of a continuation line when the
 * previous word filled the line exactly (styles before it are kept).
 */
export function dropWrapSpace(line: string, index: number): string {
  return index === 0 ? line : line.replace(/^((?:\u001B\[[0-9;]*m)*) (?! )/, '$1');
}

/** Word-wrapped text without a stray leading space on wrapped lines. */
export function WrapText({ children, ...style }: Omit<TextProps, 'wrap'> & { children?: ReactNode }) {
  return (
    <Transform transform={dropWrapSpace}>
      <Text wrap="wrap" {...style}>
        {children}
      </Text>
    </Transform>
  );
}

/** The seeds' Markdown report exactly as committed in docs/examples/seeds-report.md. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compare } from '../../src/pipeline/compare.js';
import { renderMarkdown } from '../../src/render/markdown.js';

export const SEED_FILES = {
  a: { path: 'seeds/cnn-2023-01-china-russia.txt', name: 'CNN' },
  b: { path: 'seeds/bloomberg-2023-01-24-china-russia.txt', name: 'Bloomberg' },
};

export function seedsComparison(root: string) {
  const read = (s: { path: string; name: string }) => ({ ...s, text: readFileSync(path.join(root, s.path), 'utf8') });
  return compare(read(SEED_FILES.a), read(SEED_FILES.b));
}

export function seedsReport(root: string): string {
  return renderMarkdown(seedsComparison(root));
}

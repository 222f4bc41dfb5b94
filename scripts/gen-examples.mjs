#!/usr/bin/env node
// Regenerates docs/examples/seeds-report.md from the seed reports with the built library
// (run `npm run build` first). test/examples.test.ts renders the same report through the
// same function and compares it with the committed file.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedsReport } from '../dist/test/support/seeds-report.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'docs', 'examples', 'seeds-report.md');
const text = seedsReport(root);
let before = '';
try {
  before = readFileSync(out, 'utf8');
} catch {
  /* first run */
}
writeFileSync(out, text);
console.log(`${before === text ? 'unchanged' : 'wrote'} ${path.relative(root, out)}`);

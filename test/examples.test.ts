import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lint } from 'markdownlint/sync';
import { MARKDOWN_LINT_CONFIG } from '../src/render/markdown-lint-config.js';
import { seedsReport } from './support/seeds-report.js';

const root = process.cwd();

test('docs/examples/seeds-report.md is what the current engine renders (run `npm run examples` after changes)', () => {
  const committed = readFileSync(path.join(root, 'docs/examples/seeds-report.md'), 'utf8');
  assert.is(seedsReport(root), committed);
});

test('the committed seeds report passes markdownlint', () => {
  const content = readFileSync(path.join(root, 'docs/examples/seeds-report.md'), 'utf8');
  const result = lint({ strings: { report: content }, config: MARKDOWN_LINT_CONFIG });
  assert.equal(result.report, []);
});

test.run();

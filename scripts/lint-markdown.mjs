#!/usr/bin/env node
// Lint Markdown files with the configuration the Markdown reports are held to
// (src/render/markdown-lint-config.ts: default rules, MD013 off, MD033 allows
// <details>/<summary>). Needs a build (dist/). Usage: node scripts/lint-markdown.mjs FILE...
// Prints one line per problem; exit code 1 when there is any, 2 on bad usage.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { lint } from 'markdownlint/sync';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { MARKDOWN_LINT_CONFIG } = await import(
  path.join(root, 'dist', 'src', 'render', 'markdown-lint-config.js')
);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/lint-markdown.mjs FILE...');
  process.exit(2);
}
const results = lint({ files, config: MARKDOWN_LINT_CONFIG });
let problems = 0;
for (const file of files) {
  for (const e of results[file] ?? []) {
    problems += 1;
    const detail = e.errorDetail ? ` [${e.errorDetail}]` : '';
    console.log(`${file}:${e.lineNumber} ${e.ruleNames.join('/')} ${e.ruleDescription}${detail}`);
  }
}
console.log(`${problems} problem${problems === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`);
process.exit(problems > 0 ? 1 : 0);

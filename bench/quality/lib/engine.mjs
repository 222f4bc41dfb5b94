// Loads the compiled engine from dist/ (run `npx tsc -p tsconfig.json` first).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export async function loadEngine(root) {
  const dist = (p) => path.join(root, 'dist', 'src', p);
  if (!fs.existsSync(dist('index.js'))) {
    throw new Error(`no build at ${dist('index.js')}: run \`npx tsc -p tsconfig.json\` first`);
  }
  const index = await import(pathToFileURL(dist('index.js')).href);
  const markdown = await import(pathToFileURL(dist('render/markdown.js')).href);
  return { compare: index.compare, comparePair: index.comparePair, renderMarkdown: markdown.renderMarkdown };
}

/** Run comparePair over rows ({ a, b }), keeping the verdict on each row as `v`. */
export function scoreRows(engine, rows, options = {}) {
  return rows.map((r) => ({ ...r, v: engine.comparePair(r.a, r.b, options) }));
}

export const alignMean = (s) => (s.alignAB + s.alignBA) / 2;
export const hasMaterial = (v) => v.differences.some((d) => d.material);

#!/usr/bin/env node
// Bundle the command line into one ES module, dist/cli/sourcediff.mjs (the package's bin).
// One file instead of ~150 resolves, reads and compiles cuts process start-up; the library
// (dist/src) stays unbundled. The terminal UI (Ink, React) and the batch command are loaded
// only when used, so they stay separate files beside the bundle, and so do the worker
// scripts, which are found relative to the bundle (dist/cli/*-worker.js).
// Run after tsc: node scripts/bundle-cli.mjs
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'dist', 'cli', 'main.js');
export const BUNDLE = path.join(root, 'dist', 'cli', 'sourcediff.mjs');

if (!existsSync(entry)) {
  console.error('bundle-cli: dist/cli/main.js is missing; run tsc first');
  process.exit(2);
}

/**
 * wink's lemmatiser tables of irregular forms (wn-*-exceptions.js, 5,600 words) are written as
 * 220 KB of object-literal code, which costs about 15 ms to evaluate at every start. In the
 * bundle each becomes the same object parsed from a JSON string (V8 parses JSON several times
 * faster than it runs the equivalent code), with the same null prototype. The build checks that
 * the table is plain word-to-word data, so the JSON form holds all of it.
 */
const lemmaExceptionsAsJson = {
  name: 'lemma-exceptions-as-json',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]wn-[a-z]+-exceptions\.js$/ }, (args) => {
      const table = createRequire(import.meta.url)(args.path);
      const plain =
        Object.getPrototypeOf(table) === null &&
        Object.keys(table).length > 0 &&
        Object.values(table).every((v) => typeof v === 'string');
      if (!plain) throw new Error(`bundle-cli: ${args.path} is no longer a plain word table; drop the lemma-exceptions plugin`);
      const json = JSON.stringify(table);
      return { contents: `module.exports = Object.setPrototypeOf(JSON.parse(${JSON.stringify(json)}), null);`, loader: 'js' };
    });
  },
};

/**
 * yargs and its help-layout packages (cliui, wrap-ansi) import string-width, whose module body
 * builds Unicode property regular expressions and an Intl.Segmenter: about 15 ms of every
 * start, though widths are only measured to lay out --help. Each `string-width` import gets a
 * stand-in with the same default export that loads the real module (bundled, evaluated on
 * first require) the first time a width is measured.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve('string-width', { resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `export default function stringWidth(text, options) { return require(${JSON.stringify(args.path)}).default(text, options); }`,
      loader: 'js',
      resolveDir: path.dirname(args.path),
    }));
  },
};

await build({
  entryPoints: [entry],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  plugins: [lemmaExceptionsAsJson, lazyStringWidth],
  // Loaded on demand with import(): keep them out of the start-up path.
  // The HTML article extractor (linkedom, Readability) loads only when a page is given.
  external: ['./tui/run.js', './batch-command.js', '../src/ingest/html.js', 'ink', 'react', 'react-devtools-core', 'piscina'],
  // CommonJS dependencies (wink-nlp, the model) call require(); give the bundle one.
  // V8 compiles a regular expression to machine code on its second run. chrono-node's
  // time-unit patterns are huge alternations, and compiling them cost about 100 ms the first
  // time a sentence said "last week"; a short run is better served by V8's regexp
  // interpreter, and a pattern run 100 times is still compiled. Same matches either way.
  banner: {
    js: [
      "import { createRequire as sourcediffRequire } from 'node:module';",
      "import { setFlagsFromString as sourcediffV8Flags } from 'node:v8';",
      "sourcediffV8Flags('--regexp-tier-up-ticks=100');",
      'const require = sourcediffRequire(import.meta.url);',
    ].join('\n'),
  },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
console.log(`bundled ${path.relative(root, BUNDLE)}`);

/** `sourcediff <a> <b>`: read, compare, render, write. */
import path from 'node:path';
import { InputError } from '../src/errors.js';
import type { Comparison } from '../src/model/result.js';
import { ENGLISH_MIN_SHARE, knownWordShare } from '../src/ingest/language.js';
import { compare } from '../src/pipeline/compare.js';
import { loadResources } from '../src/pipeline/resources.js';
import { getVectors } from '../src/score/vectors.js';
import { renderJson } from '../src/render/json.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { writeOutputFile, writeStdout } from './output.js';
import { readReport } from './read-input.js';
import { compareWithSpinner } from './spinner.js';

export interface CompareArgs {
  a: string;
  b: string;
  format?: 'tui' | 'md' | 'json';
  output?: string;
  'name-a'?: string;
  'name-b'?: string;
  'diff-style': 'plain' | 'critic';
  threshold?: number;
}

/** Reports longer than this together take seconds: a spinner shows the command is working. */
const LONG_INPUT_CHARS = 200_000;

/** Where the `m` key of the terminal UI writes the Markdown report: beside report A. */
export function reportPathFor(a: string, b: string): string {
  const stem = (p: string) => (p === '-' ? 'stdin' : path.basename(p).replace(/\.[^.]+$/, ''));
  const dir = a === '-' ? process.cwd() : path.dirname(path.resolve(a));
  return path.join(dir, `${stem(a)}--vs--${stem(b)}.sourcediff.md`);
}

/**
 * The format without --format: the terminal UI only where it can run, output and keys both
 * on a terminal (a report piped into stdin leaves no keyboard); the Markdown report otherwise.
 */
export function defaultFormat(env: { stdoutTTY: boolean; stdinTTY: boolean; output?: string }): 'tui' | 'md' {
  return env.stdoutTTY && env.stdinTTY && !env.output ? 'tui' : 'md';
}

/** One line on stderr when a report does not look like English; the comparison still runs. */
function warnIfNotEnglish(side: string, report: { text: string; name: string }): void {
  const store = getVectors();
  const share = knownWordShare(report.text, (w) => store.has(w));
  if (share >= ENGLISH_MIN_SHARE) return;
  process.stderr.write(
    `sourcediff: warning: report ${side} (${report.name}) may not be English: only ${Math.round(share * 100)}% of its words ` +
      `are in the English word list (English news: ${Math.round(ENGLISH_MIN_SHARE * 100)}% or more); sourcediff reads English only, so its results may be poor\n`,
  );
}

/** The report files read (not standard input): an output must never replace one. */
function inputsOf(args: CompareArgs): string[] {
  return [args.a, args.b].filter((f) => f !== '-');
}

export async function runCompare(args: CompareArgs): Promise<void> {
  if (args.a === '-' && args.b === '-') throw new InputError('only one report can come from standard input');
  if (args.output === '') throw new InputError('-o needs a file name');
  if (args.output === '-') throw new InputError('-o -: the report goes to standard output without -o; leave -o out');
  if (args.threshold !== undefined && !(args.threshold >= 0 && args.threshold <= 1)) {
    throw new InputError(`--threshold must be a number between 0 and 1 (got ${String(args.threshold)})`);
  }
  const format =
    args.format ?? defaultFormat({ stdoutTTY: Boolean(process.stdout.isTTY), stdinTTY: Boolean(process.stdin.isTTY), output: args.output });
  if (format === 'tui' && (args.output || !process.stdout.isTTY || !process.stdin.isTTY)) {
    throw new InputError(
      args.output
        ? '--format tui cannot write to a file; use --format md or --format json with -o'
        : '--format tui needs an interactive terminal; use --format md or --format json',
    );
  }
  // Data files load in the background while the model is built. Awaited after the reports are
  // read, so it must not count as unhandled meanwhile if a report fails to read.
  const resources = loadResources();
  resources.catch(() => undefined);
  const a = await readReport(args.a, args['name-a']);
  const b = await readReport(args.b, args['name-b']);
  await resources;
  for (const [side, r] of [['A', a], ['B', b]] as const) warnIfNotEnglish(side, r);
  const options = args.threshold !== undefined ? { linkThreshold: args.threshold } : {};
  // A spinner on a terminal for the UI, and for any comparison long enough to look hung.
  const long = a.text.length + b.text.length > LONG_INPUT_CHARS;
  const comparison: Comparison =
    (format === 'tui' || long) && process.stderr.isTTY
      ? await compareWithSpinner(a, b, options, `comparing ${a.name} with ${b.name}`)
      : compare(a, b, options);
  if (format === 'tui') {
    // Ink draws only the last frame when it believes it runs in CI; an interactive
    // terminal (checked above) is not a CI log, so a CI variable left in a user's shell
    // must not blank the UI.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    const { runTui } = await import('./tui/run.js');
    const target = reportPathFor(args.a, args.b);
    await runTui(comparison, {
      onWriteMarkdown: () => {
        writeOutputFile(target, renderMarkdown(comparison, { diffStyle: args['diff-style'] }), inputsOf(args));
        return target;
      },
    });
    return;
  }
  const text = format === 'json' ? renderJson(comparison) : renderMarkdown(comparison, { diffStyle: args['diff-style'] });
  if (args.output) writeOutputFile(args.output, text, inputsOf(args));
  else await writeStdout(text);
}

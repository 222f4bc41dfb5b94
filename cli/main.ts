#!/usr/bin/env node
/**
 * The sourcediff command. `sourcediff <a> <b>` compares two reports; the result is shown
 * in the terminal UI when stdout is a terminal, printed as Markdown otherwise, or written
 * as JSON/Markdown with --format and -o. `sourcediff batch` runs many pairs.
 * Every user error is one line on stderr and exit code 2; nothing partial is written.
 * Exit codes: cli/exit-codes.ts.
 */
import yargs, { type Argv } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { InputError } from '../src/errors.js';
import { TOOL } from '../src/version.js';
import type { BatchArgs } from './batch-command.js';
import type { CompareArgs } from './compare-command.js';
import { BATCH_EXIT_CODES_HELP, EXIT_CODES_HELP, EXIT_INCOMPLETE, EXIT_INTERNAL, EXIT_USAGE } from './exit-codes.js';
import { reportNameOption, single, STDIN_ARG, strictNumber } from './option-values.js';

let batchRan = false;

/**
 * The options of a single comparison. They belong to the default command only, so
 * `sourcediff batch --help` does not list them. Every option takes one value: a repeated
 * one is refused (see option-values.ts), not silently read as its last value.
 */
function compareOptions<T>(y: Argv<T>) {
  return y
    .option('format', {
      alias: 'f',
      choices: ['tui', 'md', 'json'] as const,
      coerce: single('--format'),
      describe: 'output: interactive terminal UI, Markdown report or JSON (default: tui on a terminal, md otherwise)',
    })
    .option('output', { alias: 'o', type: 'string', coerce: single('-o'), describe: 'write the report to this file instead of stdout' })
    .option('name-a', { type: 'string', coerce: reportNameOption('--name-a', 'A'), describe: 'display name of report A (default: file name)' })
    .option('name-b', { type: 'string', coerce: reportNameOption('--name-b', 'B'), describe: 'display name of report B (default: file name)' })
    .option('diff-style', { choices: ['plain', 'critic'] as const, coerce: single('--diff-style'), describe: 'Markdown word-diff marks (default: plain)' })
    .option('threshold', { type: 'string', coerce: strictNumber('--threshold'), describe: 'minimum similarity (0-1) for a link' });
}

/** The options of a single comparison that batch refuses (it would ignore them). */
const COMPARE_ONLY = ['format', 'name-a', 'name-b', 'diff-style', 'threshold'] as const;

/**
 * batch parses the single-comparison options, hidden from its help, only to refuse them
 * with a line that says why (strict mode would just call them unknown).
 */
function refuseCompareOptions<T>(y: Argv<T>) {
  return y
    .option('format', { alias: 'f', hidden: true })
    .option('name-a', { hidden: true })
    .option('name-b', { hidden: true })
    .option('diff-style', { hidden: true })
    .option('threshold', { hidden: true });
}

function fail(message: string): never {
  const line = message.replaceAll(STDIN_ARG, '-').replace(/\s*\n\s*/g, ' ').trim();
  process.stderr.write(`sourcediff: ${line}\n`);
  process.exit(EXIT_USAGE);
}

async function main(argv: string[]): Promise<void> {
  const parser = yargs(argv)
    .scriptName('sourcediff')
    .usage('$0 <a> <b> [options]\n\nCompare two news reports of the same event: corroborating, divergent and unique claims.')
    .command(
      'batch <manifest>',
      'compare many pairs: each line of MANIFEST.jsonl is {"a": path, "b": path, "nameA"?, "nameB"?, "id"?}',
      (y) =>
        refuseCompareOptions(
          y
            .positional('manifest', { type: 'string', describe: 'JSON Lines manifest of pairs (paths relative to its folder)' })
            .option('output', {
              alias: 'o',
              type: 'string',
              coerce: single('-o'),
              describe: 'JSON Lines results file, one line per pair: created, or resumed (pairs already done are skipped, new lines appended)',
            })
            .option('workers', { type: 'string', coerce: strictNumber('--workers'), describe: 'worker threads (default: CPU cores, at most 8)' })
            .demandOption('output'),
        )
          .example('$0 batch pairs.jsonl -o results.jsonl --workers 2', 'compare every pair of pairs.jsonl')
          // A command's help does not show the main epilog: it lists its own exit codes.
          .epilog(BATCH_EXIT_CODES_HELP),
      async (args) => {
        // Each pair's result model is written as JSON, with the default options and the
        // manifest's names: the options of a single comparison would be silently ignored.
        const ignored = COMPARE_ONLY.filter((k) => (args as Record<string, unknown>)[k] !== undefined);
        if (ignored.length > 0) fail(`batch does not take ${ignored.map((k) => `--${k}`).join(', ')}: each pair's result is written as JSON with default options (names come from the manifest)`);
        if (args.manifest === STDIN_ARG) args.manifest = '-';
        const { runBatch } = await import('./batch-command.js');
        const { failed } = await runBatch(args as unknown as BatchArgs);
        // Set, not exited with: stderr's last lines must still reach a pipe.
        if (failed > 0) process.exitCode = EXIT_INCOMPLETE;
        batchRan = true;
      },
    )
    .command('$0 <a> <b>', 'compare report A with report B (a path, or - for standard input)', (y) =>
      compareOptions(
        y
          .positional('a', { type: 'string', describe: 'report A (text or Markdown file, or - for stdin)' })
          .positional('b', { type: 'string', describe: 'report B' }),
      ),
    )
    .example('$0 seeds/cnn-2023-01-china-russia.txt seeds/bloomberg-2023-01-24-china-russia.txt', 'browse the comparison')
    .example('$0 a.txt b.txt --format json -o result.json', 'write the result model as JSON')
    .epilog(EXIT_CODES_HELP)
    .strict()
    .version(TOOL.version)
    .alias('h', 'help')
    .alias('v', 'version')
    .wrap(Math.min(100, process.stdout.columns || 80))
    .fail((msg, err) => {
      fail(msg || err?.message || 'invalid arguments');
    });
  const args = (await parser.parseAsync()) as unknown as CompareArgs;
  if (batchRan) return;
  if (args.a === STDIN_ARG) args.a = '-';
  if (args.b === STDIN_ARG) args.b = '-';
  if (args.a === undefined || args.b === undefined) fail('two reports are needed: sourcediff <a> <b>');
  // Loaded here, not at start-up: `batch` runs the engine in its workers only, so its main
  // thread never evaluates the engine and the language model.
  const { runCompare } = await import('./compare-command.js');
  await runCompare(args);
}

main(hideBin(process.argv).map((x) => (x === '-' ? STDIN_ARG : x))).catch((e: unknown) => {
  if (e instanceof InputError) fail(e.message);
  const err = e as Error;
  process.stderr.write(`sourcediff: internal error: ${err?.message ?? String(e)}\n`);
  if (process.env.SOURCEDIFF_DEBUG) process.stderr.write(`${err?.stack ?? ''}\n`);
  process.exit(EXIT_INTERNAL);
});

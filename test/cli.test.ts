import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultFormat } from '../cli/compare-command.js';

const root = process.cwd();
const bin = path.join(root, 'dist', 'cli', 'sourcediff.mjs');
const A = path.join(root, 'seeds', 'cnn-2023-01-china-russia.txt');
const B = path.join(root, 'seeds', 'bloomberg-2023-01-24-china-russia.txt');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'sourcediff-cli-'));

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: tmp, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function assertUsageError(args: string[], pattern: RegExp, input?: string) {
  const out = path.join(tmp, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = run([...args, '-o', out], input);
  assert.is(r.code, 2, `exit code for ${args.join(' ')}: ${r.err}`);
  const lines = r.err.trim().split('\n');
  assert.is(lines.length, 1, `one line expected, got: ${r.err}`);
  assert.match(lines[0], pattern);
  assert.not.match(r.err, /\bat .*\.js:\d+/, 'no stack trace');
  assert.not.ok(existsSync(out), 'no output file on error');
}

test('--format json -o writes the result model', () => {
  const out = path.join(tmp, 'r.json');
  const r = run([A, B, '--format', 'json', '-o', out]);
  assert.is(r.code, 0, r.err);
  const json = JSON.parse(readFileSync(out, 'utf8'));
  assert.is(json.format, 'sourcediff');
  assert.is(json.sources.length, 2);
  assert.ok(json.links.length > 0);
});

test('--format md on stdout prints the Markdown report; same bytes twice', () => {
  const r1 = run([A, B, '--format', 'md']);
  const r2 = run([A, B, '--format', 'md']);
  assert.is(r1.code, 0, r1.err);
  assert.match(r1.out, /^# /);
  assert.match(r1.out, /## Divergences/);
  assert.is(r1.out, r2.out);
});

test('without --format, a non-terminal stdout gets Markdown', () => {
  const r = run([A, B]);
  assert.is(r.code, 0, r.err);
  assert.match(r.out, /## Corroborations/);
});

test('without --format: the terminal UI only with both output and keys on a terminal', () => {
  assert.is(defaultFormat({ stdoutTTY: true, stdinTTY: true }), 'tui');
  assert.is(defaultFormat({ stdoutTTY: true, stdinTTY: false }), 'md', 'a report piped into stdin');
  assert.is(defaultFormat({ stdoutTTY: false, stdinTTY: true }), 'md');
  assert.is(defaultFormat({ stdoutTTY: true, stdinTTY: true, output: 'r.md' }), 'md');
});

test('a report that does not look like English gets a warning line; the comparison still runs', () => {
  const zh = path.join(tmp, 'zh.txt');
  writeFileSync(zh, '北京周二发生大火。消防员迅速赶到现场。十二人受伤。\n');
  const out = path.join(tmp, 'zh.json');
  const r = run([zh, B, '--format', 'json', '-o', out]);
  assert.is(r.code, 0, r.err);
  assert.match(r.err, /^sourcediff: warning: report A \(zh\.txt\) may not be English: only 0% of its words are in the English word list \(English news: 75% or more\)/);
  assert.is(r.err.trim().split('\n').length, 1);
  assert.ok(existsSync(out));
  assert.is(run([A, B, '--format', 'json', '-o', path.join(tmp, 'en.json')]).err, '', 'no warning for English');
});

test('a report can come from stdin', () => {
  const r = run([A, '-', '--format', 'json', '--name-b', 'Wire'], readFileSync(B, 'utf8'));
  assert.is(r.code, 0, r.err);
  assert.is(JSON.parse(r.out).sources[1].name, 'Wire');
  // A name that is a dash is a name, not the standard-input marker.
  const dash = run([A, B, '--format', 'json', '--name-a', '-']);
  assert.is(dash.code, 0, dash.err);
  assert.is(JSON.parse(dash.out).sources[0].name, '-');
});

test('a byte-order mark is part of the text: offsets slice the file as read', () => {
  const file = path.join(tmp, 'bom.txt');
  writeFileSync(file, '\uFEFFThe council approved 12 new homes. The mayor welcomed the plan.\n');
  const out = path.join(tmp, 'bom.json');
  const r = run([file, B, '--format', 'json', '-o', out]);
  assert.is(r.code, 0, r.err);
  const text = readFileSync(file, 'utf8');
  const source = JSON.parse(readFileSync(out, 'utf8')).sources[0];
  assert.is(source.length, text.length);
  for (const s of source.sentences) assert.is(text.slice(s.start, s.end), s.text);
  assert.is(source.sentences[0].text, 'The council approved 12 new homes.');
});

test('bad input: one clear line, exit 2, no output file', () => {
  const empty = path.join(tmp, 'empty.txt');
  writeFileSync(empty, '');
  const blank = path.join(tmp, 'blank.txt');
  writeFileSync(blank, '  \n\n ');
  const binary = path.join(tmp, 'binary.bin');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
  const latin1 = path.join(tmp, 'latin1.txt');
  writeFileSync(latin1, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9, 0x2e]));
  const dir = path.join(tmp, 'adir');
  mkdirSync(dir, { recursive: true });
  assertUsageError([path.join(tmp, 'missing.txt'), B, '--format', 'json'], /missing\.txt: no such file/);
  assertUsageError([dir, B, '--format', 'json'], /is a directory/);
  assertUsageError([empty, B, '--format', 'json'], /empty/);
  assertUsageError([blank, B, '--format', 'json'], /empty/);
  assertUsageError([binary, B, '--format', 'json'], /binary/);
  assertUsageError([latin1, B, '--format', 'json'], /not valid UTF-8/);
  const huge = path.join(tmp, 'huge.txt');
  writeFileSync(huge, '');
  truncateSync(huge, 65 * 1024 * 1024); // sparse: the size check must refuse it before reading
  assertUsageError([huge, B, '--format', 'json'], /too large/);
  const large = path.join(tmp, 'large.txt');
  writeFileSync(large, 'The council met. '.repeat(260_000)); // 4.4 MB: past the limit, within memory
  assertUsageError([large, B, '--format', 'json'], /large\.txt: too large \(4\.2 MB; the limit is 4 MB\)/);
  assertUsageError([A, '-', '--format', 'json'], /^sourcediff: standard input: too large \(4\.2 MB; the limit is 4 MB\)$/, readFileSync(large, 'utf8'));
  assertUsageError([path.join(tmp, 'missing.txt'), B, '--format', 'md'], /no such file/);
  assertUsageError([A, binary, '--format', 'md'], /binary/);
  assertUsageError([A, empty, '--format', 'md'], /empty/);
});

test('malformed options: one clear line, exit 2, no output file', () => {
  assertUsageError([A, B, '--format', 'pdf'], /format/);
  assertUsageError([A, B, '--bogus'], /Unknown argument/i);
  assertUsageError([A, B, '--threshold', '7', '--format', 'json'], /threshold/);
  assertUsageError([A, B, '--threshold', '', '--format', 'json'], /--threshold must be a number/);
  assertUsageError([A, B, '--threshold', '0x1', '--format', 'json'], /--threshold must be a number/);

  assertUsageError([A, '--format', 'json'], /Not enough|two reports/i);
  assertUsageError([A, B, '--format', 'tui'], /tui/);
});

test('an empty or blank report name is refused, not turned into "A" or "B"', () => {
  assertUsageError([A, B, '--format', 'json', '--name-a', ''], /^sourcediff: --name-a must not be empty: it names report A in the result \(leave it out to use the file name\)$/);
  assertUsageError([A, B, '--format', 'json', '--name-b', '  '], /^sourcediff: --name-b must not be empty: it names report B/);
  assertUsageError([A, B, '--format', 'json', '--name-a=\t'], /--name-a must not be empty/);
  assertUsageError([A, '-', '--format', 'json', '--name-b', ''], /--name-b must not be empty/, readFileSync(B, 'utf8'));
  assertUsageError([A, B, '--format', 'json', '--name-a'], /--name-a must not be empty/);
});

test('an option given twice is refused, not read as its last value', () => {
  assertUsageError([A, B, '--threshold', '0.3', '--threshold', '0.4', '--format', 'json'], /^sourcediff: --threshold was given 2 times \("0\.3", "0\.4"\); give it once$/);
  assertUsageError([A, B, '--format', 'json', '--format', 'md'], /^sourcediff: --format was given 2 times \("json", "md"\); give it once$/);
  assertUsageError([A, B, '-f', 'json', '--format', 'json'], /--format was given 2 times/);
  assertUsageError([A, B, '--format', 'md', '--diff-style', 'plain', '--diff-style', 'critic'], /--diff-style was given 2 times/);
  assertUsageError([A, B, '--format', 'json', '--name-a', 'CNN', '--name-a', 'Reuters'], /--name-a was given 2 times \("CNN", "Reuters"\)/);
  assertUsageError([A, B, '--format', 'json', '--name-b', 'CNN', '--name-b', 'Reuters'], /--name-b was given 2 times/);
  // -o twice (assertUsageError adds a third): neither file is written.
  const first = path.join(tmp, 'twice-1.json');
  const second = path.join(tmp, 'twice-2.json');
  const r = run([A, B, '--format', 'json', '-o', first, '--output', second]);
  assert.is(r.code, 2, r.err);
  assert.is(r.err, `sourcediff: -o was given 2 times (${JSON.stringify(first)}, ${JSON.stringify(second)}); give it once\n`);
  assert.not.ok(existsSync(first) || existsSync(second), 'no output file');
});

test('an output path in a missing directory is an error, not a crash', () => {
  const r = run([A, B, '--format', 'json', '-o', path.join(tmp, 'nope', 'r.json')]);
  assert.is(r.code, 2);
  assert.match(r.err, /does not exist/);
});

test('-o never replaces a report being read, a device or a FIFO; it writes through a symbolic link and keeps permissions', () => {
  const a = path.join(tmp, 'a-copy.txt');
  writeFileSync(a, readFileSync(A));
  const before = readFileSync(a, 'utf8');
  let r = run([a, B, '--format', 'json', '-o', a]);
  assert.is(r.code, 2, r.err);
  assert.match(r.err, /is report .* itself/);
  assert.is(readFileSync(a, 'utf8'), before, 'the report is untouched');
  // The same file through a hard link.
  const hard = path.join(tmp, 'a-hard.txt');
  linkSync(a, hard);
  r = run([a, B, '--format', 'json', '-o', hard]);
  assert.is(r.code, 2, r.err);
  assert.is(readFileSync(a, 'utf8'), before);
  r = run([A, B, '--format', 'json', '-o', '/dev/null']);
  assert.is(r.code, 2, r.err);
  assert.match(r.err, /not a regular file/);
  assert.ok(statSync('/dev/null').isCharacterDevice(), '/dev/null is still a device');
  const target = path.join(tmp, 'kept-mode.json');
  writeFileSync(target, '{}');
  chmodSync(target, 0o640);
  const link = path.join(tmp, 'via-link.json');
  symlinkSync(target, link);
  r = run([A, B, '--format', 'json', '-o', link]);
  assert.is(r.code, 0, r.err);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link stays a link');
  assert.is(JSON.parse(readFileSync(target, 'utf8')).format, 'sourcediff');
  assert.is(statSync(target).mode & 0o777, 0o640);
  r = run([A, B, '--format', 'json', '-o', '']);
  assert.is(r.code, 2);
  assert.match(r.err, /-o needs a file name/);
  // "-" is standard output, not a file name: refused, and no file called "-" appears.
  r = run([A, B, '--format', 'json', '-o', '-']);
  assert.is(r.code, 2, r.err);
  assert.is(r.err, 'sourcediff: -o -: the report goes to standard output without -o; leave -o out\n');
  assert.not.ok(existsSync(path.join(tmp, '-')));
});

test('standard output that cannot be written (closed pipe) ends with one line, not a stack trace', () => {
  const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" "${A}" "${B}" --format json | head -c 1 > /dev/null; exit 0`], { encoding: 'utf8' });
  assert.not.match(r.stderr, /Unhandled 'error' event|\bat .*:\d+:\d+/);
});

test('--version and --help', () => {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.is(run(['--version']).out.trim(), pkg.version);
  const h = run(['--help']);
  assert.is(h.code, 0);
  assert.match(h.out, /--format/);
  assert.match(h.out.replace(/\s+/g, ' '), /Exit codes: 0 done \(batch: every pair has a result\), 1 internal error, 2 bad command line or input \(nothing written\), 3 batch finished with failed pairs\./);
});

test.run();

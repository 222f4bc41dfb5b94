/** `sourcediff batch` end to end, through the compiled CLI in a child process. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cli', 'sourcediff.mjs');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REPORT_1 = 'The council approved the budget on Monday. It will spend 40 million dollars on roads.\n';
const REPORT_2 = 'On Monday the city council passed its budget. Roads will get 45 million dollars.\n';
const REPORT_3 = 'Flooding closed the bridge for two days. Engineers said it was safe to reopen.\n';
const REPORT_4 = 'Engineers reopened the bridge after floods shut it for two days.\n';

/** A temp dir with four reports (in a sub-folder), a bad file or two, and a manifest. */
function fixture(): { dir: string; manifest: string; out: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in', 'r1.txt'), REPORT_1);
  writeFileSync(path.join(dir, 'in', 'r2.txt'), REPORT_2);
  writeFileSync(path.join(dir, 'in', 'r3.txt'), REPORT_3);
  writeFileSync(path.join(dir, 'in', 'r4.txt'), REPORT_4);
  const lines = [
    JSON.stringify({ a: 'in/r1.txt', b: 'in/r2.txt', nameA: 'Gazette', id: 'budget' }),
    JSON.stringify({ a: 'in/r3.txt', b: 'in/missing.txt' }),
    '{"a": "in/r1.txt", "b": ',
    JSON.stringify({ a: 'in/r3.txt', b: 'in/r4.txt' }),
  ];
  const manifest = path.join(dir, 'pairs.jsonl');
  writeFileSync(manifest, `${lines.join('\n')}\n`);
  return { dir, manifest, out: path.join(dir, 'results.jsonl') };
}

function outputLines(file: string): Array<Record<string, any>> {
  const text = readFileSync(file, 'utf8');
  assert.ok(text.endsWith('\n'), 'output ends with a complete line');
  return text.trimEnd().split('\n').map((l) => JSON.parse(l));
}

test('one output line per manifest line, in manifest order, errors isolated', () => {
  const { dir, manifest, out } = fixture();
  try {
    const r = run(['batch', manifest, '-o', out, '--workers', '2'], dir);
    assert.is(r.status, 3, `two pairs failed: incomplete. ${r.stderr}`);
    const lines = outputLines(out);
    assert.equal(
      lines.map((l) => l.id),
      ['budget', 'in/r3.txt :: in/missing.txt', 'line 3', 'in/r3.txt :: in/r4.txt'],
    );
    const [budget, missing, malformed, bridge] = lines;
    assert.is(budget.result.format, 'sourcediff');
    assert.is(budget.result.sources[0].name, 'Gazette');
    assert.is(budget.result.sources[1].name, 'r2.txt');
    assert.is(budget.a, 'in/r1.txt');
    assert.is(budget.error, undefined);
    assert.ok(budget.result.links.length >= 1, 'the budget reports share a claim');
    assert.is(bridge.result.format, 'sourcediff');
    assert.is(missing.result, undefined);
    assert.match(missing.error, /in\/missing\.txt: no such file/);
    assert.not.match(missing.error, /\n/);
    assert.is(malformed.result, undefined);
    assert.match(malformed.error, /line 3/);
    assert.match(r.stderr, /^sourcediff batch: 4 pairs to compare\n/, 'stderr is not a terminal: plain lines');
    assert.not.match(r.stderr, /[\r\x1b]/, 'no carriage return or escape code in a log');
    assert.match(r.stderr, /4 pairs \(2 compared, 2 errors\)/);
    assert.match(r.stderr, /\nsourcediff batch: incomplete: 2 of 4 pairs failed \("in\/r3\.txt :: in\/missing\.txt", "line 3"\); see their error lines in .*results\.jsonl\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('empty, binary and invalid UTF-8 files are errors for their pair only', () => {
  const { dir, out } = fixture();
  try {
    writeFileSync(path.join(dir, 'in', 'empty.txt'), '');
    writeFileSync(path.join(dir, 'in', 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(dir, 'in', 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b, 0x2e]));
    const manifest = path.join(dir, 'bad.jsonl');
    const pairs = [
      { a: 'in/r1.txt', b: 'in/empty.txt' },
      { a: 'in/bin.txt', b: 'in/r2.txt' },
      { a: 'in/r1.txt', b: 'in/latin1.txt' },
      { a: 'in/r1.txt', b: 'in/r2.txt' },
    ];
    writeFileSync(manifest, pairs.map((p) => JSON.stringify(p)).join('\n'));
    const r = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(r.status, 3, r.stderr);
    assert.match(r.stderr, /incomplete: 3 of 4 pairs failed/);
    const lines = outputLines(out);
    assert.is(lines.length, 4);
    assert.match(lines[0].error, /empty/);
    assert.match(lines[1].error, /binary/);
    assert.match(lines[2].error, /UTF-8/);
    assert.is(lines[3].result.format, 'sourcediff');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rerun keeps result lines, retries error lines, and cuts a truncated last line', () => {
  const { dir, manifest, out } = fixture();
  const ids = () => outputLines(out).map((l) => `${l.id}${l.error ? ' (error)' : ''}`);
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    const results = outputLines(out).filter((l) => !l.error).map((l) => JSON.stringify(l));

    // Nothing fixed: the missing report's pair is tried again; the unreadable manifest
    // line fails the same way every time, so its error line stays. Result lines stay as written.
    const again = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(again.status, 3, again.stderr);
    assert.match(again.stderr, /incomplete: 2 of 4 pairs failed \("in\/r3\.txt :: in\/missing\.txt", "line 3"\)/, 'a kept error line still counts');
    assert.match(again.stderr, /1 pair\(s\) failed in an earlier run/);
    assert.match(again.stderr, /1 pairs \(0 compared, 1 errors, 3 already done\)/);
    assert.equal(ids(), ['budget', 'line 3 (error)', 'in/r3.txt :: in/r4.txt', 'in/r3.txt :: in/missing.txt (error)']);
    assert.equal(outputLines(out).filter((l) => !l.error).map((l) => JSON.stringify(l)), results);

    // The missing report is put in place: its pair now runs.
    writeFileSync(path.join(dir, 'in', 'missing.txt'), REPORT_2);
    const fixed = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(fixed.status, 3, 'the unreadable manifest line still has only an error line');
    assert.match(fixed.stderr, /incomplete: 1 of 4 pairs failed \("line 3"\)/);
    assert.equal(ids(), ['budget', 'line 3 (error)', 'in/r3.txt :: in/r4.txt', 'in/r3.txt :: in/missing.txt']);

    // Simulate a crash in the middle of writing the last line.
    const text = readFileSync(out, 'utf8');
    const lastStart = text.trimEnd().lastIndexOf('\n') + 1;
    truncateSync(out, lastStart + Math.floor((text.length - lastStart) / 2));
    const resumed = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(resumed.status, 3, resumed.stderr);
    assert.match(resumed.stderr, /partial last line/);
    assert.match(resumed.stderr, /1 pairs \(1 compared, 0 errors, 3 already done\)/);
    assert.equal(ids(), ['budget', 'line 3 (error)', 'in/r3.txt :: in/r4.txt', 'in/r3.txt :: in/missing.txt']);
    assert.is(readFileSync(out, 'utf8').slice(0, lastStart), text.slice(0, lastStart), 'complete lines kept as they were');
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a rerun skips an id only for the same inputs; an id whose paths or names changed is refused, output untouched', () => {
  const { dir, manifest, out } = fixture();
  const budget = { a: 'in/r1.txt', b: 'in/r2.txt', nameA: 'Gazette', id: 'budget' };
  const rewrite = (first: unknown) => {
    const lines = readFileSync(manifest, 'utf8').split('\n');
    lines[0] = typeof first === 'string' ? first : JSON.stringify(first);
    writeFileSync(manifest, lines.join('\n'));
  };
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    // The same inputs written differently (key order) are the same pair: skipped.
    rewrite({ id: 'budget', nameA: 'Gazette', b: 'in/r2.txt', a: 'in/r1.txt' });
    const same = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.match(same.stderr, /3 already done/, same.stderr);
    const before = readFileSync(out, 'utf8');
    const changes: Array<[unknown, RegExp]> = [
      [{ ...budget, b: 'in/r4.txt' }, /manifest line 1 now gives it other inputs \("b" was "in\/r2\.txt", now "in\/r4\.txt"; "nameB" was "r2\.txt", now "r4\.txt"\)/],
      [{ ...budget, nameA: 'Herald' }, /"nameA" was "Gazette", now "Herald"/],
      [{ ...budget, nameA: undefined }, /"nameA" was "Gazette", now "r1\.txt"/],
      [{ ...budget, nameB: 'Wire' }, /"nameB" was "r2\.txt", now "Wire"/],
      [{ ...budget, a: 'in/r2.txt', b: 'in/r1.txt', nameA: undefined }, /"a" was "in\/r1\.txt", now "in\/r2\.txt"; "b" was "in\/r2\.txt", now "in\/r1\.txt"; "nameA" was "Gazette", now "r2\.txt"; "nameB" was "r2\.txt", now "r1\.txt"\)/],
      [{ ...budget, nameA: 7 }, /manifest line 1 no longer gives a pair to compare \("nameA" must be a string\)/],
    ];
    for (const [line, pattern] of changes) {
      rewrite(line);
      const r = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
      assert.is(r.status, 2, r.stderr);
      assert.is(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^sourcediff: .*results\.jsonl: holds a result for id "budget", but /);
      assert.match(r.stderr, pattern);
      assert.match(r.stderr, /write to a new output file, or delete that id's line from .*results\.jsonl\n$/);
      assert.is(readFileSync(out, 'utf8'), before, 'the output is untouched (its error lines are not even retried)');
    }
    // Two ids changed: the first is named, the others counted.
    const lines = readFileSync(manifest, 'utf8').split('\n');
    lines[0] = JSON.stringify({ ...budget, nameB: 'Wire' });
    lines[3] = JSON.stringify({ a: 'in/r3.txt', b: 'in/r4.txt', nameA: 'Post', id: 'in/r3.txt :: in/r4.txt' });
    writeFileSync(manifest, lines.join('\n'));
    const two = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(two.status, 2);
    assert.match(two.stderr, /id "budget".*\(1 more id changed too\); /);
    // A new output file runs the manifest as it is now.
    const fresh = path.join(dir, 'fresh.jsonl');
    assert.is(run(['batch', manifest, '-o', fresh, '--workers', '1'], dir).status, 3);
    assert.is(outputLines(fresh)[0].result.sources[1].name, 'Wire');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a result line records the sha256 of each report; a rerun refuses an id whose report changed, output untouched', () => {
  const { dir, manifest, out } = fixture();
  const r2 = path.join(dir, 'in', 'r2.txt');
  const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    const [budget] = outputLines(out);
    assert.equal(budget.sha256, { a: sha256(path.join(dir, 'in', 'r1.txt')), b: sha256(r2) }, 'the bytes each report was read from');
    assert.equal(Object.keys(budget), ['id', 'a', 'b', 'sha256', 'result']);
    assert.is(outputLines(out)[1].sha256, undefined, 'an error line has none');
    const before = readFileSync(out, 'utf8');
    const was = sha256(r2);

    // The report is edited under the same path: its result is stale.
    writeFileSync(r2, REPORT_2.replace('45 million', '54 million'));
    const edited = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(edited.status, 2, edited.stderr);
    assert.is(edited.stderr.trimEnd().split('\n').length, 1, `one line: ${edited.stderr}`);
    assert.match(
      edited.stderr,
      new RegExp(`^sourcediff: .*results\\.jsonl: holds a result for id "budget", but in/r2\\.txt changed since \\(sha256 was ${was.slice(0, 12)}\\.\\.\\., now ${sha256(r2).slice(0, 12)}\\.\\.\\.\\); `),
    );
    assert.match(edited.stderr, /write to a new output file, or delete that id's line from .*results\.jsonl\n$/);
    assert.is(readFileSync(out, 'utf8'), before, 'the output is untouched');

    // A report that cannot be read any more cannot be checked either.
    rmSync(r2);
    const gone = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(gone.status, 2, gone.stderr);
    assert.match(gone.stderr, /holds a result for id "budget", but in\/r2\.txt cannot be read again \(no such file\); /);
    assert.is(readFileSync(out, 'utf8'), before);

    // The same bytes again: the result answers the pair, which is skipped.
    writeFileSync(r2, REPORT_2);
    const same = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(same.status, 3, same.stderr);
    assert.match(same.stderr, /3 already done/);
    // Deleting the stale line has the pair compared again, with the new bytes recorded.
    writeFileSync(r2, REPORT_2.replace('45 million', '54 million'));
    writeFileSync(out, readFileSync(out, 'utf8').split('\n').filter((l) => !l.startsWith('{"id":"budget",')).join('\n'));
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    assert.is(outputLines(out).find((l) => l.id === 'budget')!.sha256.b, sha256(r2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a report converted to CRLF or given a byte-order mark moves the offsets: refused, saying the change is only that', () => {
  const { dir, manifest, out } = fixture();
  const r2 = path.join(dir, 'in', 'r2.txt');
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    const before = readFileSync(out, 'utf8');
    const variants: Array<[string, RegExp]> = [
      [REPORT_2.replaceAll('\n', '\r\n'), /only its line endings \(LF then, CRLF now\), which moves the offsets/],
      [`\uFEFF${REPORT_2}`, /only its byte-order mark \(none then, one now\), which moves the offsets/],
      [`\uFEFF${REPORT_2.replaceAll('\n', '\r\n')}`, /only its line endings \(LF then, CRLF now\) and its byte-order mark \(none then, one now\), /],
    ];
    for (const [text, pattern] of variants) {
      writeFileSync(r2, text);
      const r = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
      assert.is(r.status, 2, r.stderr);
      assert.is(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^sourcediff: .*results\.jsonl: holds a result for id "budget", but in\/r2\.txt changed since: /);
      assert.match(r.stderr, pattern);
      assert.match(r.stderr, /; convert it back to resume\); to run the manifest as it is now, write to a new output file/);
      assert.is(readFileSync(out, 'utf8'), before, 'the output is untouched');
    }
    // Why it is refused: the result for the converted file gives other offsets, which index
    // the file as it is now.
    const fresh = path.join(dir, 'fresh.jsonl');
    assert.is(run(['batch', manifest, '-o', fresh, '--workers', '1'], dir).status, 3);
    const old = outputLines(out)[0].result.sources[1];
    const now = outputLines(fresh)[0].result.sources[1];
    assert.not.equal(now.sentences.map((x: any) => [x.start, x.end]), old.sentences.map((x: any) => [x.start, x.end]));
    const current = readFileSync(r2, 'utf8');
    for (const x of now.sentences) assert.is(current.slice(x.start, x.end), x.text);
    // An edit that is more than that is an ordinary change.
    writeFileSync(r2, REPORT_2.replace('45 million', '54 million').replaceAll('\n', '\r\n'));
    const edited = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(edited.status, 2, edited.stderr);
    assert.match(edited.stderr, /in\/r2\.txt changed since \(sha256 was [0-9a-f]{12}\.\.\., now [0-9a-f]{12}\.\.\.\); /);
    // Converted back, the pair is skipped.
    writeFileSync(r2, REPORT_2);
    const back = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(back.status, 3, back.stderr);
    assert.match(back.stderr, /3 already done/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('result lines without sha256 (an earlier sourcediff) cannot be resumed: refused, output untouched', () => {
  const { dir, manifest, out } = fixture();
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    const old = outputLines(out).map(({ sha256: _, ...line }) => `${JSON.stringify(line)}\n`).join('');
    writeFileSync(out, old);
    const r = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
    assert.is(r.status, 2, r.stderr);
    assert.is(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
    assert.match(
      r.stderr,
      /^sourcediff: .*results\.jsonl: the result line for id "budget" has no "sha256" of its reports \(an earlier sourcediff wrote it; 1 more line lacks it too\), so a rerun cannot tell whether they changed; write to a new output file, or delete those lines to have their pairs compared again\n$/,
    );
    assert.is(readFileSync(out, 'utf8'), old, 'the output is untouched');
    // A line of an id the manifest no longer has is not checked.
    writeFileSync(manifest, `${JSON.stringify({ a: 'in/r1.txt', b: 'in/r4.txt', id: 'new' })}\n`);
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an output with two result lines for one id (two files run together) is refused, untouched', () => {
  const { dir, manifest, out } = fixture();
  try {
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    const once = readFileSync(out, 'utf8');
    const [budget] = once.split('\n');
    assert.ok(budget.startsWith('{"id":"budget",'), 'the first line is the budget pair');
    const lineCount = once.trimEnd().split('\n').length;
    for (const doubled of [`${once}${once}`, `${once}${budget}\n`]) {
      writeFileSync(out, doubled);
      const r = run(['batch', manifest, '-o', out, '--workers', '1'], dir);
      assert.is(r.status, 2, r.stderr);
      assert.is(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(
        r.stderr,
        new RegExp(`^sourcediff: .*results\\.jsonl: holds 2 result lines for id "budget" \\(lines 1 and ${lineCount + 1}\\)`),
      );
      assert.match(r.stderr, /delete all but one of them, or write to a new output file\n$/);
      assert.is(readFileSync(out, 'utf8'), doubled, 'the output is untouched (its error lines are not even retried)');
    }
    // Both result lines of the whole file run twice are counted.
    writeFileSync(out, `${once}${once}`);
    assert.match(run(['batch', manifest, '-o', out, '--workers', '1'], dir).stderr, /cannot be told \(1 more id has several too\); /);
    assert.equal(readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a retry rewrites the file itself, through a symbolic link, keeping its permissions', () => {
  const { dir, manifest, out } = fixture();
  try {
    const real = path.join(dir, 'real.jsonl');
    assert.is(run(['batch', manifest, '-o', real, '--workers', '1'], dir).status, 3);
    chmodSync(real, 0o600);
    symlinkSync(real, out);
    assert.is(run(['batch', manifest, '-o', out, '--workers', '1'], dir).status, 3);
    assert.ok(lstatSync(out).isSymbolicLink(), 'the link is still a link');
    assert.is(statSync(real).mode & 0o777, 0o600);
    assert.is(readFileSync(real, 'utf8').trim().split('\n').length, 4, 'one line per manifest line, no stale error line');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batch --help lists the exit codes of a batch', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  try {
    const r = run(['batch', '--help'], dir);
    assert.is(r.status, 0, r.stderr);
    const help = r.stdout.replace(/\s+/g, ' ');
    assert.match(help, /sourcediff batch <manifest>/);
    assert.match(
      help,
      /Exit codes: 0 done: every pair of the manifest has a result line; 1 internal error; 2 bad command line or input, or an output that cannot be resumed \(nothing written or changed\); 3 ran to the end, but some pairs have an error line\./,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('batch --help lists only the options batch takes, described for batch; the main help keeps the comparison options', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  try {
    const r = run(['batch', '--help'], dir);
    assert.is(r.status, 0, r.stderr);
    const options = r.stdout.slice(r.stdout.indexOf('Options:'), r.stdout.indexOf('Examples:'));
    const listed = [...options.matchAll(/^\s+(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]);
    assert.equal(listed.sort(), ['--help', '--output', '--version', '--workers']);
    const help = r.stdout.replace(/\s+/g, ' ');
    for (const flag of ['--format', '--name-a', '--name-b', '--diff-style', '--threshold']) assert.not.ok(help.includes(flag), `batch --help lists ${flag}`);
    assert.not.match(help, /instead of stdout/);
    assert.match(help, /-o, --output JSON Lines results file, one line per pair: created, or resumed \(pairs already done are skipped, new lines appended\) \[string\] \[required\]/);
    // The comparison's options and their descriptions are still in the main help.
    const main = run(['--help'], dir);
    assert.is(main.status, 0, main.stderr);
    const top = main.stdout.replace(/\s+/g, ' ');
    assert.match(top, /-f, --format output: interactive terminal UI, Markdown report or JSON/);
    assert.match(top, /-o, --output write the report to this file instead of stdout \[string\]/);
    assert.not.match(top, /--workers/);
    for (const flag of ['--name-a', '--name-b', '--diff-style', '--threshold']) assert.ok(top.includes(flag), `main --help lacks ${flag}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('bad command-line input: one line, exit 2, no output file', () => {
  const { dir, manifest, out } = fixture();
  try {
    const cases: string[][] = [
      ['batch', path.join(dir, 'no-such.jsonl'), '-o', out],
      ['batch', manifest, '-o', out, '--workers', '0'],
      ['batch', manifest, '-o', out, '--workers', 'two'],
      ['batch', manifest, '-o', out, '--workers', '1.5'],
      ['batch', manifest, '-o', out, '--workers', ''],
      ['batch', manifest, '-o', out, '--workers', '1', '--workers', '2'],
      ['batch', manifest, '-o', out, '-o', path.join(dir, 'other.jsonl')],
      ['batch', manifest, '-o', '-'],
      ['batch', '-', '-o', out],
      ['batch', manifest, '-o', path.join(dir, 'no-dir', 'out.jsonl')],
      ['batch', path.join(dir, 'in'), '-o', out],
      // Options of a single comparison would be ignored: refused instead.
      ['batch', manifest, '-o', out, '--threshold', '0.5'],
      ['batch', manifest, '-o', out, '--name-a', 'Foo'],
      ['batch', manifest, '-o', out, '--format', 'md'],
      ['batch', manifest, '-o', out, '-f', 'json'],
      ['batch', manifest, '-o', out, '--name-b', 'Foo', '--diff-style', 'critic'],
    ];
    for (const args of cases) {
      const r = run(args, dir);
      assert.is(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.is(r.stderr.trimEnd().split('\n').length, 1, `one line: ${r.stderr}`);
      assert.match(r.stderr, /^sourcediff: /);
      assert.not.ok(existsSync(out), `${args.join(' ')} created the output`);
    }
    assert.match(run(['batch', manifest, '-o', out, '--workers', '1', '--workers', '2'], dir).stderr, /--workers was given 2 times \("1", "2"\); give it once/);
    assert.not.ok(existsSync(path.join(dir, 'other.jsonl')));
    assert.match(run(['batch', manifest, '-o', out, '-f', 'json'], dir).stderr, /^sourcediff: batch does not take --format: /);
    assert.match(run(['batch', manifest, '-o', out, '--name-b', 'Foo', '--diff-style', 'critic'], dir).stderr, /^sourcediff: batch does not take --name-b, --diff-style: /);
    assert.match(run(['batch', '-', '-o', out], dir).stderr, /^sourcediff: batch reads its manifest from a file, not standard input/);
    assert.match(run(['batch', manifest, '-o', '-'], dir).stderr, /^sourcediff: batch writes its results to a file, not standard output/);
    assert.not.ok(existsSync(path.join(dir, '-')));
    mkdirSync(path.join(dir, 'outdir'));
    const r = run(['batch', manifest, '-o', path.join(dir, 'outdir')], dir);
    assert.is(r.status, 2);
    assert.match(r.stderr, /is a directory/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an output that is not a results file, or is the manifest under another name, is refused untouched', () => {
  const { dir, manifest, out } = fixture();
  try {
    // A copy of the manifest given as the output: its lines have no result.
    copyFileSync(manifest, out);
    const before = readFileSync(out, 'utf8');
    let r = run(['batch', manifest, '-o', out], dir);
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stderr, /not a sourcediff results file/);
    assert.is(readFileSync(out, 'utf8'), before);
    // A hard link to the manifest is the manifest itself.
    const link = path.join(dir, 'link.jsonl');
    linkSync(manifest, link);
    r = run(['batch', manifest, '-o', link], dir);
    assert.is(r.status, 2, r.stderr);
    assert.match(r.stderr, /cannot be the manifest/);
    // A line with an id but no result does not count as done: its pair runs.
    rmSync(out);
    assert.is(run(['batch', manifest, '-o', out], dir).status, 3);
    const kept = outputLines(out).filter((l) => l.id !== 'budget');
    writeFileSync(out, [...kept, { id: 'budget', note: 'not a result' }].map((l) => `${JSON.stringify(l)}\n`).join(''));
    r = run(['batch', manifest, '-o', out], dir);
    assert.is(r.status, 3, r.stderr);
    const lines = outputLines(out);
    assert.ok(lines.some((l) => l.id === 'budget' && typeof l.result === 'object'), 'the pair ran');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the exit code says whether the batch is complete: 0 when every pair has a result, 3 when any failed', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  try {
    writeFileSync(path.join(dir, 'p.txt'), REPORT_1);
    writeFileSync(path.join(dir, 'q.txt'), REPORT_2);
    const pairs = (ps: Array<[string, string]>) => ps.map(([a, b]) => JSON.stringify({ a, b })).join('\n');
    writeFileSync(path.join(dir, 'none.jsonl'), pairs([['p.txt', 'gone-1.txt'], ['gone-2.txt', 'q.txt'], ['p.txt', 'gone-3.txt'], ['p.txt', 'gone-4.txt']]));
    const none = run(['batch', 'none.jsonl', '-o', 'none.out.jsonl', '--workers', '1'], dir);
    assert.is(none.status, 3, none.stderr);
    assert.match(none.stderr, /4 pairs \(0 compared, 4 errors\)/);
    assert.match(none.stderr, /incomplete: 4 of 4 pairs failed \("p\.txt :: gone-1\.txt", "gone-2\.txt :: q\.txt", "p\.txt :: gone-3\.txt" and 1 more\)/);
    assert.is(outputLines(path.join(dir, 'none.out.jsonl')).length, 4, 'errors never stop the batch');
    writeFileSync(path.join(dir, 'all.jsonl'), pairs([['p.txt', 'q.txt'], ['q.txt', 'p.txt']]));
    const all = run(['batch', 'all.jsonl', '-o', 'all.out.jsonl', '--workers', '1'], dir);
    assert.is(all.status, 0, all.stderr);
    assert.not.match(all.stderr, /incomplete/);
    // A rerun with nothing left to do is complete too.
    const again = run(['batch', 'all.jsonl', '-o', 'all.out.jsonl', '--workers', '1'], dir);
    assert.is(again.status, 0, again.stderr);
    assert.match(again.stderr, /0 pairs \(0 compared, 0 errors, 2 already done\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a pair gives the same result whatever the worker compared before it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  try {
    // The first pair teaches wink-nlp the word "Ryan’s"; the second must not be tokenised differently for it.
    writeFileSync(path.join(dir, 'teach.txt'), 'The plan was Ryan’s.\n');
    writeFileSync(path.join(dir, 'x.txt'), 'The bishops wrote in advance of Mr. Ryan’s visit on Thursday.\n');
    writeFileSync(path.join(dir, 'y.txt'), 'Ryan will visit the university on Thursday, the bishops wrote.\n');
    const both = [JSON.stringify({ a: 'teach.txt', b: 'x.txt', id: 'teach' }), JSON.stringify({ a: 'x.txt', b: 'y.txt', id: 'visit' })];
    writeFileSync(path.join(dir, 'both.jsonl'), `${both.join('\n')}\n`);
    writeFileSync(path.join(dir, 'one.jsonl'), `${both[1]}\n`);
    for (const m of ['both', 'one']) assert.is(run(['batch', `${m}.jsonl`, '-o', `${m}.out.jsonl`, '--workers', '1'], dir).status, 0);
    const visit = (m: string) => outputLines(path.join(dir, `${m}.out.jsonl`)).find((l) => l.id === 'visit');
    assert.equal(visit('both'), visit('one'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('pairs that share reports (analysed once per worker) give what each pair gives alone', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-batch-'));
  try {
    writeFileSync(path.join(dir, 'p.txt'), REPORT_1);
    writeFileSync(path.join(dir, 'q.txt'), REPORT_2);
    writeFileSync(path.join(dir, 'r.txt'), `${REPORT_2}The mayor said 12 roads would be rebuilt.\n`);
    const pairs = [['p.txt', 'q.txt'], ['p.txt', 'r.txt'], ['q.txt', 'r.txt'], ['r.txt', 'p.txt']];
    writeFileSync(path.join(dir, 'm.jsonl'), pairs.map(([a, b]) => JSON.stringify({ a, b, nameB: `${b} wire` })).join('\n'));
    assert.is(run(['batch', 'm.jsonl', '-o', 'out.jsonl', '--workers', '2'], dir).status, 0);
    const lines = outputLines(path.join(dir, 'out.jsonl'));
    assert.is(lines.length, pairs.length);
    pairs.forEach(([a, b], i) => {
      const alone = run([a, b, '--name-b', `${b} wire`, '--format', 'json'], dir);
      assert.is(alone.status, 0, alone.stderr);
      assert.equal(lines[i].result, JSON.parse(alone.stdout), `${a} vs ${b}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();

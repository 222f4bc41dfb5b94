/** Manifest parsing, output scanning and worker-count checks of `sourcediff batch` (pure parts). */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { parseManifest } from '../cli/batch-manifest.js';
import { scanOutput } from '../cli/batch-output.js';
import { resolveWorkers } from '../cli/batch-command.js';
import { refuseChangedInputs } from '../cli/batch-resume.js';
import { layoutChange, sha256Hex } from '../cli/batch-fingerprint.js';
import { PLAIN_EVERY_MS, PLAIN_QUIET_MS, progressLine, progressOn } from '../cli/batch-progress.js';
import { groupPairs, groupSizeFor, runGroup } from '../cli/batch-groups.js';
import type { Finished, WorkerTask } from '../cli/batch-lines.js';

const base = path.resolve('/data/run');

test('paths resolve against the manifest folder; ids default to the two paths', () => {
  const [e] = parseManifest('{"a": "x/a.txt", "b": "../b.txt", "nameB": "Wire"}\n', base);
  assert.is(e.kind, 'pair');
  if (e.kind !== 'pair') return;
  assert.is(e.aPath, path.join(base, 'x', 'a.txt'));
  assert.is(e.bPath, path.resolve(base, '..', 'b.txt'));
  assert.is(e.id, 'x/a.txt :: ../b.txt');
  assert.is(e.nameB, 'Wire');
});

test('a byte-order mark before the first line is skipped', () => {
  const [e] = parseManifest('\uFEFF{"a": "a.txt", "b": "b.txt"}\r\n', base);
  assert.is(e.kind, 'pair');
});

test('malformed lines become bad entries for that line; blank lines are skipped', () => {
  const text = ['{"a": "a.txt", "b": "b.txt", "id": 7}', '', 'not json', '[1, 2]', '{"a": "a.txt"}', '{"a": "a.txt", "b": "c.txt", "nameA": 3}'].join('\n');
  const es = parseManifest(text, base);
  assert.equal(
    es.map((e) => [e.kind, e.line, e.id]),
    [
      ['pair', 1, '7'],
      ['bad', 3, 'line 3'],
      ['bad', 4, 'line 4'],
      ['bad', 5, 'line 5'],
      ['bad', 6, 'a.txt :: c.txt'],
    ],
  );
  for (const e of es) if (e.kind === 'bad') assert.match(e.error, new RegExp(`^manifest line ${e.line}: `));
});

test('an empty or blank name in the manifest is a bad line, not the name "A" or "B"', () => {
  const es = parseManifest(['{"a": "a.txt", "b": "b.txt", "nameA": ""}', '{"a": "a.txt", "b": "c.txt", "nameB": " \\t"}', '{"a": "a.txt", "b": "d.txt", "nameB": "-"}'].join('\n'), base);
  assert.equal(es.map((e) => e.kind), ['bad', 'bad', 'pair']);
  if (es[0].kind === 'bad') assert.is(es[0].error, 'manifest line 1: "nameA" must not be empty (leave it out to use the file name)');
  if (es[1].kind === 'bad') assert.match(es[1].error, /^manifest line 2: "nameB" must not be empty/);
  assert.is(es[1].id, 'a.txt :: c.txt', 'the line keeps its pair id');
});

test('a repeated id is reported, not run twice', () => {
  const es = parseManifest('{"a": "a", "b": "b"}\n{"a": "a", "b": "b"}\n', base);
  assert.is(es[0].kind, 'pair');
  assert.is(es[1].kind, 'bad');
  assert.not.equal(es[1].id, es[0].id);
  if (es[1].kind === 'bad') assert.match(es[1].error, /duplicate id .*\(first on line 1\)/);
});

test('scanOutput: ids of complete lines only, and where the partial line starts', () => {
  const complete = '{"id":"p1","a":"a","b":"b","error":"x"}\n{"id":"p2","a":"a","b":"b","result":{"sources":[{"name":"A wire"},{"name":"b"}]}}\n';
  const s = scanOutput(Buffer.from(`${complete}{"id":"p3","a":"a","res`));
  assert.equal([...s.done.keys()], ['p2']);
  assert.equal(s.done.get('p2'), { a: 'a', b: 'b', nameA: 'A wire', nameB: 'b', sha256: null }, 'the inputs the result was computed from (no fingerprints)');
  assert.equal([...s.failed.keys()], ['p1'], 'an error line is not done: a rerun may retry it');
  assert.equal(s.failed.get('p1'), [[0, complete.indexOf('\n') + 1]]);
  assert.is(s.completeBytes, Buffer.byteLength(complete));
  assert.is(s.unreadable, 0);
  assert.is(s.repeated.size, 0);
  const twice = scanOutput(Buffer.from(`${complete}\n${complete}`));
  assert.equal([...twice.repeated], [['p2', [2, 5]]], 'result lines of one id, by line number (blank lines count)');
  assert.equal(twice.done.get('p2'), s.done.get('p2'));
  const [x, y] = ['1'.repeat(64), 'f'.repeat(64)];
  const hashed = scanOutput(Buffer.from(`{"id":"p","a":"a","b":"b","sha256":{"a":"${x}","b":"${y}"},"result":{}}\n{"id":"q","sha256":{"a":"${x}","b":"F"},"result":{}}\n`));
  assert.equal(hashed.done.get('p')!.sha256, { a: x, b: y }, "the sha256 of each report's bytes");
  assert.is(hashed.done.get('q')!.sha256, null, 'a malformed fingerprint is none');
  const whole = scanOutput(Buffer.from(complete));
  assert.is(whole.completeBytes, Buffer.byteLength(complete));
  assert.is(scanOutput(Buffer.alloc(0)).completeBytes, 0);
  // A line with an id but no result is not ours: not done, counted unreadable.
  const foreign = scanOutput(Buffer.from('garbage\n{"id":"q"}\n{"id":"r","result":[]}\n'));
  assert.is(foreign.unreadable, 3);
  assert.is(foreign.done.size, 0);
});

test('refuseChangedInputs names the first changed id and counts the others: "1 more id", "2 more ids"', () => {
  const entries = parseManifest(['x', 'y', 'z'].map((id) => JSON.stringify({ a: 'a.txt', b: 'b.txt', nameA: 'Now', id })).join('\n'), base);
  const scan = scanOutput(Buffer.from(''));
  const refusal = (ids: string[]) => {
    for (const id of ids) scan.done.set(id, { a: 'a.txt', b: 'b.txt', nameA: 'Then', nameB: 'b.txt', sha256: null });
    try {
      refuseChangedInputs(entries, scan, 'out.jsonl');
    } catch (e) {
      return (e as Error).message;
    }
    return 'not refused';
  };
  assert.match(refusal(['x']), /^out\.jsonl: holds a result for id "x", but manifest line 1 now gives it other inputs \("nameA" was "Then", now "Now"\); /);
  assert.not.match(refusal(['x']), /more id/);
  assert.match(refusal(['y']), /id "x", .*\(1 more id changed too\); /);
  assert.match(refusal(['z']), /id "x", .*\(2 more ids changed too\); /);
});

test('layoutChange: a file that differs from the recorded one only in its line endings or byte-order mark', () => {
  const lf = Buffer.from('First line.\nSecond line.\n\nThird.\n');
  const crlf = Buffer.from('First line.\r\nSecond line.\r\n\r\nThird.\r\n');
  const bom = (b: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]);
  const sha = (b: Buffer) => sha256Hex(b);
  assert.is(layoutChange(lf, sha(lf)), null, 'no change');
  assert.is(layoutChange(crlf, sha(lf)), 'its line endings (LF then, CRLF now)');
  assert.is(layoutChange(lf, sha(crlf)), 'its line endings (CRLF then, LF now)');
  assert.is(layoutChange(bom(lf), sha(lf)), 'its byte-order mark (none then, one now)');
  assert.is(layoutChange(lf, sha(bom(lf))), 'its byte-order mark (one then, none now)');
  assert.is(layoutChange(bom(crlf), sha(lf)), 'its line endings (LF then, CRLF now) and its byte-order mark (none then, one now)');
  assert.is(layoutChange(crlf, sha(bom(lf))), 'its line endings (LF then, CRLF now) and its byte-order mark (one then, none now)');
  assert.is(layoutChange(Buffer.from('First line.\nSecond line!\n\nThird.\n'), sha(lf)), null, 'a text change');
  assert.is(layoutChange(Buffer.from('First line.\r\nSecond line!\r\n\r\nThird.\r\n'), sha(lf)), null, 'a text change beside new line endings');
  const mixed = Buffer.from('First line.\r\nSecond line.\n\nThird.\n');
  assert.is(layoutChange(mixed, sha(lf)), 'its line endings (LF then, mixed now)', 'some lines converted');
  assert.is(layoutChange(mixed, sha(crlf)), 'its line endings (CRLF then, mixed now)');
  assert.is(layoutChange(Buffer.from('One line'), sha(Buffer.from('One line!'))), null);
});

test('resolveWorkers: default from cores (capped at 8), otherwise a whole number 1..64', () => {
  assert.is(resolveWorkers(undefined, 2), 2);
  assert.is(resolveWorkers(undefined, 32), 8);
  assert.is(resolveWorkers(3, 2), 3);
  for (const bad of [0, -1, 1.5, Number.NaN, 65, '2']) assert.throws(() => resolveWorkers(bad, 2), /--workers/);
});

test('progressLine fits the width and shows counts', () => {
  const line = progressLine({ total: 300, done: 150, errors: 2, skipped: 0 }, 5000, 60);
  assert.ok(line.length < 60);
  assert.match(line, /150\/300/);
  assert.match(line, /2 err/);
  assert.match(line, /\[#+-+\]/);
});

/** A stand-in for stderr that records what is written, and a clock the test moves. */
function fakeStderr(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, columns: 80, write: (s: string) => writes.push(s) > 0 } as unknown as NodeJS.WriteStream;
  const clock = { t: 1_000_000 };
  return { writes, stream, clock, progress: progressOn(stream, () => clock.t) };
}

/** Run `total` pairs, `msPerPair` apart, through a progress reporter; return the lines written. */
function simulate(isTTY: boolean, total: number, msPerPair: number, skipped = 0): string[] {
  const { writes, clock, progress } = fakeStderr(isTTY);
  const c = { total, done: 0, errors: 0, skipped };
  progress.begin(c);
  for (let i = 1; i <= total; i++) {
    clock.t += msPerPair;
    c.done = i;
    progress.update(c);
  }
  progress.finish(c, 'out.jsonl');
  return writes;
}

test('progress without a terminal: whole plain lines, one per new tenth at most every 5 s, no control characters', () => {
  // 300 pairs at 5 a second: a tenth (30 pairs) every 6 s.
  const writes = simulate(false, 300, 200, 2);
  assert.not.ok(writes.some((w) => /[\r\x1b]/.test(w)), 'no carriage return or escape code');
  assert.ok(writes.every((w) => w.indexOf('\n') === w.length - 1), 'each write is one whole line');
  assert.is(writes[0], 'sourcediff batch: 300 pairs to compare (2 already done)\n');
  assert.is(writes[1], 'sourcediff batch: 30/300 pairs (10%), 0 errors, 5.0 pairs/s, ETA 54 s\n');
  const done = writes.slice(1, -1).map((w) => Number(/ (\d+)\/300 /.exec(w)?.[1]));
  assert.equal(done, [30, 60, 90, 120, 150, 180, 210, 240, 270], 'no line for the last pair: the summary follows');
  assert.match(writes.at(-1)!, /^sourcediff batch: 300 pairs \(300 compared, 0 errors, 2 already done\) in 60 s/);
});

test('progress without a terminal: a fast batch prints no progress lines, a slow one a line a minute', () => {
  assert.is(simulate(false, 300, 10).length, 2, 'start and summary only (3 s in all)');
  // 1,000 pairs at one per 10 s: a tenth takes 1,000 s, so quiet stretches get a line a minute.
  const times = simulate(false, 1000, 10_000).slice(1, -1).map((w) => Number(/ (\d+)\/1000 /.exec(w)?.[1]) * 10_000);
  assert.ok(times.length > 100, `lines while slow: ${times.length}`);
  for (let i = 1; i < times.length; i++) {
    const gap = times[i] - times[i - 1];
    assert.ok(gap >= PLAIN_EVERY_MS && gap <= PLAIN_QUIET_MS, `gap ${gap} ms`);
  }
});

test('progress on a terminal: the bar is redrawn in place', () => {
  const writes = simulate(true, 300, 200);
  assert.ok(writes.slice(0, -2).every((w) => w.startsWith('\r') && w.endsWith('\x1b[K')), 'redrawn bars');
  assert.match(writes[0], /\[-+\] 0\/300/, 'the bar shows before the first pair ends');
  assert.is(writes.at(-2), '\r\x1b[K', 'the bar is cleared before the summary');
});

test('groupPairs: runs of consecutive pairs sharing a file, capped, bad lines alone, order kept', () => {
  const manifest = [
    { a: 'e1/1.txt', b: 'e1/2.txt' },
    { a: 'e1/1.txt', b: 'e1/3.txt' },
    { a: 'e1/2.txt', b: 'e1/3.txt' },
    { a: 'e2/1.txt', b: 'e2/2.txt' },
    'not json',
    { a: 'e2/2.txt', b: 'e2/3.txt' },
    { a: 'x.txt', b: 'y.txt' },
    { a: 'y.txt', b: 'z.txt' },
    { a: 'z.txt', b: 'w.txt' },
  ];
  const es = parseManifest(manifest.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join('\n'), base);
  const lines = (gs: ReturnType<typeof groupPairs>) => gs.map((g) => g.map((e) => e.line));
  // A chain shares a file with the group, not necessarily with the previous pair.
  assert.equal(lines(groupPairs(es)), [[1, 2, 3], [4], [5], [6], [7, 8, 9]]);
  assert.equal(lines(groupPairs(es, 2)), [[1, 2], [3], [4], [5], [6], [7, 8], [9]]);
  assert.equal(groupPairs(es).flat(), es, 'every entry once, in manifest order');
  assert.equal(groupPairs([]), []);
});

test('groupSizeFor: about four tasks per worker, so a small manifest still uses every worker', () => {
  assert.is(groupSizeFor(300, 2), 6);
  assert.is(groupSizeFor(6, 8), 1);
  assert.is(groupSizeFor(28, 8), 1);
  assert.is(groupSizeFor(40, 2), 5);
  assert.is(groupSizeFor(0, 2), 1);
});

test('runGroup: a worker that dies on a group costs an error line only for the pair that kills it', async () => {
  const es = parseManifest(['{"a": "x", "b": "y", "id": "p1"}', '{"a": "x", "b": "z", "id": "boom"}', '{"a": "y", "b": "z", "id": "p3"}', 'bad'].join('\n'), base);
  const calls: string[][] = [];
  // A fake pool: a task list with "boom" in it kills its worker.
  const pool = async (tasks: WorkerTask[]): Promise<Finished[]> => {
    calls.push(tasks.map((t) => t.id));
    if (tasks.some((t) => t.id === 'boom')) throw new Error('worker exited with code: 1');
    return tasks.map((t) => ({ id: t.id, line: `ok ${t.id}`, error: false }));
  };
  const [group, bad] = groupPairs(es);
  const lines = await runGroup(group, pool);
  assert.equal(lines.map((f) => [f.error, f.error ? JSON.parse(f.line).id : f.line]), [
    [false, 'ok p1'],
    [true, 'boom'],
    [false, 'ok p3'],
  ]);
  assert.match(JSON.parse(lines[1].line).error, /^internal error: worker exited/);
  assert.equal(lines.map((f) => f.id), ['p1', 'boom', 'p3'], 'each line carries its id (the batch counts failed ids)');
  assert.equal(calls, [['p1', 'boom', 'p3'], ['p1'], ['boom'], ['p3']], 'the group once, then each pair alone');
  const [badLine] = await runGroup(bad, pool);
  assert.ok(badLine.error && /^manifest line 4: /.test(JSON.parse(badLine.line).error));
  assert.is(calls.length, 4, 'a bad line never reaches a worker');
});

test.run();

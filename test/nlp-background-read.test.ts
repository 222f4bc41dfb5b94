/** Background file reads and the engine's resource preloading. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readInBackground } from '../src/nlp/background-read.js';
import { SortedLines } from '../src/nlp/sorted-lines.js';
import { compare, loadResources } from '../src/index.js';

test('a file read in the background has the same bytes as a plain read, even while the thread is busy', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-bg-'));
  try {
    const file = path.join(dir, 'big.bin');
    const bytes = Buffer.alloc(3_000_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(file, bytes);
    const pending = readInBackground(file);
    let spin = 0;
    for (let i = 0; i < 5_000_000; i++) spin += i & 1; // keep this thread busy meanwhile
    assert.ok(spin > 0);
    assert.ok((await pending).equals(readFileSync(file)));
    writeFileSync(path.join(dir, 'empty.txt'), '');
    assert.is((await readInBackground(path.join(dir, 'empty.txt'))).length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing file rejects; a preloaded table still reports it clearly on first look-up', async () => {
  const missing = path.join(tmpdir(), 'sourcediff-no-such-file-', String(process.pid));
  let rejected = false;
  await readInBackground(missing).catch(() => (rejected = true));
  assert.ok(rejected);
  const table = new SortedLines(() => missing, 'the table is missing');
  await table.preload(); // does not throw
  assert.throws(() => table.lookup('word'), /the table is missing/);
});

test('a preloaded sorted-lines table answers as one read on first use', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-bg-'));
  try {
    const file = path.join(dir, 'lines.txt');
    writeFileSync(file, 'apple\tred\nkiwi\tgreen\nkiwi\tbrown\nplum\tpurple\n');
    const preloaded = new SortedLines(() => file, 'missing');
    await preloaded.preload();
    const plain = new SortedLines(() => file, 'missing');
    for (const key of ['apple', 'kiwi', 'plum', 'pear']) assert.equal(preloaded.lookup(key), plain.lookup(key));
    assert.equal(preloaded.lookup('kiwi'), ['green', 'brown']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('loadResources before compare changes nothing in the result', async () => {
  const a = { text: 'The council approved the budget on Monday. It will spend 40 million dollars on roads.', name: 'A' };
  const b = { text: 'On Monday the city council passed its budget. Roads will get 45 million dollars.', name: 'B' };
  const before = JSON.stringify(compare(a, b));
  await loadResources();
  await loadResources(); // twice is harmless
  assert.is(JSON.stringify(compare(a, b)), before);
});

test.run();

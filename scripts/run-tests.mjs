#!/usr/bin/env node
// Runs the uvu suite over the compiled tests and closes with one line `N passed, N failed`,
// which uvu does not print by itself. Exit code is non-zero when any test failed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const filter = process.argv[2] ?? '.test.js$';
const uvu = path.join(root, 'node_modules', 'uvu', 'bin.js');
const run = spawnSync(process.execPath, [uvu, 'dist/test', filter], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  maxBuffer: 64 * 1024 * 1024,
});
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
const out = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
const total = Number(/Total:\s+(\d+)/.exec(out)?.[1] ?? 0);
const passed = Number(/Passed:\s+(\d+)/.exec(out)?.[1] ?? 0);
const skipped = Number(/Skipped:\s+(\d+)/.exec(out)?.[1] ?? 0);
let failed = Math.max(0, total - passed - skipped);
if (run.status !== 0 && failed === 0) failed = 1; // a crash outside any test still fails the run
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || run.status !== 0 ? 1 : 0);

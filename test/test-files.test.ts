import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Compiled to dist/test/; the sources are two levels up.
const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test');

test('every test file calls test.run() once, after its last test (uvu skips tests registered later)', () => {
  const files = readdirSync(dir).filter((f) => /\.test\.tsx?$/.test(f));
  assert.ok(files.length > 10, `test files found: ${files.length}`);
  for (const f of files) {
    const lines = readFileSync(path.join(dir, f), 'utf8').split('\n');
    const runs = lines.flatMap((l, k) => (/^test\.run\(\);?\s*$/.test(l) ? [k] : []));
    const tests = lines.flatMap((l, k) => (/^\s*test(\.only|\.skip)?\(/.test(l) ? [k] : []));
    assert.is(runs.length, 1, `${f}: test.run() ${runs.length} times`);
    assert.ok(tests.length > 0 && tests[tests.length - 1] < runs[0], `${f}: a test after test.run() (line ${tests[tests.length - 1] + 1})`);
  }
});

test.run();

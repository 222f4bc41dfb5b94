import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultVectorsPath, getVectors, loadVectors } from '../src/score/vectors.js';

test('store loads once with 200k words of 100 dims', () => {
  const v = getVectors();
  assert.is(v, getVectors());
  assert.is(v.size, 200000);
  assert.is(v.dims, 100);
});

test('ranks follow corpus frequency', () => {
  const v = getVectors();
  assert.is(v.rank('the'), 0);
  assert.ok(v.rank('meeting')! < v.rank('banana')!);
  assert.is(v.rank('xqzzyplonk'), undefined);
});

test('vectors are unit length after de-quantisation', () => {
  const x = getVectors().vector('government')!;
  assert.ok(x instanceof Float32Array);
  let n = 0;
  for (const e of x) n += e * e;
  assert.ok(Math.abs(Math.sqrt(n) - 1) < 1e-3, `norm ${Math.sqrt(n)}`);
});

test('related words are closer than unrelated ones', () => {
  const v = getVectors();
  assert.ok(v.cosine('meeting', 'talks') > v.cosine('meeting', 'banana'));
  assert.ok(v.cosine('killed', 'died') > v.cosine('killed', 'umbrella'));
  assert.ok(v.cosine('president', 'leader') > v.cosine('president', 'carrot'));
  assert.ok(Math.abs(v.cosine('phone', 'phone') - 1) < 1e-5);
  assert.is(v.cosine('phone', 'call'), v.cosine('call', 'phone'));
});

test('missing words are undefined and score 0', () => {
  const v = getVectors();
  assert.not.ok(v.has('xqzzyplonk'));
  assert.is(v.vector('xqzzyplonk'), undefined);
  assert.is(v.id('xqzzyplonk'), undefined);
  assert.is(v.cosine('xqzzyplonk', 'meeting'), 0);
});

test('a missing or foreign store file gives an actionable error', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdvec-'));
  assert.throws(() => loadVectors(path.join(dir, 'none.bin')), /npm run build/);
  const bad = path.join(dir, 'bad.bin');
  writeFileSync(bad, 'not a vector store at all, just text');
  assert.throws(() => loadVectors(bad), /npm run build/);
});

test('look-ups compare whole words, ASCII or not', () => {
  const v = getVectors();
  assert.ok(v.has('government'));
  assert.not.ok(v.has('governmen'));
  assert.not.ok(v.has('governments-'));
  assert.not.ok(v.has(''));
  assert.is(v.id('government'), v.rank('government'));
  assert.is(v.id('gövernment'), undefined);
});

test('an old-format or truncated store asks for a rebuild', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sdvec-'));
  const old = Buffer.alloc(64);
  old.write('SDVEC001', 0, 'latin1');
  const oldFile = path.join(dir, 'old.bin');
  writeFileSync(oldFile, old);
  assert.throws(() => loadVectors(oldFile), /npm run build/);
  const cut = Buffer.from(readFileSync(defaultVectorsPath()).subarray(0, 4096));
  const cutFile = path.join(dir, 'cut.bin');
  writeFileSync(cutFile, cut);
  assert.throws(() => loadVectors(cutFile), /npm run build/);
});

test.run();

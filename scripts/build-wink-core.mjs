#!/usr/bin/env node
// Builds data/wink-core.bin: wink's English core model (wink-eng-lite-web-model's
// eng-core-web-model.json) in a form that loads faster. Parsing the model's 87,000 known words
// as JSON strings, and indexing them, cost about 25 ms of every start; here they are packed
// as UTF-8 with offsets and a hash table (src/nlp/packed-words.ts), so loading them is a few
// typed-array views, and a word becomes a string only when wink asks for it.
//
// Layout (little-endian); every section starts at a multiple of 4 bytes:
//   0   8 bytes  magic "SDWNK002" (bump it whenever the layout changes)
//   8   uint32   count (words)
//   12  uint32   byte length of the word block
//   16  uint32   hash table size (a power of two, more than twice count)
//   20  uint32   byte size of the package JSON this was built from (a different size: stale)
//   24  uint32   byte length of the model JSON below
//   28  4 bytes  reserved (0)
//   32  32 bytes the model package's version, Latin-1, zero padded (another version: stale)
//   64  the model JSON without its word list (features.lexeme.list = []), UTF-8, zero padded
//       word block: the words' UTF-8 back to back, in list order, zero padded
//       uint32[count + 1] byte offset of each word in the block (the last = block length)
//       int32[table size] open-addressing hash table (linear probing) of word ids, -1 = empty,
//                         slot = wordHash(word) & (size - 1), wordHash as in src/nlp/word-hash.ts
// Run at `npm run build`; skips when up to date. `--force` rebuilds anyway.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wordHash } from './word-hash.mjs';

export const MAGIC = 'SDWNK002';
const HEADER_BYTES = 64;
const VERSION_AT = 32;
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, 'data', 'wink-core.bin');
const require = createRequire(import.meta.url);
const source = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
const version = String(require('wink-eng-lite-web-model/package.json').version);

/** Up to date: newer than its inputs, this layout, and made from the installed model. */
const upToDate = () => {
  if (!existsSync(out) || process.argv.includes('--force')) return false;
  const inputs = [source, fileURLToPath(import.meta.url), fileURLToPath(new URL('./word-hash.mjs', import.meta.url))];
  if (statSync(out).mtimeMs < Math.max(...inputs.map((f) => statSync(f).mtimeMs))) return false;
  const head = readFileSync(out).subarray(0, HEADER_BYTES);
  return (
    head.length === HEADER_BYTES &&
    head.toString('latin1', 0, 8) === MAGIC &&
    head.readUInt32LE(20) === statSync(source).size &&
    head.toString('latin1', VERSION_AT, HEADER_BYTES).replace(/\0+$/, '') === version
  );
};

if (upToDate()) {
  console.log('wink-core: data/wink-core.bin is up to date');
} else {
  const text = readFileSync(source, 'utf8');
  const model = JSON.parse(text);
  const words = model.features.lexeme.list;
  // Every word must survive UTF-8 (no lone surrogates), or the packed form would change it.
  if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && Buffer.from(w, 'utf8').toString('utf8') === w)) {
    console.error('wink-core: the model\'s word list is not a list of UTF-8-safe strings; cannot build data/wink-core.bin');
    process.exit(1);
  }
  model.features.lexeme.list = [];
  const json = Buffer.from(JSON.stringify(model), 'utf8');
  const encoded = words.map((w) => Buffer.from(w, 'utf8'));
  const block = Buffer.concat(encoded);
  const count = words.length;
  const starts = new Uint32Array(count + 1);
  for (let w = 0, at = 0; w <= count; w++) {
    starts[w] = at;
    if (w < count) at += encoded[w].length;
  }
  let tableSize = 1;
  while (tableSize < 2 * count) tableSize *= 2;
  const table = new Int32Array(tableSize).fill(-1);
  const mask = tableSize - 1;
  for (let w = 0; w < count; w++) {
    // A repeated word keeps its last id, as assignment to wink's own hash object would.
    let e = wordHash(words[w]) & mask;
    while (table[e] >= 0 && words[table[e]] !== words[w]) e = (e + 1) & mask;
    table[e] = w;
  }
  const pad4 = (n) => Math.ceil(n / 4) * 4;
  const blockOffset = HEADER_BYTES + pad4(json.length);
  const startsOffset = blockOffset + pad4(block.length);
  const tableOffset = startsOffset + 4 * (count + 1);
  const bin = Buffer.alloc(tableOffset + 4 * tableSize);
  bin.write(MAGIC, 0, 'latin1');
  bin.writeUInt32LE(count, 8);
  bin.writeUInt32LE(block.length, 12);
  bin.writeUInt32LE(tableSize, 16);
  bin.writeUInt32LE(statSync(source).size, 20);
  bin.writeUInt32LE(json.length, 24);
  if (version.length > HEADER_BYTES - VERSION_AT) throw new Error(`wink-core: version string too long: ${version}`);
  bin.write(version, VERSION_AT, 'latin1');
  json.copy(bin, HEADER_BYTES);
  block.copy(bin, blockOffset);
  Buffer.from(starts.buffer).copy(bin, startsOffset);
  Buffer.from(table.buffer).copy(bin, tableOffset);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, bin);
  console.log(`wink-core: wrote data/wink-core.bin (${count} words, ${(bin.length / 1e6).toFixed(1)} MB)`);
}

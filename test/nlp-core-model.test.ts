/** The English core model built by src/nlp/core-model.ts equals the one wink's package builds. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import { coreModelFrom, englishModel, loadCoreModel } from '../src/nlp/core-model.js';
import { readPrebuiltCore, wordTable } from '../src/nlp/lexemes.js';
import { wordHash } from '../src/nlp/word-hash.js';
import { dataFile } from '../src/package-root.js';

const require = createRequire(import.meta.url);
type Model = Record<string, any>;
const packageModel = require('wink-eng-lite-web-model') as Model;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const its: any = winkNLP(packageModel as Parameters<typeof winkNLP>[0], ['sbd']).its;

const theirs = (packageModel.core as () => Model)();

for (const prebuilt of [true, false]) test(`the core model ${prebuilt ? 'from data/wink-core.bin' : 'from the package JSON'} equals the package loader’s, part by part`, () => {
  const ours = loadCoreModel({ prebuilt }) as Model;
  assert.equal(Object.keys(ours).sort(), Object.keys(theirs).sort());
  for (const part of Object.keys(theirs)) {
    if (part === 'features') continue;
    assert.equal(ours[part], theirs[part], part);
  }
  assert.ok(ours.lexicon instanceof Uint32Array && ours.lexicon.length > 100_000);
  assert.equal(Object.keys(ours.features).sort(), Object.keys(theirs.features).sort());
  for (const f of Object.keys(theirs.features)) {
    const { hash: h1, ...rest1 } = ours.features[f];
    const { hash: h2, ...rest2 } = theirs.features[f];
    assert.equal(rest1, rest2, f);
    assert.is(h1 === undefined, h2 === undefined, f);
    if (h2 === undefined) continue;
    // Every known value maps to the same index, and an unknown one to nothing.
    for (const value of rest2.list) assert.is(h1[value], h2[value]);
    assert.is(h1['no-such-value-xyz'], undefined);
  }
});

test('data/wink-core.bin is read only when built from the installed model (size and version)', () => {
  const source = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const bytes = statSync(source).size;
  const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
  const file = dataFile('wink-core.bin');
  assert.ok(readPrebuiltCore(file, { bytes, version }) !== undefined, 'npm run build makes it');
  assert.is(readPrebuiltCore(file, { bytes: bytes + 1, version }), undefined);
  assert.is(readPrebuiltCore(file, { bytes, version: `${version}-next` }), undefined);
  assert.is(readPrebuiltCore(source, { bytes, version }), undefined); // not a prebuilt file at all
  assert.is(readPrebuiltCore(dataFile('no-such-file.bin'), { bytes, version }), undefined);
});

test('a damaged prebuilt file is detected, or its model JSON fails and the package JSON is used', () => {
  const source = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
  const bytes = statSync(source).size;
  const version = (require('wink-eng-lite-web-model/package.json') as { version: string }).version;
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcediff-core-'));
  try {
    const good = readFileSync(dataFile('wink-core.bin'));
    const cut = path.join(dir, 'cut.bin');
    writeFileSync(cut, good.subarray(0, good.length - 4));
    assert.is(readPrebuiltCore(cut, { bytes, version }), undefined);
    const garbled = Buffer.from(good);
    garbled.write('}}}}', 64, 'latin1'); // the model JSON starts at byte 64
    const bad = path.join(dir, 'bad.bin');
    writeFileSync(bad, garbled);
    const read = readPrebuiltCore(bad, { bytes, version });
    assert.ok(read !== undefined);
    assert.throws(() => coreModelFrom(read!.json, read!.lexemes)); // loadCoreModel catches this and reads the JSON
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the packed word list reads, grows and shrinks like an array', () => {
  const list = loadCoreModel({ prebuilt: true }).features.lexeme.list;
  const plain = (theirs.features.lexeme.list as string[]).slice();
  const n = plain.length;
  assert.is(list.length, n);
  assert.is(list[0], plain[0]);
  assert.is(list[n - 1], plain[n - 1]);
  assert.is(list[n], undefined);
  assert.ok(0 in list && !(n in list));
  assert.is(list.push('zqxjv-new'), n + 1);
  assert.is(list[n], 'zqxjv-new');
  assert.is(list.length - 1, n);
  list.length = n;
  assert.is(list.length, n);
  assert.is(list[n], undefined);
  assert.ok(Array.isArray(list));
});

test('the engine’s word hash is the build scripts’ word hash', async () => {
  const scripts = new URL('../../scripts/word-hash.mjs', import.meta.url).href;
  const built = (await import(scripts)) as { wordHash: (w: string) => number };
  for (const w of ['', 'a', 'the', 'Ryan’s', 'naïve', '北京', '\n\n', 'x'.repeat(300)]) assert.is(built.wordHash(w), wordHash(w), w);
});

test('the word table answers get, set, in and delete as the object it replaces', () => {
  const model = coreModelFrom(JSON.stringify(require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'))) as Model;
  const table = model.features.lexeme.hash;
  const known = model.features.lexeme.list[10];
  assert.is(table[known], 10);
  assert.ok(known in table);
  assert.not.ok('zqxjv-unseen' in table);
  table['zqxjv-unseen'] = 123;
  assert.is(table['zqxjv-unseen'], 123);
  assert.ok(delete table['zqxjv-unseen']);
  assert.is(table['zqxjv-unseen'], undefined);
  // Words that name Object.prototype members are plain words here, as in a prototype-less object.
  assert.is(table.constructor, model.features.lexeme.list.indexOf('constructor'));
  assert.is(table.toString, undefined);
});

test('the word table: repeated words keep their last position, and changes shadow the model’s words', () => {
  const table = wordTable(['alpha', 'beta', 'alpha', 'gamma']);
  assert.is(table.alpha, 2);
  assert.is(table.beta, 1);
  assert.is(table.delta, undefined);
  table.beta = 7;
  assert.is(table.beta, 7);
  delete table.beta;
  assert.is(table.beta, undefined);
  assert.not.ok('beta' in table);
  table.beta = 9; // back after a delete
  assert.is(table.beta, 9);
  table.epsilon = 4; // a word added later, then forgotten
  assert.is(table.epsilon, 4);
  delete table.epsilon;
  assert.is(table.epsilon, undefined);
  assert.not.ok('epsilon' in table);
  // Many words, with collisions in a small table: every one found at its position.
  const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}`);
  const big = wordTable(words);
  assert.ok(words.every((w, i) => big[w] === i));
});

test('a fresh model per load: changing one does not change the next', () => {
  const first = loadCoreModel() as Model;
  first.features.lexeme.hash.somethingNew = 5;
  first.features.prefix.list.push('zz');
  const second = loadCoreModel() as Model;
  assert.is(second.features.lexeme.hash.somethingNew, undefined);
  assert.is.not(second.features.prefix.list.at(-1), 'zz');
});

test('sentences, tokens, tags, lemmas and stems read as with the package’s model', () => {
  const text =
    'Dr. Li’s team didn’t confirm the 3.5% rise on Jan. 5, 2023; officials said ~40 people (mostly U.S. citizens) weren’t hurt. ' +
    'The bishops wrote in advance of Mr. Ryan’s visit. “We won’t go,” she said!';
  const read = (model: unknown) => {
    const doc = winkNLP(model as Parameters<typeof winkNLP>[0], ['sbd', 'pos']).readDoc(text);
    return {
      sentences: doc.sentences().out(),
      tokens: doc.tokens().out(),
      tags: doc.tokens().out(its.pos),
      lemmas: doc.tokens().out(its.lemma),
      stems: doc.tokens().out(its.stem),
      types: doc.tokens().out(its.type),
      spaces: doc.tokens().out(its.precedingSpaces),
    };
  };
  const ours = read(englishModel());
  assert.ok(ours.sentences.length >= 3);
  assert.equal(ours, read(packageModel));
});

test('the assembled model has every part wink-nlp calls', () => {
  const model = englishModel();
  for (const part of ['core', 'sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) assert.type(model[part], 'function', part);
  const addons = model.addons as Model;
  for (const addon of ['stem', 'lemmatize', 'readabilityStats']) assert.type(addons[addon], 'function', addon);
});

test.run();

/**
 * wink-nlp's English model, assembled here rather than through the package's main module.
 *
 * The package's own core loader costs about 60 ms of every start: it deep-copies its 3 MB
 * JSON with JSON.parse(JSON.stringify(...)), decodes two base64 arrays a character at a time,
 * and puts the 87,000 known words into a dictionary object. This loader parses the JSON file
 * once (a fresh object per call, as the copy gave), decodes base64 with Buffer, and keeps the
 * words in a hash table of their list positions behind the object interface wink uses
 * (single-key get, set, has, delete; see wordTable).
 * The result is the same model: test/nlp-core-model.test.ts compares it with the package's.
 * The parts that run (sentence boundaries, tags, lemmas) are the package's own loaders.
 * Entities and sentiment never run (src/nlp/wink.ts asks only for sentence boundaries and
 * tags), but wink-nlp loads every part's machines at start; they get empty machines, which
 * keeps 570 KB of model out of the start-up path.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordHash } from './word-hash.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';

/** One feature of the core model: its values, and where unpacked the value-to-index table. */
interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}

/** The parts of the core model that loading changes; the rest passes through as parsed. */
export interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature & { list: string[] }; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  [part: string]: unknown;
}

/** 32-bit words from base64, in a buffer of their own (aligned, not shared with a pool). */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}

/**
 * A word-to-index table that behaves, for single keys, like the dictionary object wink uses
 * (a prototype-less object). The model's own words sit in an open-addressing table of their
 * list positions, built in a few milliseconds; words set or deleted later (wink adds the new
 * words of each text, src/nlp/wink.ts takes them out again) go to a small Map of changes.
 */
export function wordTable(words: readonly string[]): Record<string, number> {
  let size = 1;
  while (size < words.length * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let k = 0; k < words.length; k++) {
    let e = wordHash(words[k]) & mask;
    // A repeated word keeps its last position, as repeated assignment to an object would.
    while (slots[e] >= 0 && words[slots[e]] !== words[k]) e = (e + 1) & mask;
    slots[e] = k;
  }
  const known = (word: string): number | undefined => {
    for (let e = wordHash(word) & mask; ; e = (e + 1) & mask) {
      const k = slots[e];
      if (k < 0) return undefined;
      if (words[k] === word) return k;
    }
  };
  /** Words set or deleted since loading; undefined marks a deleted word. */
  const changed = new Map<string, number | undefined>();
  const get = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    return changed.has(key) ? changed.get(key) : known(key);
  };
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => get(key),
    set: (_target, key, value: number) => (typeof key === 'string' && changed.set(key, value), true),
    has: (_target, key) => get(key) !== undefined,
    deleteProperty: (_target, key) => (typeof key === 'string' && changed.set(key, undefined), true),
  });
}

/** Build the core model from the text of its JSON file, as wink's read and load steps do. */
export function coreModelFrom(json: string): CoreModel {
  const model = JSON.parse(json) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words32(model.lexicon as string);
  model.xpansions = words32(model.xpansions as string);
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      const list = features[f].list as string[];
      const hash = Object.create(null) as Record<string, number>;
      for (let k = 0; k < list.length; k++) hash[list[k]] = k;
      features[f].hash = hash;
      features[f].intrinsicSize = list.length;
      features[f].index = list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  const lexeme = features.lexeme;
  lexeme.hash = wordTable(lexeme.list);
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

/** Read and build the core model from the installed package's JSON file. */
export function loadCoreModel(): CoreModel {
  const file = createRequire(import.meta.url).resolve(CORE_JSON);
  return coreModelFrom(readFileSync(file, 'utf8'));
}

/** A recogniser that knows no pattern, in wink's machine format (automaton.js emptyModelJSON). */
const EMPTY_MACHINE = '[100,0,{"0":{}},{},{},{}]';

/** The entity part, with no machines: wink-nlp's entity step is never in the pipe. */
function noEntities(): { machines: string[]; transformers: unknown[] } {
  return { machines: [], transformers: [] };
}

/** The sentiment part, one empty machine: wink-nlp's sentiment step is never in the pipe. */
function noSentiment(): { machines: string[]; setter: () => void } {
  return { machines: [EMPTY_MACHINE], setter: () => undefined };
}

/** The English model for winkNLP(): the package's parts, with the core from loadCoreModel. */
export function englishModel(): Record<string, unknown> {
  const addons = Object.assign(Object.create(null), { stem, lemmatize, readabilityStats, wordVectors: undefined });
  return Object.assign(Object.create(null), {
    core: loadCoreModel,
    sbd: loadSbd,
    pos: loadPos,
    ner: noEntities,
    negation: loadNegation,
    sa: noSentiment,
    metaCER: loadCerMeta,
    featureFn,
    addons,
  });
}

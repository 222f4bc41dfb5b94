/**
 * wink-nlp's English model, assembled here rather than through the package's main module.
 *
 * The package's own core loader costs about 60 ms of every start: it deep-copies its 3 MB
 * JSON with JSON.parse(JSON.stringify(...)), decodes two base64 arrays a character at a time,
 * and puts the 87,000 known words into a dictionary object. This loader parses the JSON file
 * once (a fresh object per call, as the copy gave), decodes base64 with Buffer, and gives the
 * words in forms that load in a few milliseconds (lexemes.ts), from a file prepared at build
 * time when it matches the installed model.
 * The result is the same model: test/nlp-core-model.test.ts compares it with the package's.
 * The parts that run (sentence boundaries, tags, lemmas) are the package's own loaders.
 * Entities and sentiment never run (src/nlp/wink.ts asks only for sentence boundaries and
 * tags), but wink-nlp loads every part's machines at start; they get empty machines, which
 * keeps 570 KB of model out of the start-up path.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dataFile } from '../package-root.js';
import { type Lexemes, lexemesFromList, readPrebuiltCore } from './lexemes.js';
import loadSbd from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPos from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import loadNegation from 'wink-eng-lite-web-model/dist/load-negation-model.js';
import loadCerMeta from 'wink-eng-lite-web-model/dist/load-cer-meta-model.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import stem from 'wink-eng-lite-web-model/dist/porter-stemmer.js';
import lemmatize from 'wink-eng-lite-web-model/dist/lemmatize.js';
import readabilityStats from 'wink-eng-lite-web-model/dist/readability-stats.js';

const CORE_JSON = 'wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json';
const MODEL_PACKAGE = 'wink-eng-lite-web-model/package.json';

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
 * Build the core model from the text of its JSON file, as wink's read and load steps do.
 * `lexemes`, when given, replaces the model's word list and table (the JSON then has an
 * empty list: see loadCoreModel); otherwise they are made from the list in the JSON.
 */
export function coreModelFrom(json: string, lexemes?: Lexemes): CoreModel {
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
  const { list, hash } = lexemes ?? lexemesFromList(lexeme.list);
  lexeme.list = list;
  lexeme.hash = hash;
  lexeme.intrinsicSize = list.length;
  lexeme.index = list.length;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  }
  return model;
}

/**
 * Read and build the core model: from data/wink-core.bin (scripts/build-wink-core.mjs, made
 * at `npm run build` from the installed model) when it matches the installed model's JSON,
 * from that JSON otherwise. The same model either way; the prebuilt file saves about 20 ms.
 */
export function loadCoreModel(options: { prebuilt?: boolean } = {}): CoreModel {
  const require = createRequire(import.meta.url);
  const file = require.resolve(CORE_JSON);
  if (options.prebuilt !== false) {
    try {
      const version = String((require(MODEL_PACKAGE) as { version?: unknown }).version);
      const prebuilt = readPrebuiltCore(dataFile('wink-core.bin'), { bytes: statSync(file).size, version });
      if (prebuilt) return coreModelFrom(prebuilt.json, prebuilt.lexemes);
    } catch {
      /* a damaged prebuilt file: the package's JSON below gives the same model */
    }
  }
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

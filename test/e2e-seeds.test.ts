import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compare } from '../src/pipeline/compare.js';
import { renderJson } from '../src/render/json.js';
import { SEED_FILES, seedsComparison } from './support/seeds-report.js';

const root = process.cwd();
const result = seedsComparison(root);
const texts = [SEED_FILES.a, SEED_FILES.b].map((s) => readFileSync(path.join(root, s.path), 'utf8'));

test('every sentence is an exact slice of its input, in order, without overlap', () => {
  result.sources.forEach((src, k) => {
    let last = 0;
    for (const s of src.sentences) {
      assert.is(s.text, texts[k].slice(s.start, s.end));
      assert.ok(s.start >= last, `${s.id} overlaps the sentence before`);
      last = s.end;
    }
  });
});

test('no text is lost: everything outside sentences is white space, metadata or a drop-cap letter', () => {
  result.sources.forEach((src, k) => {
    const covered = new Array(texts[k].length).fill(false);
    for (const s of src.sentences) for (let i = s.start; i < s.end; i++) covered[i] = true;
    const outside = texts[k].split('').filter((ch, i) => !covered[i]).join('').replace(/\s+/g, ' ').trim();
    assert.ok(outside.length < 20, `text left outside every sentence: "${outside}"`);
  });
});

test('sentence ids are unique across the result, and links only name existing, non-boilerplate sentences', () => {
  const all = result.sources.flatMap((s) => s.sentences);
  const ids = new Set(all.map((s) => s.id));
  assert.is(ids.size, all.length);
  const boiler = new Set(all.filter((s) => s.boilerplate).map((s) => s.id));
  for (const l of result.links) {
    assert.ok(l.a.length > 0 && l.b.length > 0);
    for (const id of [...l.a, ...l.b]) {
      assert.ok(ids.has(id), id);
      assert.not.ok(boiler.has(id), `${id} is boilerplate`);
    }
    assert.ok(l.a.every((id) => id.startsWith('a')) && l.b.every((id) => id.startsWith('b')));
  }
});

test('metadata, drop cap and comment-form furniture are handled', () => {
  const [a, b] = result.sources;
  assert.is(b.metadata.date, '2023-01-24');
  assert.ok(b.sentences[0].text.startsWith('The Biden administration'));
  assert.is(a.sentences.filter((s) => s.boilerplate).length, 3);
});

test('every difference quotes both spans exactly; divergent links carry a material difference', () => {
  const text = (id: string) => texts[id === 'a' ? 0 : 1];
  for (const l of result.links) {
    for (const d of l.differences) {
      assert.is(d.a.text, text('a').slice(d.a.start, d.a.end));
      assert.is(d.b.text, text('b').slice(d.b.start, d.b.end));
    }
    assert.is(l.class === 'divergent', l.differences.some((d) => d.material));
  }
});

test('the engine finds divergences on the seeds, and both kinds of link', () => {
  assert.ok(result.summary.links.divergent >= 1);
  assert.ok(result.summary.links.corroborating >= 5);
  const types = new Set(result.links.flatMap((l) => l.differences.map((d) => d.type)));
  assert.ok(types.has('event'), 'the virtual meeting / phone call difference');
});

test('summary counts agree with the links and sentences', () => {
  for (const s of result.summary.sources) {
    assert.is(s.corroborated + s.divergent + s.unique, s.content);
    assert.is(result.summary.unique[s.id].length, s.unique);
  }
  assert.is(result.summary.links.total, result.links.length);
});

test('determinism: the same input gives byte-identical JSON', () => {
  const again = seedsComparison(root);
  assert.is(renderJson(again), renderJson(result));
});

test('determinism: scores do not depend on what the process compared before', () => {
  // Two fresh processes score the same sentence pairs in opposite orders, so each meets the
  // words (and interns them) in a different order; every signal must come out bit for bit
  // the same.
  const url = (...p: string[]) => JSON.stringify(pathToFileURL(path.join(root, 'dist', 'src', ...p)).href);
  const [pa, pb] = [SEED_FILES.a, SEED_FILES.b].map((s) => JSON.stringify(path.join(root, s.path)));
  const run = (reverse: boolean) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { readFileSync } from 'node:fs';
         import { comparePair } from ${url('pipeline', 'pair.js')};
         import { ingest } from ${url('ingest', 'ingest.js')};
         import { segment } from ${url('segment', 'segment.js')};
         const sentences = (f) => { const d = segment(ingest({ text: readFileSync(f, 'utf8'), name: 'x' }, 'a'));
           return d.sentences.filter((s) => !s.boilerplate).slice(0, 6).map((s) => d.text.slice(s.start, s.end)); };
         const A = sentences(${pa}), B = sentences(${pb});
         const pairs = A.flatMap((a, i) => B.map((b, j) => [i, j]));
         if (${reverse}) pairs.reverse();
         const out = {};
         for (const [i, j] of pairs) out[i + ',' + j] = comparePair(A[i], B[j]);
         process.stdout.write(JSON.stringify(Object.keys(out).sort().map((k) => [k, out[k].signals, out[k].score])));`,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
  assert.is(run(true), run(false));
});

test('comparing a report with itself links every content sentence to itself as corroborating', () => {
  const self = compare({ text: texts[0], name: 'x' }, { text: texts[0], name: 'y' });
  const content = self.sources[0].sentences.filter((s) => !s.boilerplate);
  for (const s of content) {
    const own = self.links.find((l) => l.a.includes(s.id) && l.b.includes(`b${s.id.slice(1)}`));
    assert.ok(own, `${s.id} not linked to itself`);
    assert.is(own!.class, 'corroborating');
  }
});

test('malformed library options are an InputError naming the option', () => {
  const run = (o: unknown) => () => compare({ text: texts[0], name: 'x' }, { text: texts[1], name: 'y' }, o as never);
  assert.throws(run({ linkThreshold: 2 }), /linkThreshold/);
  assert.throws(run({ linkThreshold: Number.NaN }), /linkThreshold/);
  assert.throws(run({ bogus: 1 }), /unknown option bogus/);
});

test.run();

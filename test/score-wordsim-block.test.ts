/** The similarity table filled in one pass (fillBlock) holds what one fill per look-up would. */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyseReport } from '../src/pipeline/report.js';
import { buildIdf } from '../src/score/idf.js';
import { PackedRows } from '../src/score/packed-dots.js';
import { prepareSentence } from '../src/score/prepare.js';
import { WordSimCache } from '../src/score/wordsim.js';

test('packed dot products equal the plain integer loop, two rows per multiplication', () => {
  let x = 12345;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) % 255) - 127;
  const dims = 100;
  const rows = Array.from({ length: 7 }, () => Float64Array.from({ length: dims }, rand));
  rows.push(new Float64Array(dims).fill(127), new Float64Array(dims).fill(-127));
  const v = Float64Array.from({ length: dims }, rand);
  const extreme = new Float64Array(dims).fill(-127);
  const out = new Float64Array(rows.length + 1);
  for (const vec of [v, extreme]) {
    new PackedRows(rows, dims).dotsInto(vec, out);
    rows.forEach((r, i) => {
      let d = 0;
      for (let k = 0; k < dims; k++) d += vec[k] * r[k];
      assert.is(out[i], d, `row ${i}`);
    });
  }
});

test('fillBlock: every A type against every B type, the values lazy fills give', () => {
  const a = analyseReport('The council approved the budget on Monday. Officials said the new bridge would cost 40 million dollars. Critics called the plan reckless.', 'a');
  const b = analyseReport('On Monday the city council passed its spending plan. The bridge will cost 45 million dollars, officials said. Opponents praised the budget.', 'b');
  const idf = buildIdf(a.sentences.map((s) => s.analysis), b.sentences.map((s) => s.analysis));
  const prepared = (cache: WordSimCache) => [a, b].map((d) => d.sentences.map((s) => prepareSentence(s.analysis, idf, cache)));
  const lazy = new WordSimCache();
  const [la, lb] = prepared(lazy);
  const block = new WordSimCache();
  const [ba, bb] = prepared(block);
  const typesA = [...new Set(ba.flatMap((p) => [...p.typeIds]))];
  const typesB = [...new Set(bb.flatMap((p) => [...p.typeIds]))];
  assert.equal(typesA, [...new Set(la.flatMap((p) => [...p.typeIds]))], 'same type ids either way');
  assert.ok(typesA.some((t) => typesB.includes(t)), 'some types occur in both reports');
  block.fillBlock(typesA, typesB);
  const table = block.dense();
  let checked = 0;
  for (const x of typesA) {
    for (const y of typesB) {
      assert.ok(table[x * block.slots + y] !== 0, `filled ${x},${y}`);
      lazy.sim(x, y);
      assert.is(block.sim(x, y), lazy.sim(x, y), `${x},${y}`);
      checked++;
    }
  }
  assert.ok(checked > 100, `checked ${checked}`);
});

test.run();

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

const classOf = (a: string, b: string) => comparePair(a, b).class;

test('attribution: one speaker described two ways, or spelt two ways, is one source', () => {
  assert.is(classOf('Senator Hale, a Republican from Ohio, said Governor Ross would sign the bill.', 'Senator Hale said Governor Ross would sign the bill.'), 'corroborating');
  const v = comparePair('Zelenskyy said the troops would hold the city.', 'Zelensky said the troops would hold the city.');
  assert.equal(v.differences.map((d) => d.type), []);
  const w = comparePair('Alan Futerfas, an attorney for Trump Jr., said the papers were leaked.', 'Trump Jr.’s attorney, Alan Futerfas, said the papers were leaked.');
  assert.equal(w.differences.map((d) => d.type), []);
  // Two different named speakers are still a material difference.
  assert.is(classOf('Senator Hale said the bill would pass.', 'Senator Ross said the bill would pass.'), 'divergent');
});

test.run();

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

test('entities: a company replaced by another in the same slot, even when one looks like a person', () => {
  const v = comparePair('The contract was awarded to Boeing on Monday.', 'The contract was awarded to Lockheed Martin on Monday.');
  assert.equal(v.differences.filter((d) => d.material).map((d) => [d.type, d.a.text, d.b.text]), [['entity', 'Boeing', 'Lockheed Martin']]);
  // A rewrite that swaps a person for an organisation elsewhere is not a substitution.
  assert.is(classOf('Police said they arrested a man on suspicion of burglary.', 'Mr Barschak was arrested on suspicion of burglary.'), 'corroborating');
  // "IBM Corp." abbreviates "International Business Machines".
  assert.is(classOf('The deal was signed by IBM Corp. on Monday.', 'The deal was signed by International Business Machines on Monday.'), 'corroborating');
});

test.run();

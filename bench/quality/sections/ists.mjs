// iSTS 2016 headlines: pairs whose gold chunk alignment has an OPPO chunk or a _POL/_FACT mark
// ("conflict") should carry a material difference; pairs whose aligned chunks are all EQUI
// should not. The train split (more conflict pairs) is also reported: nothing is fit on it.
import { loadIsts } from '../lib/data.mjs';
import { hasMaterial, scoreRows } from '../lib/engine.mjs';
import { share } from '../lib/stats.mjs';
import { pct } from '../lib/table.mjs';

export const name = 'ists';
export const title = 'iSTS 2016 headlines';

const anyDifference = (r) => r.v.differences.length > 0;
const material = (r) => hasMaterial(r.v);

function splitRows(scored, label) {
  const conflict = scored.filter((r) => r.gold === 'conflict');
  const equi = scored.filter((r) => r.gold === 'equivalent' || r.gold === 'strict');
  const strict = scored.filter((r) => r.gold === 'strict');
  return [
    { metric: `${label}recall: OPPO/_POL/_FACT pairs with a material difference`, ours: `${pct(share(conflict, material))}%`, n: conflict.length },
    { metric: `${label}  with any difference (material or not)`, ours: `${pct(share(conflict, anyDifference))}%`, n: conflict.length },
    { metric: `${label}false alarms: all-EQUI pairs (NOALI allowed) with a material difference`, ours: `${pct(share(equi, material))}%`, n: equi.length },
    { metric: `${label}  all-EQUI pairs without any NOALI chunk`, ours: `${pct(share(strict, material))}%`, n: strict.length },
  ];
}

export async function run({ engine, root }) {
  const test = loadIsts(root, 'test');
  if (!test) return { skip: 'iSTS test file absent (../shared/data/ists-2016-headlines/test.jsonl)' };
  const scored = scoreRows(engine, test);
  const rows = splitRows(scored, '');
  rows[0].anchors = 'none published for this rule';
  const train = loadIsts(root, 'train');
  let trainScored = [];
  if (train) {
    trainScored = scoreRows(engine, train);
    rows.push(...splitRows(trainScored, 'train split (eval only): ').filter((_, i) => i % 2 === 0));
  }
  return { rows, scored, trainScored };
}

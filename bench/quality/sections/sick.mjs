// SICK test (captions, not news): of the related pairs (relatedness >= 3, the README's cut
// for "related"), the share of CONTRADICTION pairs the engine calls divergent and the share of
// ENTAILMENT pairs it wrongly calls divergent. Evaluation only (CC BY-NC-SA 3.0).
import { loadSick, SICK_RELATED } from '../lib/data.mjs';
import { scoreRows } from '../lib/engine.mjs';
import { share } from '../lib/stats.mjs';
import { pct } from '../lib/table.mjs';

export const name = 'sick';
export const title = 'SICK test';

/** The SICK pairs this section scores: related CONTRADICTION and ENTAILMENT, plus all contradictions. */
export function sickSelection(rows) {
  return rows.filter((r) => r.label === 'CONTRADICTION' || (r.label === 'ENTAILMENT' && r.relatedness >= SICK_RELATED));
}

export async function run({ engine, root }) {
  const data = loadSick(root, 'test');
  if (!data) return { skip: 'SICK test file absent (../shared/data/sick/SICK_test_annotated.txt)' };
  const scored = scoreRows(engine, sickSelection(data));
  const divergent = (r) => r.v.class === 'divergent';
  const contra = scored.filter((r) => r.label === 'CONTRADICTION');
  const related = contra.filter((r) => r.relatedness >= SICK_RELATED);
  const ent = scored.filter((r) => r.label === 'ENTAILMENT');
  const ent4 = ent.filter((r) => r.relatedness >= 4);
  return {
    rows: [
      { metric: `CONTRADICTION called divergent (relatedness >= ${SICK_RELATED})`, ours: `${pct(share(related, divergent))}%`, target: '>= 90%', anchors: 'none published for this rule', n: related.length },
      { metric: `ENTAILMENT called divergent (relatedness >= ${SICK_RELATED})`, ours: `${pct(share(ent, divergent))}%`, target: '<= 10%', n: ent.length },
      { metric: '  all CONTRADICTION pairs', ours: `${pct(share(contra, divergent))}%`, n: contra.length },
      { metric: '  ENTAILMENT, relatedness >= 4 (README: corroborating)', ours: `${pct(share(ent4, divergent))}%`, n: ent4.length },
    ],
    scored,
  };
}

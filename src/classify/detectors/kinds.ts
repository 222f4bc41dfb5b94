/**
 * Who: the same statement about people of kinds that exclude each other ("The blast killed 12
 * soldiers" / "... 12 civilians", "three adults" / "three children"; see ../kinds.ts). Typed
 * `entity`: a different party in the same role. Both words are common nouns that the word diff
 * replaces one with the other (in pieces of a few words), with a content word in common around them (sameContext), and
 * neither word occurs on the other side, so a report that names both ("soldiers and
 * civilians") clashes with neither, and "the mother ... her child" / "the woman ... her
 * daughter" pairs "mother" with "woman", not with "daughter". WordNet's direct opposites
 * ("men" / "women") are left to the antonym detector.
 */
import type { Difference, DiffPart } from '../../model/result.js';
import { areAntonyms } from '../antonyms.js';
import { exclusiveKinds, hasOpposedKind } from '../kinds.js';
import { inside, type PairContext, replacements, type Side, quote, sameContext, tokenSpan } from '../context.js';

/** Token indices of common nouns that name a kind of person with an opposite kind. */
function kindNouns(side: Side): number[] {
  const { tokens, lemmas, entities } = side.analysis;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' || !/^\p{Ll}/u.test(t.text)) continue;
    if (entities.some((e) => t.start >= e.start && t.end <= e.end)) continue;
    if (hasOpposedKind(lemmas[i]) || hasOpposedKind(t.norm)) out.push(i);
  }
  return out;
}

/** Most words a replaced piece may hold: "soldiers" / "civilians", "two children" / "an adult", not a sentence rewritten. */
const MAX_PIECE_WORDS = 4;
const short = (p: DiffPart) => p.text.trim().split(/\s+/).length <= MAX_PIECE_WORDS;

const formsOf = (side: Side, i: number) => [side.analysis.lemmas[i], side.analysis.tokens[i].norm];

export function kindDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const nounsA = kindNouns(a);
  if (nounsA.length === 0) return [];
  const nounsB = kindNouns(b);
  if (nounsB.length === 0) return [];
  const lemmasA = new Set(a.analysis.lemmas);
  const lemmasB = new Set(b.analysis.lemmas);
  const swapped = replacements(ctx.diff);
  for (const i of nounsA) {
    const fa = formsOf(a, i);
    if (fa.some((f) => lemmasB.has(f))) continue;
    for (const j of nounsB) {
      const fb = formsOf(b, j);
      if (fb.some((f) => lemmasA.has(f))) continue;
      if (!fa.some((x) => fb.some((y) => exclusiveKinds(x, y)))) continue;
      if (fa.some((x) => fb.some((y) => areAntonyms(x, y)))) continue;
      const [ta, tb] = [a.analysis.tokens[i], b.analysis.tokens[j]];
      if (!swapped.some((r) => short(r.del) && short(r.ins) && inside(ta, r.del.a) && inside(tb, r.ins.b)) || !sameContext(a, ta, b, tb)) continue;
      const sa = tokenSpan(a.text, ta);
      const sb = tokenSpan(b.text, tb);
      return [{ type: 'entity', material: true, note: `who: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

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
import { POSSESSIVES } from '../../analyse/lexicon/attribution.js';
import { areAntonyms } from '../antonyms.js';
import { exclusiveKinds, hasOpposedKind } from '../kinds.js';
import { inside, type PairContext, replacements, type Side, quote, sameContext, tokenSpan } from '../context.js';

/**
 * The forms a noun is looked up by: lemma, surface form, and a singular the lemmatiser did not
 * give ("marines", "militiamen", "schoolchildren").
 */
function formsOf(side: Side, i: number): string[] {
  const norm = side.analysis.tokens[i].norm;
  const out = [side.analysis.lemmas[i], norm];
  if (norm.endsWith('children')) out.push(`${norm.slice(0, -3)}`);
  else if (norm.endsWith('men')) out.push(`${norm.slice(0, -3)}man`);
  else if (norm.endsWith('s')) out.push(norm.slice(0, -1));
  return out;
}

/** Does the noun after token i also follow a word of the other side ("forces" in "rebel forces" / "government forces")? */
function sameHead(side: Side, i: number, other: Side): boolean {
  const head = side.analysis.lemmas[i + 1];
  return other.analysis.lemmas.some((l, j) => l === head && j > 0 && other.analysis.tokens[j - 1].type === 'word' && other.analysis.lemmas[j - 1] !== side.analysis.lemmas[i]);
}

/**
 * Token indices of common nouns that name a kind of person with an opposite kind; not a noun
 * that modifies the next ("a child star", "a youth leader") unless the other side puts another
 * word before the same noun ("rebel forces" / "government forces"), nor "child" after a possessive
 * ("their children" are offspring of any age).
 */
function kindNouns(side: Side, other: Side): number[] {
  const { tokens, entities } = side.analysis;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // A capital only at the start of the sentence ("Militiamen killed ..."), which the tagger may
    // read as a name; an adjective only as a head ("a senior civilian in", not "civilian deaths").
    const first = tokens.slice(0, i).every((u) => u.type === 'punctuation') && /^\p{Lu}\p{Ll}+$/u.test(t.text);
    const head = next === undefined || !['NOUN', 'PROPN', 'ADJ'].includes(next.pos);
    if (!/^\p{Ll}/u.test(t.text) && !first) continue;
    if (!(t.pos === 'NOUN' || (first && t.pos === 'PROPN') || (t.pos === 'ADJ' && head))) continue;
    // A noun modifying another names a kind only of the same thing on both sides ("rebel forces" / "government forces").
    if (next?.pos === 'NOUN' && !sameHead(side, i, other)) continue;
    if (entities.some((e) => t.start >= e.start && t.end <= e.end && !(first && e.start === t.start && e.end === t.end))) continue;
    const prev = tokens[i - 1];
    if (/^(?:child|children|kid|kids)$/.test(t.norm) && prev !== undefined && (POSSESSIVES.has(prev.norm) || prev.norm === "'s" || prev.norm === '’s')) continue;
    if (formsOf(side, i).some(hasOpposedKind)) out.push(i);
  }
  return out;
}

/** Most words a replaced piece may hold: "soldiers" / "civilians", "two children" / "an adult", not a sentence rewritten. */
const MAX_PIECE_WORDS = 4;
const short = (p: DiffPart) => p.text.trim().split(/\s+/).length <= MAX_PIECE_WORDS;

export function kindDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const nounsA = kindNouns(a, b);
  if (nounsA.length === 0) return [];
  const nounsB = kindNouns(b, a);
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

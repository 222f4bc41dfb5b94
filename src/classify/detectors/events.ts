/** event: the same kind of occurrence reported as different event types ("virtual meeting" vs "phone call"). */
import type { Difference } from '../../model/result.js';
import type { EventMention } from '../../model/stages.js';
import { type PairContext, type Side, quote, spanOf } from '../context.js';

/** Event kinds that can stand for one another's occasion; a mismatch inside a family is a conflict. */
const FAMILIES: string[][] = [
  ['meeting', 'virtual meeting', 'video call', 'phone call', 'summit', 'talks', 'visit', 'conference', 'interview', 'letter'],
  ['sale', 'transfer', 'donation', 'loan', 'gift'],
  ['attack', 'invasion', 'shooting', 'bombing', 'explosion', 'fire', 'crash'],
  ['arrest', 'charge', 'conviction', 'acquittal', 'sentence', 'release'],
  ['resignation', 'firing', 'dismissal', 'suspension', 'retirement'],
  ['agreement', 'deal', 'treaty', 'proposal'],
];

/**
 * Kinds that name a whole family's sort of happening (a sale is a "transfer"): they do not
 * clash with their family's other kinds.
 */
const GENERIC_KINDS = new Set(['transfer']);
/**
 * Generic words of a kind that has specific ones too: "an attack" may be a bombing or an
 * invasion. An explosion, a crash or a fire may be accidents, so "attack" against them still
 * differs: it says someone meant it.
 */
const GENERIC_WORDS = /^(?:attack|attacks|attacked|attacking|assault|assaults|assaulted)$/i;
const ATTACK_KINDS = new Set(['attack', 'invasion']);

/** Does one of two mentions cover the other's kind as the generic word of its family? */
function covers(x: EventMention, y: EventMention): boolean {
  return GENERIC_KINDS.has(x.kind) || GENERIC_KINDS.has(y.kind) || (GENERIC_WORDS.test(x.text) && ATTACK_KINDS.has(y.kind)) || (GENERIC_WORDS.test(y.text) && ATTACK_KINDS.has(x.kind));
}

function family(kind: string): number {
  return FAMILIES.findIndex((f) => f.includes(kind));
}

/** "attempted murder": the act tried, not done. */
const ATTEMPT = new Set(['attempted', 'foiled', 'thwarted']);
/** Words that say, anywhere on the other side, that the act was tried or stopped as well. */
const TRIED = /^(?:attempt|attempts|attempted|try|tried|tries|trying|foil|foiled|thwart|thwarted|fail|failed|fails|failing|bid|abort|aborted|botched|stopped|prevented|unsuccessful|would-be)$/;
const NOUNISH = new Set(['NOUN', 'PROPN']);

/**
 * "attempted" (or "foiled", "thwarted") as a modifier of a noun, at the start or after a
 * determiner or preposition ("an attempted coup", "charged with attempted murder"; not the
 * verb of "police thwarted attacks"): the cue and the head noun of what follows.
 */
function attempts(side: Side): Array<{ cue: number; noun: number }> {
  const { tokens } = side.analysis;
  const out: Array<{ cue: number; noun: number }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!ATTEMPT.has(tokens[i].norm) || !NOUNISH.has(tokens[i + 1].pos)) continue;
    const before = tokens[i - 1];
    if (before !== undefined && !['DET', 'ADP', 'PRON', 'CCONJ', 'NUM', 'ADJ'].includes(before.pos) && before.text !== ',') continue;
    let noun = i + 1;
    while (NOUNISH.has(tokens[noun + 1]?.pos ?? '')) noun++;
    out.push({ cue: i, noun });
  }
  return out;
}

/**
 * An act tried on one side and done on the other ("charged with attempted murder" /
 * "charged with murder", "a foiled plot" / "a plot"): the same noun, with the cue on one side
 * and no word of trying or stopping anywhere on the other ("an assassination attempt", "the
 * plot, which was foiled").
 */
function attemptDifferences(ctx: PairContext): Difference[] {
  const sides: Array<[Side, Side, boolean]> = [[ctx.a, ctx.b, false], [ctx.b, ctx.a, true]];
  for (const [from, to, flip] of sides) {
    if (to.analysis.tokens.some((t) => TRIED.test(t.norm))) continue;
    for (const { cue, noun } of attempts(from)) {
      const lemma = from.analysis.lemmas[noun];
      const k = to.analysis.lemmas.findIndex((l, j) => l === lemma && NOUNISH.has(to.analysis.tokens[j].pos));
      if (k < 0) continue;
      const t = from.analysis.tokens;
      const x = spanOf(from.text, t[cue].start, t[noun].end);
      const y = spanOf(to.text, to.analysis.tokens[k].start, to.analysis.tokens[k].end);
      const [sa, sb] = flip ? [y, x] : [x, y];
      return [{ type: 'event', material: true, note: `event: ${quote(sa.text)} vs ${quote(sb.text)}`, a: sa, b: sb }];
    }
  }
  return [];
}

export function eventDifferences(ctx: PairContext): Difference[] {
  return [...attemptDifferences(ctx), ...kindDifferences(ctx)];
}

/** Event kinds of one family that differ. */
function kindDifferences(ctx: PairContext): Difference[] {
  const { a, b } = ctx;
  const kindsA = new Set(a.analysis.events.map((e) => e.kind));
  const kindsB = new Set(b.analysis.events.map((e) => e.kind));
  const out: Difference[] = [];
  const seen = new Set<string>();
  for (const x of a.analysis.events) {
    const fx = family(x.kind);
    if (fx < 0 || kindsB.has(x.kind)) continue;
    const y = b.analysis.events.find((e) => family(e.kind) === fx && e.kind !== x.kind && !covers(x, e) && !kindsA.has(e.kind));
    if (!y) continue;
    const key = `${x.kind}|${y.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      type: 'event',
      material: true,
      note: `event: ${quote(x.text)} vs ${quote(y.text)}`,
      a: spanOf(a.text, x.start, x.end),
      b: spanOf(b.text, y.start, y.end),
    });
  }
  return out;
}

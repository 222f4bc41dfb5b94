/** Negation lexicon: grammatical negators, lexical negators and fixed non-negating phrases. */

/** Grammatical negators (lower-cased surface). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', "n't", 'n’t', 'no', 'never', 'none', 'neither', 'nor', 'without', 'nobody', 'nothing',
  'nowhere', 'cannot', 'non', 'nope', 'nay',
]);

/** Verbs (by lemma) that negate their complement when followed by "to" or an -ing verb. */
export const NEG_VERBS_TO: ReadonlySet<string> = new Set(['decline', 'refuse', 'fail', 'cease']);

/** Verbs (by lemma) that negate their object or complement directly. */
export const NEG_VERBS: ReadonlySet<string> = new Set(['deny', 'stop', 'halt', 'reject', 'cease', 'abandon', 'lack', 'rebuff', 'spurn']);

/** Words after a negator that make a fixed phrase which does not negate the claim. */
export const NON_NEGATING_NEXT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['only', 'just', 'merely', 'least', 'simply'])],
  ['no', new Set(['doubt', 'matter', 'sooner', 'less', 'more'])],
  ['nothing', new Set(['but', 'short'])],
  ['none', new Set(['other'])],
  ['never', new Set(['mind'])],
]);

/** Words before a negator that make a fixed non-negating phrase ("whether or not", "if not"). */
export const NON_NEGATING_PREV: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['not', new Set(['or', 'if'])],
]);

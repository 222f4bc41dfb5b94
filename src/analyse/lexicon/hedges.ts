/** Hedge lexicon: modal verbs, expectation and belief predicates, evidential markers. */

/** Modal auxiliaries (by lemma) → certainty. Plain future "will" is included on purpose. */
export const MODALS: ReadonlyMap<string, number> = new Map([
  ['will', 0.9], ['shall', 0.9], ['would', 0.6], ['should', 0.6], ['could', 0.4], ['may', 0.4],
  ['might', 0.3], ['must', 0.8],
]);

/** "be X to" predicates (X as written) → certainty. */
export const BE_TO_EXPECTATION: ReadonlyMap<string, number> = new Map([
  ['expected', 0.7], ['likely', 0.65], ['unlikely', 0.25], ['set', 0.85], ['due', 0.85],
  ['poised', 0.8], ['scheduled', 0.85], ['slated', 0.8], ['about', 0.85], ['certain', 0.9],
  ['bound', 0.85], ['going', 0.8], ['unable', 0.2], ['able', 0.8],
]);

/** "be X to" passive evidentials (X as written) → certainty. */
export const BE_TO_EVIDENTIAL: ReadonlyMap<string, number> = new Map([
  ['said', 0.5], ['believed', 0.6], ['thought', 0.55], ['reported', 0.55], ['alleged', 0.4],
  ['understood', 0.65], ['known', 0.9], ['rumoured', 0.35], ['rumored', 0.35], ['estimated', 0.6],
]);

/** Verbs taking "to" that express intention or expectation (by lemma) → certainty. */
export const INTENT_VERBS: ReadonlyMap<string, number> = new Map([
  ['plan', 0.75], ['intend', 0.7], ['expect', 0.7], ['aim', 0.6], ['hope', 0.5],
  ['promise', 0.75], ['pledge', 0.75], ['vow', 0.75],
]);

/** Belief and cognition verbs (by lemma) → certainty. */
export const BELIEF_VERBS: ReadonlyMap<string, number> = new Map([
  ['believe', 0.6], ['think', 0.55], ['consider', 0.6], ['suspect', 0.5], ['assess', 0.6],
  ['fear', 0.5], ['doubt', 0.3], ['conclude', 0.75], ['judge', 0.65], ['assume', 0.55],
  ['presume', 0.55], ['speculate', 0.35], ['guess', 0.4], ['reckon', 0.55],
]);

/** Evidential verbs (by lemma) → certainty. */
export const EVIDENTIAL_VERBS: ReadonlyMap<string, number> = new Map([
  ['suggest', 0.5], ['appear', 0.5], ['seem', 0.5], ['indicate', 0.6], ['claim', 0.45],
  ['allege', 0.4], ['imply', 0.5],
]);

/** Single-word hedges (as written) → [kind, certainty]. */
export const HEDGE_WORDS: ReadonlyMap<string, [string, number]> = new Map([
  ['reportedly', ['evidential', 0.5]], ['allegedly', ['evidential', 0.4]],
  ['apparently', ['evidential', 0.5]], ['apparent', ['evidential', 0.5]],
  ['purportedly', ['evidential', 0.4]], ['alleged', ['evidential', 0.4]],
  ['supposedly', ['evidential', 0.4]], ['seemingly', ['evidential', 0.5]],
  ['unclear', ['evidential', 0.3]], ['unconfirmed', ['evidential', 0.35]],
  ['likely', ['expectation', 0.65]], ['unlikely', ['expectation', 0.25]],
  ['probably', ['expectation', 0.65]], ['possibly', ['modal', 0.4]], ['perhaps', ['modal', 0.4]],
  ['maybe', ['modal', 0.4]], ['potentially', ['modal', 0.4]], ['possible', ['modal', 0.4]],
  ['presumably', ['belief', 0.6]], ['arguably', ['belief', 0.5]],
  ['certainly', ['belief', 0.9]], ['definitely', ['belief', 0.95]], ['clearly', ['belief', 0.85]],
]);

export const BE_FORMS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am', "'m",
]);

/** Attribution lexicon: reporting verbs and source-head words by kind. */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** Reporting verbs (by lemma) that introduce an attributed claim. */
export const REPORTING_VERBS = set(`
say tell state add note confirm report write announce claim acknowledge insist assert argue
allege disclose reveal testify tweet declare stress emphasise emphasize
`);

/**
 * Reporting verbs that also take a plain object as an event ("declared a relationship",
 * "announced the visit", "confirmed the deal"): after their subject they attribute only when
 * a clause follows ("declared that ...", "confirmed: ...", a quote) or nothing does. ("report"
 * is not among them: "Bloomberg first reported the contact" credits a source.)
 */
export const OBJECT_TAKING_REPORTING_VERBS = set(`
state note confirm announce claim acknowledge allege disclose reveal declare stress
emphasise emphasize
`);

/** Heads of anonymous sources (by lemma). */
export const ANONYMOUS_HEADS = set(`
people person source official officer diplomat insider aide adviser advisor individual someone
expert analyst lawmaker executive employee staffer participant member
`);

/** Heads of official (institutional or role) sources (by lemma). */
export const OFFICIAL_HEADS = set(`
spokeswoman spokesman spokesperson ministry department embassy consulate government
administration house kremlin pentagon agency office council police military army minister
president secretary authority authorities regulator court prosecutor commission committee
company firm bank party cabinet leadership ambassador governor mayor premier chancellor
`);

/** Heads of document sources (by lemma). */
export const DOCUMENT_HEADS = set(`
statement report document memo filing letter release transcript readout study survey
assessment analysis record cable communique data figure poll notice indictment complaint
`);

/** Heads of outlet sources (by lemma). */
export const OUTLET_HEADS = set(`
broadcaster newspaper outlet television tv media channel network daily paper magazine website
agency tabloid radio
`);

/** Pronoun sources. */
export const PRONOUNS = set(`he she they it we i you who this that these those`);

/** Possessive determiners: the noun after one names a thing or act someone has ("her legs", "their failure"). */
export const POSSESSIVES = set(`my your his her its our their`);

/** Verbs or phrases after a source that mark a refusal to comment (by surface). */
export const NO_COMMENT: readonly string[][] = [
  ['declined', 'to', 'comment'], ['declined', 'to', 'provide'], ['declined', 'to', 'detail'],
  ['declined', 'to', 'discuss'], ['declined', 'to', 'elaborate'], ['declined', 'to', 'say'],
  ['refused', 'to', 'comment'], ['did', 'not', 'respond'], ['did', "n't", 'respond'],
  ['did', 'not', 'immediately', 'respond'], ['did', 'not', 'return'], ['could', 'not', 'be', 'reached'],
  ['did', 'not', 'reply'], ['had', 'no', 'comment'], ['has', 'not', 'responded'],
  ['has', 'not', 'commented'], ['did', 'not', 'comment'], ['would', 'not', 'comment'],
  ['declines', 'to', 'comment'], ['declined', 'comment'],
];

/** Every source-head word: counted as a noun whatever the tagger says ("people" is often VERB). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set([
  ...ANONYMOUS_HEADS, ...OFFICIAL_HEADS, ...DOCUMENT_HEADS, ...OUTLET_HEADS,
]);

/** Words that make a sentence worth handing to chrono, and temporal-anchor patterns. */

/** A sentence is only parsed for dates when it holds one of these words or a digit. */
export const DATE_TRIGGERS: ReadonlySet<string> = new Set(
  `january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
  nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday yesterday today
  tonight tomorrow last next ago week weeks weekend month months year years decade century
  earlier later since past coming noon midnight morning afternoon evening night spring summer
  autumn fall winter this`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

/** Events that serve as temporal anchors ("at the start of the war"). */
export const ANCHOR_EVENTS = [
  'war', 'conflict', 'invasion', 'pandemic', 'outbreak', 'meeting', 'summit', 'talks',
  'election', 'elections', 'vote', 'visit', 'crisis', 'attack', 'attacks', 'ceasefire', 'truce',
  'negotiations', 'fighting', 'occupation', 'offensive', 'referendum', 'coup', 'revolution',
  'lockdown', 'games', 'olympics', 'call', 'trip', 'deal', 'agreement', 'announcement',
];

/** Prepositional heads of temporal anchors. */
export const ANCHOR_HEADS = [
  'before', 'after', 'since', 'during', 'ahead of', 'prior to', 'following', 'until', 'amid',
  'at the start of', 'at the beginning of', 'at the outset of', 'at the end of',
  'at the height of', 'from the start of', 'from the beginning of', 'from the outset of',
  'from the (?:very )?(?:early|first) days of', 'in the (?:early|first|final|last) days of',
  'in the (?:early|first|final|last) (?:weeks|months) of', 'on the eve of', 'in the run-up to',
  'in the wake of', 'in the aftermath of', 'throughout', 'by the end of', 'at the time of',
];

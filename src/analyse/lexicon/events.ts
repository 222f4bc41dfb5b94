/**
 * Event lexicon. Multi-word patterns (each slot lists alternatives matched against a token's
 * lower-cased surface or lemma; '?' marks an optional slot) are tried before single words.
 */

export interface EventPattern {
  slots: string[];
  kind: string;
}

export const EVENT_PATTERNS: readonly EventPattern[] = [
  { slots: ['virtual', 'meeting|summit|talks|conference|call|session|chat'], kind: 'virtual meeting' },
  { slots: ['video', '-?', 'call|conference|link|chat|meeting|summit|talks|calls'], kind: 'virtual meeting' },
  { slots: ['videoconference|videocall|videolink|teleconference'], kind: 'virtual meeting' },
  { slots: ['meet|hold|talk|speak', 'virtually|online'], kind: 'virtual meeting' },
  { slots: ['via|by|over', 'video|videolink|zoom', 'link|conference|call?'], kind: 'virtual meeting' },
  { slots: ['phone|telephone', 'call|calls|conversation|conversations|talks'], kind: 'phone call' },
  { slots: ['speak|talk|confer', 'by|over|on', 'the?', 'phone|telephone'], kind: 'phone call' },
  { slots: ['call', 'with|between'], kind: 'phone call' },
  { slots: ['sit', 'down', 'with'], kind: 'meeting' },
  { slots: ['press', 'conference|briefing'], kind: 'press conference' },
  { slots: ['press', 'release'], kind: 'statement' },
  { slots: ['travel|trip|go', 'to'], kind: 'visit' },
  { slots: ['export', 'control|controls|ban|restrictions'], kind: 'sanctions' },
  { slots: ['air|missile|drone|military|rocket', 'strike|strikes|attack|attacks'], kind: 'attack' },
  { slots: ['step', 'down'], kind: 'resignation' },
  { slots: ['pull', 'out'], kind: 'withdrawal' },
];

/** Single words: lemma → [kind, allowed parts of speech ('' = any)]. */
export const EVENT_WORDS: ReadonlyMap<string, [string, string]> = new Map([
  ['meet', ['meeting', 'VERB']], ['meeting', ['meeting', 'NOUN']], ['talks', ['meeting', 'NOUN']],
  ['talk', ['meeting', 'NOUN']], ['negotiation', ['meeting', 'NOUN']], ['negotiate', ['meeting', 'VERB']],
  ['summit', ['summit', '']], ['visit', ['visit', '']], ['trip', ['visit', 'NOUN']],
  ['tour', ['visit', 'NOUN']], ['statement', ['statement', 'NOUN']], ['communique', ['statement', 'NOUN']],
  ['readout', ['statement', 'NOUN']], ['announcement', ['statement', 'NOUN']],
  ['announce', ['statement', 'VERB']], ['interview', ['interview', '']], ['speech', ['speech', 'NOUN']],
  ['remarks', ['speech', 'NOUN']], ['sanction', ['sanctions', '']], ['sanctions', ['sanctions', '']],
  ['embargo', ['sanctions', '']], ['blacklist', ['sanctions', '']], ['invade', ['invasion', 'VERB']],
  ['invasion', ['invasion', 'NOUN']], ['incursion', ['invasion', 'NOUN']], ['attack', ['attack', '']],
  ['assault', ['attack', '']], ['bombing', ['attack', 'NOUN']], ['bomb', ['attack', 'VERB']],
  ['shelling', ['attack', 'NOUN']], ['airstrike', ['attack', 'NOUN']], ['offensive', ['attack', 'NOUN']],
  ['war', ['war', 'NOUN']], ['conflict', ['war', 'NOUN']], ['sell', ['sale', 'VERB']],
  ['sale', ['sale', 'NOUN']], ['purchase', ['sale', '']], ['buy', ['sale', 'VERB']],
  ['transfer', ['transfer', '']], ['supply', ['transfer', 'VERB']], ['deliver', ['transfer', 'VERB']],
  ['delivery', ['transfer', 'NOUN']], ['shipment', ['transfer', 'NOUN']], ['ship', ['transfer', 'VERB']],
  ['donate', ['donation', 'VERB']], ['donation', ['donation', 'NOUN']], ['lend', ['loan', 'VERB']],
  ['loan', ['loan', '']],
  ['agreement', ['agreement', 'NOUN']], ['deal', ['agreement', 'NOUN']], ['accord', ['agreement', 'NOUN']],
  ['treaty', ['agreement', 'NOUN']], ['pact', ['agreement', 'NOUN']], ['sign', ['agreement', 'VERB']],
  ['election', ['election', 'NOUN']], ['referendum', ['election', 'NOUN']], ['ballot', ['election', 'NOUN']],
  ['vote', ['election', '']], ['arrest', ['arrest', '']], ['detain', ['arrest', 'VERB']],
  ['detention', ['arrest', 'NOUN']], ['kill', ['killing', 'VERB']], ['killing', ['killing', 'NOUN']],
  ['murder', ['killing', '']], ['protest', ['protest', '']], ['demonstration', ['protest', 'NOUN']],
  ['rally', ['protest', 'NOUN']], ['resign', ['resignation', 'VERB']], ['resignation', ['resignation', 'NOUN']],
  ['investigate', ['investigation', 'VERB']], ['investigation', ['investigation', 'NOUN']],
  ['probe', ['investigation', '']], ['inquiry', ['investigation', 'NOUN']], ['sue', ['lawsuit', 'VERB']],
  ['lawsuit', ['lawsuit', 'NOUN']], ['ceasefire', ['ceasefire', 'NOUN']], ['truce', ['ceasefire', 'NOUN']],
  ['armistice', ['ceasefire', 'NOUN']], ['explosion', ['explosion', 'NOUN']], ['explode', ['explosion', 'VERB']],
  ['blast', ['explosion', 'NOUN']], ['crash', ['crash', '']], ['launch', ['launch', '']],
  ['appoint', ['appointment', 'VERB']], ['appointment', ['appointment', 'NOUN']],
  ['nominate', ['appointment', 'VERB']], ['withdraw', ['withdrawal', 'VERB']],
  ['withdrawal', ['withdrawal', 'NOUN']], ['conference', ['meeting', 'NOUN']],
  ['phone', ['phone call', 'VERB']], ['telephone', ['phone call', 'VERB']],
]);

/** Families of kinds that describe the same sort of happening in different words. */
export const EVENT_FAMILY: ReadonlyMap<string, string> = new Map([
  ['invasion', 'military'], ['attack', 'military'], ['war', 'military'],
  ['sale', 'exchange'], ['transfer', 'exchange'], ['donation', 'exchange'], ['loan', 'exchange'],
  ['meeting', 'encounter'], ['summit', 'encounter'], ['visit', 'encounter'],
  ['statement', 'communication'], ['speech', 'communication'], ['interview', 'communication'],
  ['press conference', 'communication'],
]);

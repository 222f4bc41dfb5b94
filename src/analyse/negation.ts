/** Negations: grammatical negators and lexical negators, with a simple next-content-word scope. */
import type { NegationMention, Token } from '../model/stages.js';
import type { Span } from '../model/result.js';
import { NEGATORS, NEG_VERBS, NEG_VERBS_TO, NON_NEGATING_NEXT, NON_NEGATING_PREV } from './lexicon/negation.js';
import { POSSESSIVES } from './lexicon/attribution.js';
import { isBreak, tokenSpan } from './span.js';

/** Negative verbs that also describe coming to a halt. */
const MOTION_STOPS = new Set(['stop', 'halt']);
const SCOPE_POS = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
const SCOPE_EXTEND_POS = new Set(['NOUN', 'PROPN']);

/** The first content word after token i (within a short window, not across punctuation). */
function scopeAfter(text: string, tokens: Token[], i: number): Span | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
    const t = tokens[j];
    if (isBreak(t)) return undefined;
    if (t.type !== 'word' && t.type !== 'number') continue;
    if (NEGATORS.has(t.norm)) continue;
    if (SCOPE_POS.has(t.pos) && !t.stop) {
      let k = j;
      while (k + 1 < tokens.length && k < j + 2 && SCOPE_EXTEND_POS.has(tokens[k + 1].pos) && !tokens[k + 1].stop) k++;
      return tokenSpan(text, tokens, j, k);
    }
  }
  return undefined;
}

/** After "the no" / "all no": words that make "no" a noun, a vote or side against ("all no votes", "the no campaign"); "No's" is one anyway. */
const NO_AS_NOUN_NEXT = /^(?:votes?|campaign|camp|side|voters)$/;
/** Before such a "no": a determiner or count ("all no votes", "62 no votes"; not "No side won"). */
const NO_AS_NOUN_PREV = /^(?:the|all|his|her|their|its|our|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|several|many|more|fewer)$/;

/** Ways one turns down or goes down ("turned down the runway"): no rejection. */
const PATHS = new Set(['runway', 'road', 'street', 'path', 'lane', 'hall', 'hallway', 'corridor', 'alley', 'avenue', 'drive', 'track', 'slope', 'hill', 'river', 'stairs', 'aisle', 'volume', 'heat', 'music']);

/** The first noun within three tokens after index i, lower case. */
function nounAfter(tokens: Token[], i: number): string | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) if (tokens[j].pos === 'NOUN') return tokens[j].norm.replace(/s$/, '');
  return undefined;
}

function fixedPhrase(tokens: Token[], i: number): boolean {
  const n = tokens[i].norm === 'n’t' ? "n't" : tokens[i].norm;
  const next = tokens[i + 1]?.norm;
  const prev = tokens[i - 1]?.norm;
  if (next !== undefined && NON_NEGATING_NEXT.get(n)?.has(next)) return true;
  if (prev !== undefined && NON_NEGATING_PREV.get(n)?.has(prev)) return true;
  // "No. 2" is an abbreviation of "number".
  if (n === 'no' && tokens[i + 1]?.text === '.') return true;
  // "no fewer than 14", "not more than 5": a bound on a figure (numbers.ts), not a denial.
  if ((n === 'no' || n === 'not') && /^(?:fewer|less|more)$/.test(next ?? '') && tokens[i + 2]?.norm === 'than') return true;
  // "no" as a noun: a vote against ("all no votes", "62 no votes", "the no campaign", "The No's have it").
  if (n === 'no' && (/^(?:'s|’s)$/.test(next ?? '') || (prev !== undefined && NO_AS_NOUN_PREV.test(prev) && NO_AS_NOUN_NEXT.test(next ?? '')))) return true;
  return false;
}

/** A word joined by hyphens on both sides ("do-not-call list"): part of a compound name, not a negation. */
/** Comparatives that make "No one has done more" a superlative claim. */
const COMPARATIVES = new Set(['more', 'bigger', 'larger', 'higher', 'greater', 'better', 'worse', 'costlier', 'richer', 'faster', 'longer']);

/**
 * "No player has cost Harbourside more", "Nobody has done more to ...": a claim that the one
 * spoken of is first, not a denial. A subject negator with a comparative later in its clause.
 */
function superlativeDenial(tokens: Token[], i: number): boolean {
  if (!/^(?:no|nobody|none|nothing)$/.test(tokens[i].norm) || (i > 0 && !/^[,;:.!?\u2014"\u201C]$/.test(tokens[i - 1].text))) return false;
  // Not "no longer", "no more": the comparative must come after a subject.
  for (let j = i + 2; j < tokens.length && j <= i + 8; j++) {
    if (/^[,;:.!?]$/.test(tokens[j].text)) return false;
    if (COMPARATIVES.has(tokens[j].norm) && tokens[j + 1]?.norm !== 'than') return true;
  }
  return false;
}

function insideCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before?.text === '-' && before.end === t.start && after?.text === '-' && after.start === t.end;
}

/** Nouns that negate what follows "to", as their verbs do ("refusal to take part" = "refused to take part"). */
const NEG_NOUNS_TO = new Set(['refusal', 'failure']);

/**
 * The "to" of a negating noun: right after it, or after an aside between commas ("their
 * failure, three times in a row, to get"); -1 when there is none.
 */
function toAfterNoun(tokens: Token[], i: number): number {
  if (tokens[i + 1]?.norm === 'to') return i + 1;
  if (tokens[i + 1]?.text !== ',') return -1;
  for (let k = i + 2; k < tokens.length && k <= i + 8; k++) {
    if (tokens[k].text === ',') return tokens[k + 1]?.norm === 'to' ? k + 1 : -1;
    if (isBreak(tokens[k])) return -1;
  }
  return -1;
}

/**
 * Someone's refusal or failure ("their failure to", "Mahony's initial refusal to"): an
 * act that happened. A bare one is often a condition ("failure to pass the bill would
 * raise the risk") and denies nothing.
 */
function possessed(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k];
    if (POSSESSIVES.has(t.norm) || /^['\u2019]s$/.test(t.norm) || (t.text.endsWith("'") && t.pos === 'PART')) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Words after a person stopped that say where: a halt ("stopped him at the border"); not "in 2019", "on his first day". */
const HALT_PLACE = new Set(['at', 'near', 'outside', 'inside', 'along']);

/**
 * "stopped al-Amoudi at Heathrow", "halted them near the border": a person held up on the
 * way, not a denial. The person (a pronoun, a name, a name with a joined particle) must be
 * followed by where ("at", "near" ...); "stopped Trump from firing", "halted Nord Stream 2"
 * and "stopped Brexit in 2019" stay negations.
 */
function stopsSomeone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  let k: number;
  if (next.pos === 'PRON' && /^(?:him|her|them|me|us)$/.test(next.norm)) k = i + 1;
  else if (next.pos === 'PROPN') {
    k = i + 1;
    while (tokens[k + 1]?.pos === 'PROPN') k++;
  } else {
    // A name with a joined particle: "al-Amoudi", "bin-Laden".
    const dash = tokens[i + 2];
    const name = tokens[i + 3];
    if (!(next.text.length <= 3 && dash?.text === '-' && dash.start === next.end && name?.start === dash.end && /^\p{Lu}/u.test(name.text))) return false;
    k = i + 3;
  }
  return HALT_PLACE.has(tokens[k + 1]?.norm ?? '');
}

/** What comes before "nt" in a contraction that lost its apostrophe ("dont", "cant", "wasnt"). */
const CONTRACTION_HOSTS = new Set(['do', 'does', 'did', 'ca', 'wo', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'could', 'should', 'would', 'need', 'must', 'ai', 'might']);

export function extractNegations(text: string, tokens: Token[]): NegationMention[] {
  const out: NegationMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    // "dont", "cant", "didnt": a contraction with its apostrophe lost, which the tokeniser
    // splits into "do" + "nt".
    const stripped = t.text === 'nt' && i > 0 && tokens[i - 1].end === t.start && CONTRACTION_HOSTS.has(tokens[i - 1].norm);
    if (NEGATORS.has(t.norm) || stripped) {
      if (fixedPhrase(tokens, i) || insideCompound(tokens, i) || superlativeDenial(tokens, i)) continue;
      let last = i;
      if (t.norm === 'no' && tokens[i + 1]?.norm === 'longer') last = i + 1;
      const scope = scopeAfter(text, tokens, last);
      out.push({ ...tokenSpan(text, tokens, stripped ? i - 1 : i, last), ...(scope ? { scope } : {}) });
      i = last;
      continue;
    }
    const next = tokens[i + 1];
    if (t.pos === 'NOUN' && NEG_NOUNS_TO.has(t.lemma)) {
      const to = possessed(tokens, i) ? toAfterNoun(tokens, i) : -1;
      if (to < 0) continue;
      const scope = scopeAfter(text, tokens, to);
      out.push({ ...tokenSpan(text, tokens, i, i), ...(scope ? { scope } : {}) });
      continue;
    }
    if (t.pos !== 'VERB') continue;
    // "decided against pursuing" is "decided not to pursue".
    if (t.lemma === 'decide' && next?.norm === 'against' && tokens[i + 2]?.pos === 'VERB') {
      const scope = scopeAfter(text, tokens, i + 1);
      out.push({ ...tokenSpan(text, tokens, i, i + 1), ...(scope ? { scope } : {}) });
      i++;
      continue;
    }
    // "turned down the offer", "were turned down", "voted down the bill": a rejection; not a
    // way taken ("turned down the runway"). "declined the offer" too (not "declined to").
    const phrasalNo = (t.lemma === 'turn' || t.lemma === 'vote') && next?.norm === 'down' && !PATHS.has(nounAfter(tokens, i + 1) ?? '');
    if (t.lemma === 'decline' && (next?.pos === 'DET' || next?.pos === 'NOUN')) {
      const scope = scopeAfter(text, tokens, i);
      out.push({ ...tokenSpan(text, tokens, i, i), ...(scope ? { scope } : {}) });
      continue;
    }
    if (phrasalNo) {
      const scope = scopeAfter(text, tokens, i + 1);
      out.push({ ...tokenSpan(text, tokens, i, i + 1), ...(scope ? { scope } : {}) });
      i++;
      continue;
    }
    if (NEG_VERBS_TO.has(t.lemma) && next !== undefined && (next.norm === 'to' || (next.pos === 'VERB' && next.norm.endsWith('ing')))) {
      const last = next.norm === 'to' ? i + 1 : i;
      const scope = scopeAfter(text, tokens, last);
      out.push({ ...tokenSpan(text, tokens, i, last), ...(scope ? { scope } : {}) });
      i = last;
      continue;
    }
    // "without being stopped", "not being blocked": the denied thing itself, not a second denial.
    const deniedPassive = /^(?:being|been|be)$/.test(tokens[i - 1]?.norm ?? '') && NEGATORS.has(tokens[i - 2]?.norm ?? '');
    // "stopped for speeding", "halted at the border": a halt in motion, not a denial.
    if (NEG_VERBS.has(t.lemma) && !deniedPassive && !(MOTION_STOPS.has(t.lemma) && (['ADP', 'SCONJ', 'PART'].includes(next?.pos ?? '') || stopsSomeone(tokens, i)))) {
      const scope = scopeAfter(text, tokens, i);
      out.push({ ...tokenSpan(text, tokens, i, i), ...(scope ? { scope } : {}) });
    }
  }
  return out;
}

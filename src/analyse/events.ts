/** Event mentions: event nouns and verbs normalised to a kind ("meeting", "phone call", ...). */
import type { EventMention, Token } from '../model/stages.js';
import { EVENT_PATTERNS, EVENT_WORDS } from './lexicon/events.js';
import { tokenSpan } from './span.js';

interface Slot {
  words: ReadonlySet<string>;
  optional: boolean;
}

const PATTERNS: Array<{ slots: Slot[]; kind: string }> = EVENT_PATTERNS.map((p) => ({
  kind: p.kind,
  slots: p.slots.map((s) => ({
    optional: s.endsWith('?') && s.length > 1,
    words: new Set((s.endsWith('?') && s.length > 1 ? s.slice(0, -1) : s).split('|')),
  })),
})).sort((a, b) => b.slots.length - a.slots.length);

/** Match a pattern at token i; returns the last matched token index or -1. */
function matchAt(tokens: Token[], i: number, slots: Slot[]): number {
  let j = i;
  for (const slot of slots) {
    const t = tokens[j];
    const hit = t !== undefined && (slot.words.has(t.norm) || slot.words.has(t.lemma));
    if (hit) j++;
    else if (!slot.optional) return -1;
  }
  return j - 1;
}

export function extractEvents(text: string, tokens: Token[]): EventMention[] {
  const out: EventMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    let matched = false;
    for (const p of PATTERNS) {
      const last = matchAt(tokens, i, p.slots);
      if (last >= i && (p.slots.length > 1 || last === i)) {
        // "travel to" / "go to" only count as a visit when a place-like name follows.
        if (p.kind === 'visit' && tokens[last + 1]?.pos !== 'PROPN') continue;
        if (p.kind === 'phone call' && t.norm === 'call' && t.pos !== 'NOUN') continue;
        out.push({ ...tokenSpan(text, tokens, i, last), kind: p.kind });
        i = last;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const w = EVENT_WORDS.get(t.lemma) ?? EVENT_WORDS.get(t.norm);
    if (w === undefined) continue;
    if (w[1] !== '' && t.pos !== w[1] && !(w[1] === 'NOUN' && t.pos === 'PROPN' && t.text[0] !== t.text[0].toUpperCase())) continue;
    out.push({ ...tokenSpan(text, tokens, i, i), kind: w[0] });
  }
  return refineByMedium(tokens, out);
}

const MEDIUM_KINDS = new Set(['virtual meeting', 'phone call']);
const GENERIC_VERBS = new Set(['meet', 'talk', 'speak', 'hold']);

/**
 * "Xi met Putin by video link": the medium refines the generic verb, so a verb-only "meeting"
 * is dropped when the same sentence names a virtual meeting or phone call.
 */
function refineByMedium(tokens: Token[], events: EventMention[]): EventMention[] {
  if (!events.some((e) => MEDIUM_KINDS.has(e.kind))) return events;
  return events.filter((e) => {
    if (e.kind !== 'meeting') return true;
    const t = tokens.find((x) => x.start === e.start);
    return !(t !== undefined && t.end === e.end && t.pos === 'VERB' && GENERIC_VERBS.has(t.lemma));
  });
}

/** Hedges: modal verbs (including plain future "will"), expectation, belief and evidential markers. */
import type { HedgeMention, Token } from '../model/stages.js';
import {
  BELIEF_VERBS, BE_FORMS, BE_TO_EVIDENTIAL, BE_TO_EXPECTATION, EVIDENTIAL_VERBS, HEDGE_WORDS,
  INTENT_VERBS, MODALS,
} from './lexicon/hedges.js';
import { tokenSpan } from './span.js';

/** "be (ADV)? X to": returns the index of "to" when it matches at i. */
function beXTo(tokens: Token[], i: number, lexicon: ReadonlyMap<string, number>): [number, number] | undefined {
  if (!BE_FORMS.has(tokens[i].norm)) return undefined;
  let j = i + 1;
  if (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'PART') j++;
  const x = tokens[j];
  const to = tokens[j + 1];
  if (x === undefined || to === undefined || to.norm !== 'to') return undefined;
  const c = lexicon.get(x.norm);
  return c === undefined ? undefined : [j + 1, c];
}

export function extractHedges(text: string, tokens: Token[]): HedgeMention[] {
  const out: HedgeMention[] = [];
  const push = (a: number, b: number, kind: string, certainty: number): void => {
    out.push({ ...tokenSpan(text, tokens, a, b), kind, certainty });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word') continue;
    const exp = beXTo(tokens, i, BE_TO_EXPECTATION);
    if (exp) {
      push(i, exp[0], 'expectation', exp[1]);
      i = exp[0];
      continue;
    }
    const evi = beXTo(tokens, i, BE_TO_EVIDENTIAL);
    if (evi) {
      push(i, evi[0], 'evidential', evi[1]);
      i = evi[0];
      continue;
    }
    const modal = MODALS.get(t.lemma) ?? MODALS.get(t.norm);
    if (modal !== undefined && (t.pos === 'AUX' || t.pos === 'VERB') && !(t.norm === 'may' && t.text === 'May')) {
      push(i, i, 'modal', modal);
      continue;
    }
    const next = tokens[i + 1];
    const intent = INTENT_VERBS.get(t.lemma);
    // The tagger often calls "plans" a noun; "plans to" reads as intention either way.
    if (intent !== undefined && next?.norm === 'to' && t.pos !== 'VERB' && t.pos !== 'ADJ') {
      push(i, i + 1, 'expectation', intent);
      i++;
      continue;
    }
    if (t.pos === 'VERB') {
      if (intent !== undefined && next !== undefined && (next.norm === 'to' || t.lemma === 'expect')) {
        const passive = i > 0 && BE_FORMS.has(tokens[i - 1].norm);
        if (!passive) {
          push(i, next.norm === 'to' ? i + 1 : i, 'expectation', intent);
          continue;
        }
      }
      const belief = BELIEF_VERBS.get(t.lemma);
      if (belief !== undefined) {
        push(i, i, 'belief', belief);
        continue;
      }
      const ev = EVIDENTIAL_VERBS.get(t.lemma);
      if (ev !== undefined) {
        push(i, i, 'evidential', ev);
        continue;
      }
    }
    const word = HEDGE_WORDS.get(t.norm);
    if (word !== undefined) push(i, i, word[0], word[1]);
  }
  return out;
}

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { tokenise } from '../src/segment/tokens.js';
import { analyseSentence } from '../src/analyse/analyse.js';
import type { SentenceAnalysis } from '../src/model/stages.js';
import type { Span } from '../src/model/result.js';

const WORDS = [
  'The', 'U.S.', 'US', 'China', "China's", 'Chinese', 'Xi', 'Jinping', 'President', 'Secretary', 'of',
  'State', 'Antony', 'Blinken', 'said', 'told', 'CNN', 'according', 'to', 'two', 'officials', 'people',
  'familiar', 'with', 'the', 'matter', 'not', "didn't", 'no', 'non-lethal', 'nearly', '50%', '$1.2',
  'billion', 'last', 'week', 'in', 'February', 'late', 'December', '2022', 'early', '2020', 'will',
  'may', 'is', 'expected', 'visit', 'virtual', 'meeting', 'phone', 'call', 'declined', 'comment', ',',
  '—', '“', '”', 'at', 'start', 'war', 'only', 'Embassy', 'Washington', 'National', 'Security',
  'Council', 'spokeswoman', 'suggests', 'reportedly', 'thousands', 'a', 'dozen', 'Jan.', '5', '3,000',
  'twenty-five', 'May', 'stopped', 'sold', 'sanctions', '€3m', 'ago', 'days', '10', 'Tuesday',
];

function spansOf(a: SentenceAnalysis): Span[] {
  const out: Span[] = [...a.entities, ...a.numbers, ...a.dates, ...a.hedges, ...a.negations, ...a.events];
  for (const x of a.attributions) out.push(x, x.source);
  for (const n of a.negations) if (n.scope) out.push(n.scope);
  return out;
}

test('every span is an exact slice of the full document (random sentences)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }),
      fc.string({ maxLength: 20 }),
      fc.constantFrom(undefined, '2023-01-24', '2020-02-29'),
      (words, prefix, referenceDate) => {
        const sentence = words.join(' ') + '.';
        const text = `${prefix}\n\n${sentence}\n`;
        const start = prefix.length + 2;
        const { tokens } = tokenise(text, start, start + sentence.length);
        const a = analyseSentence(text, tokens, { referenceDate });
        for (const s of spansOf(a)) {
          if (text.slice(s.start, s.end) !== s.text) return false;
          if (s.start < start || s.end > start + sentence.length || s.end <= s.start) return false;
        }
        return a.lemmas.length === tokens.length && a.content.every((i) => i >= 0 && i < tokens.length);
      },
    ),
    { numRuns: 300 },
  );
});

test('content words and lemmas', () => {
  const text = 'The officials said China’s companies sold 2 helmets.';
  const { tokens } = tokenise(text);
  const a = analyseSentence(text, tokens, {});
  const content = a.content.map((i) => tokens[i].text);
  assert.equal(content, ['officials', 'said', 'China', 'companies', 'sold', '2', 'helmets']);
  assert.is(a.lemmas[tokens.findIndex((t) => t.text === 'officials')], 'official');
  assert.is(a.lemmas[tokens.findIndex((t) => t.text === 'China')], 'china');
  assert.is(a.lemmas[tokens.findIndex((t) => t.text === 'sold')], 'sell');
});

test('an empty token list gives an empty analysis', () => {
  const a = analyseSentence('', [], {});
  assert.equal(spansOf(a), []);
  assert.equal(a.content, []);
});

test.run();

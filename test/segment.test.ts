import { tokenise } from '../src/segment/tokens.js';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingest } from '../src/ingest/ingest.js';
import { MAX_SENTENCE_TOKENS, segment } from '../src/segment/segment.js';
import { isMarkupOnly, markupRanges } from '../src/ingest/markup.js';

const KNOWN = new Set(['the', 'biden', 'a', 'in', 'it', 'they']);
const texts = (raw: string) => {
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'), { isKnownWord: (w) => KNOWN.has(w) });
  for (const s of doc.sentences) assert.ok(s.end > s.start);
  return doc.sentences.map((s) => raw.slice(s.start, s.end));
};

test('a run-on without sentence punctuation is cut into pieces of bounded length, at clause marks, losing no text', () => {
  const clause = 'officials in the capital said the talks would resume next week after a pause, ';
  const raw = clause.repeat(60).trim();
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'), { isKnownWord: (w) => KNOWN.has(w) });
  // Pair cost grows with the product of sentence lengths: the bound must stay small.
  assert.ok(MAX_SENTENCE_TOKENS <= 200);
  assert.ok(tokenise(raw).tokens.length > 4 * MAX_SENTENCE_TOKENS);
  assert.ok(doc.sentences.length >= Math.ceil(tokenise(raw).tokens.length / MAX_SENTENCE_TOKENS));
  let at = 0;
  for (const s of doc.sentences) {
    assert.ok(s.tokens.length <= MAX_SENTENCE_TOKENS, `${s.tokens.length} tokens`);
    assert.is(raw.slice(at, s.start).trim(), '', 'pieces follow each other with nothing left out');
    at = s.end;
  }
  assert.is(at, raw.length);
  for (const s of doc.sentences.slice(0, -1)) assert.is(raw.slice(s.end - 1, s.end), ',', 'cut after a comma');
  // No short tail becomes a sentence of its own: not a lone full stop, not '," he said.'
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  for (const tail of ['.', '," he said.']) {
    const one = `"${words(MAX_SENTENCE_TOKENS)}${tail}`;
    const pieces = segment(ingest({ text: one, name: 't' }, 'a')).sentences;
    assert.ok(pieces.length > 1);
    for (const p of pieces) assert.ok(p.tokens.length >= MAX_SENTENCE_TOKENS / 4, `piece of ${p.tokens.length} tokens: ${one.slice(p.start, p.end).slice(0, 40)}`);
  }
  // Furniture is decided on the whole run-on, so a cut cannot hide its last words.
  const runOn = `${words(MAX_SENTENCE_TOKENS)} and the rest of the story all rights reserved by the owners`;
  for (const p of segment(ingest({ text: runOn, name: 't' }, 'a')).sentences) assert.not.ok(p.boilerplate, runOn.slice(p.start, p.end).slice(-60));
  // A sentence under the limit stays whole.
  const long = `${'The council voted on the plan, '.repeat(15).trim()} and it passed.`;
  assert.ok(tokenise(long).tokens.length < MAX_SENTENCE_TOKENS);
  assert.equal(texts(long), [long]);
});

test('Markdown emphasis and link markup are not words; a lone asterisk is', () => {
  const words = (t: string) => tokenise(t).tokens.map((x) => x.text);
  assert.equal(words('**Fifteen** people, _Cardiff_ and `code`.'), ['Fifteen', 'people', ',', 'Cardiff', 'and', 'code', '.']);
  assert.equal(words('A bus [overturned](http://example.com/x) there.'), ['A', 'bus', 'overturned', 'there', '.']);
  assert.equal(words('Required fields are marked *'), ['Required', 'fields', 'are', 'marked', '*']);
  const t = tokenise('He said **no**.');
  for (const x of t.tokens) assert.is('He said **no**.'.slice(x.start, x.end), x.text, 'offsets still point into the text');
});

test('a short hard-wrapped line that ends mid-clause goes on in the next; a headline does not', () => {
  assert.equal(texts('Police said the suspect, identified as\nJohn Smith, was arrested on Friday.'), [
    'Police said the suspect, identified as\nJohn Smith, was arrested on Friday.',
  ]);
  assert.equal(texts('Blast at Ohio plant kills 12\nFirefighters battled the blaze overnight.'), [
    'Blast at Ohio plant kills 12',
    'Firefighters battled the blaze overnight.',
  ]);
});

test('abbreviations, titles and initials do not end a sentence', () => {
  const out = texts('The U.S. Gov. Newsom met J. R. Smith of Acme Inc. on Jan. 5 in Washington. He left.');
  assert.equal(out, ['The U.S. Gov. Newsom met J. R. Smith of Acme Inc. on Jan. 5 in Washington.', 'He left.']);
});

test('a fragment after a stray full stop joins the sentence before it', () => {
  const out = texts('Officials raised the issue, though they declined to comment. provide details of these contacts. Xi has avoided criticism.');
  assert.equal(out, [
    'Officials raised the issue, though they declined to comment. provide details of these contacts.',
    'Xi has avoided criticism.',
  ]);
});

test('a short sentence whose verb the tagger read as a plural noun is a sentence of its own', () => {
  assert.equal(texts('Police arrived. The car costs a lot.'), ['Police arrived.', 'The car costs a lot.']);
  assert.equal(texts('The illnesses were not linked to the supplement. The supplement costs less than a dollar a day.'), [
    'The illnesses were not linked to the supplement.',
    'The supplement costs less than a dollar a day.',
  ]);
  // A plural before a preposition is a caption's noun, not a present: the tail joins.
  assert.equal(texts('Police said the suspect was arrested. Police officers in riot gear.'), ['Police said the suspect was arrested. Police officers in riot gear.']);
  // ...but a present after a determined subject is one: "The euro rises against the pound."
  assert.equal(texts('The dollar slid on Monday. The euro rises against the pound.'), ['The dollar slid on Monday.', 'The euro rises against the pound.']);
});

test('a quote in straight quotation marks stays one sentence, as with curly ones', () => {
  assert.equal(texts('A witness said: "I heard a bang. Then silence." Police arrived.'), [
    'A witness said: "I heard a bang. Then silence."',
    'Police arrived.',
  ]);
  assert.equal(texts('He said "yes." She said "never." They left.'), ['He said "yes."', 'She said "never."', 'They left.']);
  assert.equal(texts('The pipe is 6" wide. The crew said "it is fine" and left.'), ['The pipe is 6" wide.', 'The crew said "it is fine" and left.']);
});

test('a closing quote after the full stop stays with its sentence', () => {
  const out = texts('He said \u201cit is over.\u201d Then he left.');
  assert.equal(out, ['He said \u201cit is over.\u201d', 'Then he left.']);
});

test('a quote cut by a stray full stop is rejoined where the next piece closes it', () => {
  const out = texts('\u201cThere are limits to the help he requested during the war in China. Ukraine,\u201d the director said. The talks went on.');
  assert.equal(out.length, 2);
  assert.ok(out[0].endsWith('the director said.'));
});

test('a verbless tail left by a stray full stop joins the sentence before it', () => {
  const out = texts('\u201cWe see limits,\u201d the director said. Jane Doe of PBS in December. The talks went on.');
  assert.equal(out, ['\u201cWe see limits,\u201d the director said. Jane Doe of PBS in December.', 'The talks went on.']);
});

test('a party-state tag ("D-N.Y.") does not end the sentence', () => {
  const out = texts('The committee targeted Sen. Charles Schumer, D-N.Y., for not speaking out. He declined.');
  assert.equal(out, ['The committee targeted Sen. Charles Schumer, D-N.Y., for not speaking out.', 'He declined.']);
});

test('a speaker tag after a quoted question stays with the quote', () => {
  const out = texts('\u201cDoes he stand with us or not?\u201d Walsh asked. The vote is Tuesday.');
  assert.equal(out, ['\u201cDoes he stand with us or not?\u201d Walsh asked.', 'The vote is Tuesday.']);
});

test('drop-cap artefact: the sentence starts at the real word, the stray capital stays outside', () => {
  const raw = 'JThe Biden administration has confronted the government.';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'), { isKnownWord: (w) => KNOWN.has(w) });
  assert.is(doc.sentences[0].start, 1);
  assert.is(raw.slice(doc.sentences[0].start, doc.sentences[0].end), 'The Biden administration has confronted the government.');
});

test('a real capitalised word is not mistaken for a drop cap', () => {
  const raw = 'NATO members met today.';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'), { isKnownWord: (w) => KNOWN.has(w) || w === 'nato' });
  assert.is(doc.sentences[0].start, 0);
});

test('sentences never cross paragraphs, and paragraphs are numbered', () => {
  const raw = 'First paragraph ends here\n\nsecond paragraph starts in lower case.\n\nThird one.';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'));
  assert.equal(
    doc.sentences.map((s) => [raw.slice(s.start, s.end), s.paragraph]),
    [['First paragraph ends here', 0], ['second paragraph starts in lower case.', 1], ['Third one.', 2]],
  );
});

test('Markdown headings and list markers are skipped, not rewritten', () => {
  const raw = '# A headline\n\n- First point is here.\n- Second point is here.\n\n> A quoted line.';
  const out = texts(raw);
  assert.equal(out, ['A headline', 'First point is here.', 'Second point is here.', 'A quoted line.']);
});

test('a leading metadata line becomes metadata and no sentence holds it', () => {
  const raw = ' date 2023-01-24 JThe people said so.';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'), { isKnownWord: (w) => KNOWN.has(w) });
  assert.is(doc.metadata.date, '2023-01-24');
  assert.equal(doc.sentences.map((s) => raw.slice(s.start, s.end)), ['The people said so.']);
});

test('comment-form furniture is flagged boilerplate and kept', () => {
  const raw = 'The minister resigned on Monday.\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'));
  assert.equal(doc.sentences.map((s) => s.boilerplate), [false, true, true, true]);
});

test('a sentence of HTML markup alone (a tag, a comment, an image block) is flagged boilerplate and kept; text beside markup is content', () => {
  const raw = [
    '<div align="center">',
    '',
    '# Council passes budget',
    '',
    '</div>',
    '',
    '<!-- draft: check the figures -->',
    '',
    '<p align="center"><img src="x.png" alt="The council chamber"></p>',
    '',
    '<!--',
    'Old lede: The council rejected the budget.',
    '-->',
    '',
    '<b>Update:</b> The council approved the budget on Monday.',
    '',
    'Fans say I <3 it, and a < b > c.',
    '',
    '<Updated 5pm>',
    '',
    '&nbsp;<br/>',
    '',
    'It will spend 40 million dollars on roads.',
  ].join('\n');
  const doc = segment(ingest({ text: raw, name: 't.md' }, 'a'));
  const flagged = doc.sentences.map((x) => [raw.slice(x.start, x.end), x.boilerplate]);
  assert.equal(flagged, [
    ['<div align="center">', true],
    ['Council passes budget', false],
    ['</div>', true],
    ['<!-- draft: check the figures -->', true],
    ['<p align="center"><img src="x.png" alt="The council chamber"></p>', true],
    ['<!--', true],
    ['Old lede: The council rejected the budget.\n-->', true],
    ['<b>Update:</b> The council approved the budget on Monday.', false],
    ['Fans say I <3 it, and a < b > c.', false],
    ['<Updated 5pm>', false],
    ['&nbsp;<br/>', true],
    ['It will spend 40 million dollars on roads.', false],
  ]);
  // A comment that is never closed hides nothing.
  const open = segment(ingest({ text: '<!-- never closed\n\nThe council met.', name: 't.md' }, 'a'));
  assert.ok(open.sentences.length >= 2);
  assert.ok(open.sentences.every((x) => !x.boilerplate));
});

test('markupRanges: comments, known tags, script and style content, character references; linear on unclosed markup', () => {
  const text = 'a <!-- x --> <span class="k">b</span> <my-widget/> <script>if (a < b) x();</script> &amp; &#8212; <Fake> <3';
  assert.equal(
    markupRanges(text).map(([s, e]) => text.slice(s, e)),
    ['<!-- x -->', '<span class="k">', '</span>', '<my-widget/>', '<script>if (a < b) x();</script>', '&amp;', '&#8212;'],
  );
  assert.ok(isMarkupOnly(text, 2, 12, markupRanges(text)));
  assert.not.ok(isMarkupOnly(text, 0, 12, markupRanges(text)));
  assert.not.ok(isMarkupOnly('   ', 0, 3, []), 'white space alone is not markup');
  const unclosed = '<!-- <script> <div '.repeat(50_000);
  const t0 = Date.now();
  assert.equal(new Set(markupRanges(unclosed).map(([s, e]) => unclosed.slice(s, e))), new Set(['<script>']), 'an unclosed comment or element is not markup');
  assert.ok(Date.now() - t0 < 2000, `${Date.now() - t0} ms`);
});

test('every sentence text is an exact slice and sentences do not overlap', () => {
  const raw = 'Prices rose 5.5% to $1.2 billion on Jan. 3, 2023.  Dr. Who arrived.\r\n\r\nA new line\nwrapped here. \u201cGo,\u201d she said.';
  const doc = segment(ingest({ text: raw, name: 't' }, 'a'));
  let last = 0;
  for (const s of doc.sentences) {
    assert.ok(s.start >= last);
    assert.is(s.tokens[0].start, s.start);
    assert.is(s.tokens[s.tokens.length - 1].end, s.end);
    last = s.end;
  }
});

test('tokens do not depend on texts read before (wink-nlp would remember new words)', () => {
  const words = (t: string) => tokenise(t).tokens.map((x) => x.text);
  const fresh = words('in advance of Mr. Ryan’s visit');
  assert.equal(fresh.slice(-3), ['Ryan', '’s', 'visit']);
  words('Ryan’s.'); // wink learns "Ryan’s" as a word here
  assert.equal(words('in advance of Mr. Ryan’s visit'), fresh);
});

test('a decimal written without its leading zero does not end a sentence', () => {
  assert.equal(texts('The alert starts when ozone reaches .20 parts per million. It ends at noon.'), [
    'The alert starts when ozone reaches .20 parts per million.',
    'It ends at noon.',
  ]);
});

test.run();

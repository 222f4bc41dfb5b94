import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingest } from '../src/ingest/ingest.js';
import { extractMetadata } from '../src/ingest/metadata.js';
import { isBoilerplate } from '../src/ingest/boilerplate.js';
import { InputError } from '../src/errors.js';

test('metadata: a byte-order mark is skipped, so the title line or front matter after it is read', () => {
  for (const text of ['\uFEFFtitle: Fire\nThe fire spread.', '\uFEFF---\ntitle: Fire\n---\nThe fire spread.']) {
    const m = extractMetadata(text);
    assert.is(m.metadata.title, 'Fire');
    assert.is(text.slice(m.bodyStart), 'The fire spread.');
  }
});

test('metadata: date prefix on the same line as the text', () => {
  const m = extractMetadata(' date 2023-01-24 JThe Biden administration');
  assert.is(m.metadata.date, '2023-01-24');
  assert.is(' date 2023-01-24 JThe Biden administration'.slice(m.bodyStart), 'JThe Biden administration');
});

test('metadata: front matter with title and date', () => {
  const text = '---\ntitle: "Talks resume"\ndate: 2024-05-01T10:00:00Z\n---\nBody text.';
  const m = extractMetadata(text);
  assert.equal(m.metadata, { title: 'Talks resume', date: '2024-05-01' });
  assert.is(text.slice(m.bodyStart), 'Body text.');
});

test('metadata: an impossible date is not metadata', () => {
  assert.equal(extractMetadata('date 2023-02-30 Something happened.').metadata, {});
});

test('metadata: ordinary text starting with "Date" is left alone', () => {
  const m = extractMetadata('Dates were sold at the market.');
  assert.is(m.bodyStart, 0);
});

test('ingest rejects empty, whitespace-only and binary text with InputError', () => {
  assert.throws(() => ingest({ text: '', name: 'x' }, 'a'), (e: unknown) => e instanceof InputError && /empty/.test((e as Error).message));
  assert.throws(() => ingest({ text: ' \n\t ', name: 'x' }, 'a'), (e: unknown) => e instanceof InputError);
  assert.throws(() => ingest({ text: 'abc\u0000def', name: 'x' }, 'a'), (e: unknown) => /binary/.test((e as Error).message));
  assert.throws(() => ingest({ text: 'date 2023-01-01', name: 'x' }, 'a'), (e: unknown) => /no text/.test((e as Error).message));
});

test('boilerplate: page furniture is recognised, reporting is not', () => {
  for (const s of ['Leave a Reply', 'Required fields are marked *', 'Sign up for our daily newsletter', 'Read more', 'Photo: Getty Images', 'Advertisement', '\u00a9 2023 Example Media. All rights reserved.']) {
    assert.ok(isBoilerplate(s), s);
  }
  for (const s of ['The minister said she would read more reports before deciding.', 'Officials declined to comment.', 'A photo of the meeting was released by the ministry.']) {
    assert.not.ok(isBoilerplate(s), s);
  }
});

test('boilerplate: a long run of text that merely contains a furniture phrase is content', () => {
  const story = 'The ministry said on Tuesday that the new rules would take effect next month and that companies had been told';
  assert.ok(isBoilerplate('Your email address will not be published. Required fields are marked *'));
  // Sentences that ran together (no punctuation) must not vanish from the comparison.
  assert.not.ok(isBoilerplate(`${story} your email address will not be published ${story} all rights reserved ${story}`));
});

test.run();

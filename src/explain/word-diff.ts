/**
 * Word-level diff of a linked pair, over units that never split a number or a name:
 * entity and number mentions are single units, every other token is one unit (when either
 * side has a Title Case headline, where every word looks like a name, only numbers are kept
 * whole, on both sides).
 *
 * Each part's `text` is the white space before it followed by exactly
 * `source.slice(start, end)` (A's offsets for equal and delete parts, B's for insert parts;
 * equal parts quote A). Concatenating the equal and delete parts gives A's text, and the
 * equal and insert parts B's text, up to white space at a switch between the sources.
 */
import { diffArrays } from 'diff';
import type { DiffPart } from '../model/result.js';
import type { AnalysedSentence } from '../model/stages.js';
import { isTitleCase } from '../analyse/title-case.js';

interface Unit {
  start: number;
  end: number;
  key: string;
}

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');

/** Units of one side, in order; mention spans absorb the tokens they cover. */
export function unitsOf(sentences: AnalysedSentence[], text: string, splitNames = false): Unit[] {
  const units: Unit[] = [];
  for (const s of sentences) {
    // With a Title Case headline on either side capitals mark no names: names are split into words.
    const spans = [...(splitNames ? [] : s.analysis.entities), ...s.analysis.numbers]
      .map((m) => ({ start: m.start, end: m.end }))
      .sort((x, y) => x.start - y.start || y.end - x.end);
    let si = 0;
    let prevEnd = s.tokens[0]?.start ?? 0;
    for (let i = 0; i < s.tokens.length; i++) {
      const t = s.tokens[i];
      // Markup between words (the brackets and target of a Markdown link, emphasis marks)
      // is not a token but is text of the sentence: each run of it is a unit of its own.
      for (const m of text.slice(prevEnd, t.start).matchAll(/\S+/g)) {
        const start = prevEnd + (m.index ?? 0);
        units.push({ start, end: start + m[0].length, key: fold(m[0]) });
      }
      while (si < spans.length && spans[si].end <= t.start) si++;
      const span = spans[si];
      if (span && span.start <= t.start && t.end <= span.end) {
        let j = i;
        while (j + 1 < s.tokens.length && s.tokens[j + 1].end <= span.end) j++;
        const start = Math.min(span.start, t.start);
        const end = Math.max(span.end, s.tokens[j].end);
        units.push({ start, end, key: fold(text.slice(start, end)).replace(/\s+/g, ' ') });
        i = j;
        prevEnd = end;
        continue;
      }
      units.push({ start: t.start, end: t.end, key: fold(t.text) });
      prevEnd = t.end;
    }
  }
  return units;
}

export function wordDiff(
  aSentences: AnalysedSentence[],
  aText: string,
  bSentences: AnalysedSentence[],
  bText: string,
): DiffPart[] {
  // A headline in Title Case on either side: names are words on both, so a shared name still matches.
  const headline = [...aSentences, ...bSentences].some((s) => isTitleCase(s.tokens));
  const ua = unitsOf(aSentences, aText, headline);
  const ub = unitsOf(bSentences, bText, headline);
  const changes = diffArrays(
    ua.map((u) => u.key),
    ub.map((u) => u.key),
  );
  const parts: DiffPart[] = [];
  let ia = 0;
  let ib = 0;
  let aPos = ua[0]?.start ?? 0;
  let bPos = ub[0]?.start ?? 0;
  let prevSource: 'a' | 'b' | 'both' | null = null;
  // Leading white space: the part's own source's; only for the first word of a source
  // that follows words of the other source alone (A's first word after words only in B)
  // is the other source's white space borrowed, so the two do not run together.
  const gap = (own: 'a' | 'b' | 'both'): string => {
    const ga = ia < ua.length ? aText.slice(aPos, ua[ia].start) : '';
    const gb = ib < ub.length ? bText.slice(bPos, ub[ib].start) : '';
    const mine = own === 'b' ? gb : ga;
    const ownStarted = own === 'b' ? ib > 0 : ia > 0;
    if (mine || prevSource === null || prevSource === own || ownStarted) return mine;
    return own === 'b' ? ga : gb;
  };
  for (const c of changes) {
    const n = c.count ?? c.value.length;
    if (c.removed) {
      const start = ua[ia].start;
      const end = ua[ia + n - 1].end;
      parts.push({ op: 'delete', text: gap('a') + aText.slice(start, end), a: { start, end } });
      aPos = end;
      ia += n;
      prevSource = 'a';
    } else if (c.added) {
      const start = ub[ib].start;
      const end = ub[ib + n - 1].end;
      parts.push({ op: 'insert', text: gap('b') + bText.slice(start, end), b: { start, end } });
      bPos = end;
      ib += n;
      prevSource = 'b';
    } else {
      const aStart = ua[ia].start;
      const bStart = ub[ib].start;
      const aEnd = ua[ia + n - 1].end;
      const bEnd = ub[ib + n - 1].end;
      parts.push({
        op: 'equal',
        text: gap('both') + aText.slice(aStart, aEnd),
        a: { start: aStart, end: aEnd },
        b: { start: bStart, end: bEnd },
      });
      aPos = aEnd;
      bPos = bEnd;
      ia += n;
      ib += n;
      prevSource = 'both';
    }
  }
  if (parts.length > 0) parts[0].text = parts[0].text.trimStart();
  return parts;
}

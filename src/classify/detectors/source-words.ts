/** The words of a quoted source, as the attribution detectors compare them. */
import type { AttributionMention, EntityMention } from '../../model/stages.js';
import type { Side } from '../context.js';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'with', 'and', 'in', 'on', 'at', 'for', 'by', 'according', 'said', 'says', 'told']);

/** The words of a source as written (with its appositive), stop words and a possessive's "s" left out. */
export function writtenSourceWords(m: AttributionMention): string[] {
  return `${m.source.text} ${m.appositive?.text ?? ''}`.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w.toLowerCase()));
}

/** The same in lower case. */
export function sourceWords(m: AttributionMention): string[] {
  return writtenSourceWords(m).map((w) => w.toLowerCase());
}

/** The names inside a source or the phrase set beside it ("Ukraine's military" -> Ukraine). */
export function sourceNames(side: Side, m: AttributionMention): EntityMention[] {
  const within = (e: EntityMention, s: { start: number; end: number } | undefined) => s !== undefined && e.start >= s.start && e.end <= s.end;
  return side.analysis.entities.filter((e) => within(e, m.source) || within(e, m.appositive));
}

/** Their keys ("ukraine"). */
export function sourceNameKeys(side: Side, m: AttributionMention): string[] {
  return sourceNames(side, m).map((e) => e.key);
}

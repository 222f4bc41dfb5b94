/**
 * Page furniture: comment forms, newsletter and share prompts, photo credits, "Read more"
 * links, cookie and copyright notices. A sentence that matches is kept in the model with
 * `boilerplate: true` and never aligned. The patterns describe web page furniture in
 * general, not any particular site or report.
 */
const PATTERNS: RegExp[] = [
  /^leave a (reply|comment)\b/i,
  /\byour email address will not be published\b/i,
  /\brequired fields are marked\b/i,
  /^save my name,? email\b/i,
  /^(post|add|write) a comment\b/i,
  /^\d*\s*comments?$/i,
  /^(sign up|subscribe|register)\b.{0,80}\b(newsletter|inbox|updates|alerts|digest|briefing)\b/i,
  /^(get|receive) (our|the) .{0,40}newsletter\b/i,
  /^(share|tweet|email|print)( this)?( (article|story|page|on (facebook|twitter|x|linkedin|whatsapp)))?$/i,
  /^share (this|on)\b.{0,60}$/i,
  /^follow (us|him|her|them)\b.{0,60}\b(twitter|facebook|instagram|x|threads|linkedin|tiktok)\b/i,
  /^(read|see|watch|listen) more\b/i,
  /^(read|watch|listen)( to)? (the )?(full )?(story|article|this article|more)\b.{0,40}$/i,
  /^(related|recommended|trending|most read|more from)( (articles?|stories|content|coverage|reading))?\s*:?$/i,
  /^(photo|image|picture|video|illustration)s?( credit)?\s*[:/(]/i,
  /\((photo|image)( credit)?:?[^)]*\)\s*$/i,
  /^(getty images|afp via getty images|reuters|ap photo|associated press)\b.{0,60}$/i,
  /^advertisement$/i,
  /\ball rights reserved\b/i,
  /^(copyright|\u00a9)\s/i,
  /^we use cookies\b/i,
  /^(click|tap) here\b/i,
  /^(log|sign) ?in\b.{0,40}$/i,
  /^listen to this (article|story)\b/i,
  /^skip to (main )?content\b/i,
];

/**
 * Page furniture is short. A longer "sentence" that contains a furniture phrase is text
 * whose sentences ran together (no punctuation between them): it is reported, not hidden.
 */
export const MAX_BOILERPLATE_WORDS = 40;

export function isBoilerplate(sentence: string): boolean {
  const s = sentence.trim().replace(/\s+/g, ' ');
  if (!s || s.split(' ').length > MAX_BOILERPLATE_WORDS) return false;
  return PATTERNS.some((re) => re.test(s));
}

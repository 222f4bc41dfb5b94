/**
 * The markdownlint configuration the Markdown reports are checked with (tests, and
 * `scripts/lint-markdown.mjs`). Default rules, with only these relaxed:
 * - MD013 (line length): quoted sentences, table rows and diff lines are as long as the
 *   sentences they quote; wrapping them would break tables and quotes.
 * - MD033 (inline HTML): `<details>` and `<summary>` are allowed, for the collapsed block
 *   of page furniture; any other HTML is still an error.
 */
export const MARKDOWN_LINT_CONFIG: Readonly<Record<string, unknown>> = Object.freeze({
  default: true,
  MD013: false,
  MD033: { allowed_elements: ['details', 'summary'] },
});

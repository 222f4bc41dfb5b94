/** Exit codes of the sourcediff command; README.md ("Exit codes") lists them for users. */

/** The comparison was written; for `batch`, every pair of the manifest has a result line. */
export const EXIT_OK = 0;
/** An internal error (a bug): one line on stderr, the stack trace with SOURCEDIFF_DEBUG=1. */
export const EXIT_INTERNAL = 1;
/** Bad command line or input: one line on stderr, and no output file written or changed. */
export const EXIT_USAGE = 2;
/** `batch` ran to the end, but at least one pair of the manifest has an error line. */
export const EXIT_INCOMPLETE = 3;

/** The exit codes as `sourcediff --help` lists them. */
export const EXIT_CODES_HELP =
  `Exit codes: ${EXIT_OK} done (batch: every pair has a result), ${EXIT_INTERNAL} internal error, ` +
  `${EXIT_USAGE} bad command line or input (nothing written), ${EXIT_INCOMPLETE} batch finished with failed pairs.`;

/** The exit codes as `sourcediff batch --help` lists them. */
export const BATCH_EXIT_CODES_HELP =
  `Exit codes: ${EXIT_OK} done: every pair of the manifest has a result line; ${EXIT_INTERNAL} internal error; ` +
  `${EXIT_USAGE} bad command line or input, or an output that cannot be resumed (nothing written or changed); ` +
  `${EXIT_INCOMPLETE} ran to the end, but some pairs have an error line.`;

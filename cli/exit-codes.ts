/** Exit codes of the sourcediff command; README.md ("Exit codes") lists them for users. */

/** The comparison was written; for `batch`, every pair of the manifest has a result line. */
export const EXIT_OK = 0;
/** An internal error (a bug): one line on stderr, the stack trace with SOURCEDIFF_DEBUG=1. */
export const EXIT_INTERNAL = 1;
/** Bad command line or input: one line on stderr, and no output file written or changed. */
export const EXIT_USAGE = 2;
/** `batch` ran to the end, but at least one pair of the manifest has an error line. */
export const EXIT_INCOMPLETE = 3;

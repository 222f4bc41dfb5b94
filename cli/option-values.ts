/**
 * Reading the values of command-line options strictly (yargs `coerce` functions). yargs
 * turns a repeated option into a list and an empty numeric value into 0; here every option
 * takes one value, and anything else is a usage error with one clear line.
 */

/** yargs reads a lone "-" as an empty string; main.ts passes it on as this marker instead. */
export const STDIN_ARG = '\u0000stdin';

/** The value of an option that takes one value; a repeated option is refused. */
function once(flag: string, v: unknown): unknown {
  if (Array.isArray(v)) {
    const given = v.map((x) => JSON.stringify(x === STDIN_ARG ? '-' : String(x))).join(', ');
    throw new Error(`${flag} was given ${v.length} times (${given}); give it once`);
  }
  return v;
}

/** An option that takes one value (a choice, a path): refused when repeated. */
export function single(flag: string): (v: unknown) => unknown {
  return (v) => {
    const value = once(flag, v);
    return value === STDIN_ARG ? '-' : value;
  };
}

/**
 * A report's display name: one value, not empty or only white space (the library would
 * quietly name such a report "A" or "B"; leaving the option out gives the file name).
 */
export function reportNameOption(flag: string, side: 'A' | 'B'): (v: unknown) => unknown {
  const read = single(flag);
  return (v) => {
    const value = read(v);
    if (typeof value === 'string' && value.trim() === '') {
      throw new Error(`${flag} must not be empty: it names report ${side} in the result (leave it out to use the file name)`);
    }
    return value;
  };
}

/**
 * A numeric option read strictly: one finite decimal number, or a usage error naming the
 * flag (Number() would read "0x10" as 16 and "" as 0).
 */
export function strictNumber(flag: string): (v: unknown) => number {
  return (v) => {
    const value = once(flag, v);
    const text = typeof value === 'string' ? value.trim() : '';
    const n = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(text) ? Number(text) : Number.NaN;
    if (!Number.isFinite(n)) throw new Error(`${flag} must be a number (got ${JSON.stringify(String(value))})`);
    return n;
  };
}

/** Marks an InputError even when two copies of this module are loaded (the bundled CLI and a lazily loaded part). */
const BRAND = Symbol.for('sourcediff.InputError');

/** An error in what the caller gave us (empty, binary, unreadable input; bad options). */
export class InputError extends Error {
  override name = 'InputError';
  readonly [BRAND] = true;

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }
}

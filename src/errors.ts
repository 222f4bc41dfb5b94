/** An error in what the caller gave us (empty, binary, unreadable input; bad options). */
export class InputError extends Error {
  override name = 'InputError';
}

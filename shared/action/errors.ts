/** An input that cannot be used: names the input, the value and what would be accepted. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
    detail?: string,
  ) {
    super(
      value === ''
        ? `Input '${input}' is required: ${accepted}.`
        : `Input '${input}' has an invalid value ${quote(value)}${detail ? ` (${detail})` : ''}: expected ${accepted}.`,
    );
  }
}

/** A failure already explained in words; the run wrapper prints its message as it is. */
export class ActionError extends Error {
  override name = 'ActionError';
  constructor(
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}

/** Short, single-line rendering of a user value for an error message. */
export function quote(value: string, max = 120): string {
  // JSON.stringify writes line breaks as \n, so the result stays on one line.
  return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value);
}

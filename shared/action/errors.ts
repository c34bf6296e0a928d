import { redact } from './secrets.js';

/**
 * An input that cannot be used: names the input, the value and what would be accepted. `where`
 * (e.g. "line 3") replaces the value for inputs whose values must never be quoted.
 */
export class InputError extends Error {
  override name = 'InputError';
  /** Where in a file the problem is, for the runner's annotation of the one error line. */
  annotation?: { title: string; file: string; line?: number | undefined };
  constructor(
    readonly input: string,
    readonly value: string,
    readonly accepted: string,
    detail?: string,
    where?: string,
  ) {
    super(
      where !== undefined
        ? `Input '${input}' is invalid at ${where}${detail ? ` (${redact(detail)})` : ''}: expected ${accepted}.`
        : value === ''
          ? `Input '${input}' is required: ${accepted}.`
          : `Input '${input}' has an invalid value ${quote(value)}${detail ? ` (${redact(detail)})` : ''}: expected ${accepted}.`,
    );
    if (where !== undefined) this.value = where;
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
  // JSON.stringify writes line breaks as \n, so the result stays on one line; masked values go first.
  const text = redact(value);
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** The words of anything thrown: an Error's message, else the value as text. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// Secrets given as inputs: masked from the raw input text before anything parses it (readInputs
// does it for every input declared secret), remembered, and removed again from whatever the action
// writes itself: the error line, the job summary, outputs (and the deployment record among them).
import { getInput, setSecret, type Env } from './runtime.js';

const known = new Set<string>();

/** Names (environment variables, template parameters) whose values are treated as secrets. */
export const SECRET_NAME =
  /pass|pwd|secret|token|key|credential|auth|private|session|signature|cookie|dsn|conn(ection)?_?str/i;

/** Shortest value worth masking: the runner ignores shorter ones, and they would garble the log. */
const MIN_SECRET_LENGTH = 3;

function remember(value: string): void {
  const text = value.trim();
  if (text.length < MIN_SECRET_LENGTH) return;
  known.add(text);
  setSecret(text);
}

/** Masks a value, and for `Bearer <token>` / `Basic <credentials>` the credential alone too. */
export function maskSecret(value: string): void {
  for (const line of value.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '') continue;
    remember(text);
    const credential = /^[A-Za-z]+\s+(\S{3,})$/.exec(text)?.[1];
    if (credential) remember(credential);
  }
}

/** Replaces every masked value in `text` (also in its JSON-escaped form) by `***`. */
export function redact(text: string): string {
  if (known.size === 0 || text === '') return text;
  let result = text;
  // longest first, so a value containing another is removed whole
  for (const secret of [...known].sort((a, b) => b.length - a.length)) {
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)]))
      if (result.includes(form)) result = result.split(form).join('***');
  }
  return result;
}

/** The values masked so far (for tests). */
export function maskedValues(): readonly string[] {
  return [...known];
}

/**
 * Masks what a `KEY=value` (or `Name: value`) input may hold, whatever the shape of its lines:
 * the value of every line whose key `isSecretKey` picks, and every line that is not `KEY=value`
 * whole (a header written `Authorization: Bearer …` cannot be told from its value). Blank lines
 * and `#` comments are skipped.
 */
export function maskKeyValueText(raw: string, isSecretKey: (key: string) => boolean): void {
  for (const line of raw.split(/\r?\n/)) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = text.indexOf('=');
    const key = at > 0 ? text.slice(0, at).trim() : '';
    // `Authorization: Bearer a=b` has its `=` inside the value: its key is no plain name either
    if (key === '' || /[\s:]/.test(key)) {
      maskSecret(text);
      const colon = text.indexOf(':');
      if (colon > 0) maskSecret(text.slice(colon + 1));
    } else if (isSecretKey(key)) maskSecret(text.slice(at + 1));
  }
}

/** Masks the values of a `KEY=value` input whose keys `isSecretKey` picks (see maskKeyValueText). */
export function maskKeyValueInput(
  name: string,
  isSecretKey: (key: string) => boolean,
  env: Env = process.env,
): void {
  maskKeyValueText(getInput(name, env), isSecretKey);
}

// Masking secrets given as inputs, from the raw input text, before anything parses it: not even an
// input error can then print them.
import { parseKeyValueLines } from './inputs.js';
import { getInput, setSecret, type Env } from './runtime.js';

/** Masks a value, and for `Bearer <token>` / `Basic <credentials>` the credential alone too. */
export function maskSecret(value: string): void {
  const text = value.trim();
  if (text === '') return;
  setSecret(text);
  const credential = /^[A-Za-z]+\s+(\S{3,})$/.exec(text)?.[1];
  if (credential) setSecret(credential);
}

/** Masks the values of a `KEY=value` input whose keys `isSecret` picks. */
export function maskKeyValueInput(
  name: string,
  isSecret: (key: string) => boolean,
  env: Env = process.env,
): void {
  const entries = parseKeyValueLines(getInput(name, env));
  if (Array.isArray(entries)) for (const [key, value] of entries) if (isSecret(key)) maskSecret(value);
}

// Masks what must never reach the log, from the raw inputs, before anything parses them (so not
// even an input error can print them): credential headers of the smoke checks, secret-looking
// environment variables and parameter overrides; then every header of the parsed checks.
import { parseKeyValueLines } from '../shared/action/inputs.js';
import { getInput, setSecret, type Env } from '../shared/action/runtime.js';
import { isCredentialHeader } from '../shared/http/secrets.js';
import { SECRET_NAME } from '../shared/targets/cloudformation/parameters.js';
import type { SmokeCheck } from '../shared/http/checks.js';

/** `key: value` pairs anywhere in YAML or JSON text (quoted or not). */
const YAML_PAIR = /["']?([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*("([^"\r\n]*)"|'([^'\r\n]*)'|[^\r\n,}]+)/g;

function mask(value: string): void {
  const text = value.trim();
  if (text === '') return;
  setSecret(text);
  // `Bearer <token>`, `Basic <credentials>`: the credential alone may show up in a log too.
  const credential = /^[A-Za-z]+\s+(\S{3,})$/.exec(text)?.[1];
  if (credential) setSecret(credential);
}

function maskLines(raw: string, isSecret: (key: string) => boolean): void {
  const entries = parseKeyValueLines(raw);
  if (Array.isArray(entries)) for (const [key, value] of entries) if (isSecret(key)) mask(value);
}

export function maskRawInputs(env: Env = process.env): void {
  maskLines(getInput('headers', env), isCredentialHeader);
  maskLines(getInput('environment', env), (key) => SECRET_NAME.test(key));
  maskLines(getInput('parameter-overrides', env), (key) => SECRET_NAME.test(key));
  for (const match of getInput('checks', env).matchAll(YAML_PAIR)) {
    const [, key = '', whole = '', doubleQuoted, singleQuoted] = match;
    if (isCredentialHeader(key)) mask(doubleQuoted ?? singleQuoted ?? whole);
  }
}

/** Every header value given in a `checks` entry, credential headers and URL passwords. */
export function maskChecks(
  checks: readonly SmokeCheck[],
  entryHeaders: ReadonlyArray<Record<string, string> | undefined>,
): void {
  for (const headers of entryHeaders) for (const value of Object.values(headers ?? {})) mask(value);
  for (const check of checks) {
    for (const [name, value] of Object.entries(check.headers)) if (isCredentialHeader(name)) mask(value);
    const password = new URL(check.url).password;
    if (password) mask(decodeURIComponent(password));
  }
}

// Which header values are secrets, and masking them: credentials by name, from the raw `headers`
// and `checks` inputs before they are parsed; then every header given in a `checks` entry and any
// password in a check's URL.
import { maskKeyValueInput, maskSecret } from '../action/secrets.js';
import { getInput, type Env } from '../action/runtime.js';
import type { SmokeCheck } from './checks.js';

const CREDENTIAL_HEADER =
  /(authorization|cookie|api[-_]?key|token|secret|password|passwd|credential|session|signature|^x-amz-security)/i;

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

/** `key: value` pairs anywhere in YAML or JSON text (quoted or not). */
const YAML_PAIR = /["']?([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*("([^"\r\n]*)"|'([^'\r\n]*)'|[^\r\n,}]+)/g;

/** Credential headers of the raw `headers` and `checks` inputs. */
export function maskCheckInputs(env: Env = process.env): void {
  maskKeyValueInput('headers', isCredentialHeader, env);
  for (const match of getInput('checks', env).matchAll(YAML_PAIR)) {
    const [, key = '', whole = '', doubleQuoted, singleQuoted] = match;
    if (isCredentialHeader(key)) maskSecret(doubleQuoted ?? singleQuoted ?? whole);
  }
}

/** Every header value given in a `checks` entry, credential headers and URL passwords. */
export function maskChecks(
  checks: readonly SmokeCheck[],
  entryHeaders: ReadonlyArray<Record<string, string> | undefined>,
): void {
  for (const headers of entryHeaders) for (const value of Object.values(headers ?? {})) maskSecret(value);
  for (const check of checks) {
    for (const [name, value] of Object.entries(check.headers))
      if (isCredentialHeader(name)) maskSecret(value);
    const password = new URL(check.url).password;
    if (password) maskSecret(decodeURIComponent(password));
  }
}

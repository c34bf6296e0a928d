// Which header values are secrets, and masking them: credentials by name, from the raw `headers`
// and `checks` inputs before they are parsed (their input specs do it); then every header given in
// a `checks` entry and any password in a check's URL.
import { maskKeyValueText, maskSecret } from '../action/secrets.js';
import { getInput, type Env } from '../action/runtime.js';
import type { SmokeCheck } from './checks.js';

const CREDENTIAL_HEADER =
  /(authorization|cookie|api[-_]?key|token|secret|password|passwd|credential|session|signature|^x-amz-security)/i;
const CREDENTIAL_WORD = new RegExp(CREDENTIAL_HEADER.source.replace('^', ''), 'i');

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

/** `key: value` pairs anywhere in YAML or JSON text (quoted or not). */
const YAML_PAIR = /["']?([A-Za-z0-9_-]+)["']?[ \t]*:[ \t]*("([^"\r\n]*)"|'([^'\r\n]*)'|[^\r\n,}]+)/g;

/** Credential header values of a raw `headers` input, whatever the shape of its lines. */
export function maskHeadersText(raw: string): void {
  maskKeyValueText(raw, isCredentialHeader);
}

/**
 * Credential header values of a raw `checks` document: `key: value` pairs with a credential name,
 * and, whatever its shape, the rest of any line that names a credential and every URL password.
 */
export function maskChecksText(raw: string): void {
  for (const match of raw.matchAll(YAML_PAIR)) {
    const [, key = '', whole = '', doubleQuoted, singleQuoted] = match;
    if (isCredentialHeader(key)) maskSecret(doubleQuoted ?? singleQuoted ?? whole);
  }
  for (const line of raw.split(/\r?\n/)) {
    const word = CREDENTIAL_WORD.exec(line);
    if (!word) continue;
    const rest = line
      .slice(word.index + word[0].length)
      .replace(/^["']?[A-Za-z0-9_-]*["']?\s*[:=]?\s*/, '')
      .replace(/["',}\]\s]+$/, '')
      .replace(/^["']/, '');
    if (rest) maskSecret(rest);
  }
  for (const match of raw.matchAll(/[a-z][a-z0-9+.-]*:\/\/[^/\s:@]*:([^@\s/]+)@/gi))
    if (match[1]) maskSecret(match[1]);
}

/** Credential headers of the raw `headers` and `checks` inputs. */
export function maskCheckInputs(env: Env = process.env): void {
  maskHeadersText(getInput('headers', env));
  maskChecksText(getInput('checks', env));
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

// Smoke checks: the `checks` YAML list validated into entries, then merged with the defaults
// (method, headers, expect-status, max-latency) and the plain URLs into the checks to run.
import { InputError } from '../action/errors.js';
import { DURATION_ACCEPTED, parseDuration } from '../action/duration.js';
import type { Expectations } from './expectations.js';
import { displayUrl } from './probe.js';
import { compileRegex, REGEX_ACCEPTED, type BodyRegex } from './regex.js';
import { parseStatusSpec, STATUS_SPEC_ACCEPTED, type StatusSpec } from './status-spec.js';

export interface SmokeCheck extends Expectations {
  /** Unique among the checks; defaults to `METHOD url`. */
  name: string;
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | undefined;
}

export interface CheckDefaults {
  method: string;
  headers: Readonly<Record<string, string>>;
  expectStatus: StatusSpec;
  maxLatencyMs?: number | undefined;
}

/** One entry of the `checks` list, validated; what it leaves out comes from the defaults. */
export interface CheckEntry {
  url: string;
  name?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  expectStatus?: StatusSpec;
  expectBody?: string;
  expectBodyRegex?: BodyRegex;
  expectJson?: Record<string, unknown>;
  expectHeader?: Record<string, string>;
  maxLatencyMs?: number;
}

export const CHECK_KEYS = [
  'name',
  'url',
  'method',
  'headers',
  'body',
  'expect-status',
  'expect-body',
  'expect-body-regex',
  'expect-json',
  'expect-header',
  'max-latency',
] as const;

export const URL_ACCEPTED = 'an http:// or https:// URL with a host';
export const METHOD_ACCEPTED = 'an HTTP method such as GET, HEAD or POST';
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** The reason a URL is refused, or undefined when it can be probed. */
export function urlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `the scheme ${url.protocol} is not http or https`;
  if (url.hostname === '') return 'no host';
  return undefined;
}

export function parseMethod(text: string): string | undefined {
  return /^[A-Za-z]+$/.test(text.trim()) ? text.trim().toUpperCase() : undefined;
}

/** Header map problems: a name that is not an HTTP token, a value with a line break. */
export function headerProblem(name: string, value: string): string | undefined {
  if (!HEADER_NAME.test(name)) return `${JSON.stringify(name)} is not a valid header name`;
  if (/[\r\n\0]/.test(value)) return `the value of header ${name} contains a line break`;
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Validates the parsed `checks` document (a YAML list of mappings). Errors name the input, the
 * check (by position and URL) and the key. A check with `expect-body-regex` needs RE2 loaded
 * first (loadRegexEngine; the `checks` input spec loads it when the text has a pattern).
 */
export function parseCheckEntries(document: unknown, input = 'checks'): CheckEntry[] {
  if (document === undefined || document === null) return [];
  if (!Array.isArray(document))
    throw new InputError(
      input,
      describeType(document),
      'a YAML list of checks, each a mapping with at least url',
    );
  return document.map((item, index) => parseEntry(item, index + 1, input));
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'a mapping';
  return String(value);
}

function parseEntry(item: unknown, position: number, input: string): CheckEntry {
  const reader = entryReader(item, position, input);
  const entry: CheckEntry = { url: readUrl(reader) };
  readRequest(reader, entry);
  readStatusAndBodyExpectations(reader, entry);
  readHeaderAndLatencyExpectations(reader, entry);
  return entry;
}

/** One check's mapping, its keys checked, read key by key; errors name the input, the check and the key. */
interface EntryReader {
  item: Record<string, unknown>;
  input: string;
  where: (key?: string) => string;
  text: (key: string, accepted: string) => string | undefined;
  map: (key: string, accepted: string) => Record<string, unknown> | undefined;
}

function entryReader(item: unknown, position: number, input: string): EntryReader {
  const where = (key?: string): string => `check ${position}${key ? `, key ${key}` : ''}`;
  if (!isPlainObject(item))
    throw new InputError(
      input,
      describeType(item),
      'each check to be a mapping with at least url',
      `${where()} is not a mapping`,
    );
  for (const key of Object.keys(item))
    if (!(CHECK_KEYS as readonly string[]).includes(key))
      throw new InputError(
        input,
        key,
        `one of the check keys ${CHECK_KEYS.join(', ')}`,
        `unknown key in ${where()}`,
      );
  const text = (key: string, accepted: string): string | undefined => {
    const value = item[key];
    if (value === undefined) return undefined;
    const result = scalarText(value);
    if (result === undefined) throw new InputError(input, describeType(value), accepted, where(key));
    return result;
  };
  const map = (key: string, accepted: string): Record<string, unknown> | undefined => {
    const value = item[key];
    if (value === undefined) return undefined;
    if (!isPlainObject(value)) throw new InputError(input, describeType(value), accepted, where(key));
    return value;
  };
  return { item, input, where, text, map };
}

function readUrl({ input, where, text }: EntryReader): string {
  const url = text('url', URL_ACCEPTED);
  if (url === undefined || url.trim() === '')
    throw new InputError(input, '', `${URL_ACCEPTED} in every check (${where()} has none)`);
  const problem = urlProblem(url.trim());
  if (problem) throw new InputError(input, displayUrl(url), URL_ACCEPTED, `${where('url')}: ${problem}`);
  return url.trim();
}

/** What the check sends: its name, method, headers and body (an object body is sent as JSON). */
function readRequest({ item, input, where, text, map }: EntryReader, entry: CheckEntry): void {
  const name = text('name', 'a name for the check');
  if (name !== undefined && name.trim() !== '') entry.name = name.trim();
  const methodText = text('method', METHOD_ACCEPTED);
  if (methodText !== undefined) {
    const method = parseMethod(methodText);
    if (!method) throw new InputError(input, methodText, METHOD_ACCEPTED, where('method'));
    entry.method = method;
  }
  const headers = map('headers', 'a mapping of header name to value');
  if (headers)
    entry.headers = stringMap(headers, input, where('headers'), 'a mapping of header name to value', true);

  const body = item['body'];
  if (body !== undefined && body !== null) {
    if (typeof body === 'string') entry.body = body;
    else if (typeof body === 'object' || typeof body === 'number' || typeof body === 'boolean') {
      entry.body = JSON.stringify(body);
      const hasType = Object.keys(entry.headers ?? {}).some(
        (header) => header.toLowerCase() === 'content-type',
      );
      if (typeof body === 'object' && !hasType)
        entry.headers = { ...entry.headers, 'Content-Type': 'application/json' };
    }
  }
}

/** What the response must be: its status, then what its body holds (text, a regular expression, JSON values). */
function readStatusAndBodyExpectations({ input, where, text, map }: EntryReader, entry: CheckEntry): void {
  const status = text('expect-status', STATUS_SPEC_ACCEPTED);
  if (status !== undefined) {
    const spec = parseStatusSpec(status);
    if (typeof spec === 'string')
      throw new InputError(input, status, STATUS_SPEC_ACCEPTED, `${where('expect-status')}: ${spec}`);
    entry.expectStatus = spec;
  }
  const expectBody = text('expect-body', 'text the body must contain');
  if (expectBody !== undefined) entry.expectBody = expectBody;
  const regex = text('expect-body-regex', 'a regular expression');
  if (regex !== undefined) {
    try {
      entry.expectBodyRegex = compileRegex(regex);
    } catch (error) {
      throw new InputError(
        input,
        regex,
        REGEX_ACCEPTED,
        `${where('expect-body-regex')}: ${(error as Error).message}`,
      );
    }
  }
  const json = map('expect-json', 'a mapping of dotted JSON path (data.items.0.status) to expected value');
  if (json) {
    for (const path of Object.keys(json))
      if (path === '' || path.split('.').some((segment) => segment === ''))
        throw new InputError(input, path, 'dotted paths such as data.items.0.status', where('expect-json'));
    entry.expectJson = json;
  }
}

/** What the response's headers must contain, and how soon it must come. */
function readHeaderAndLatencyExpectations({ input, where, text, map }: EntryReader, entry: CheckEntry): void {
  const expectHeader = map('expect-header', 'a mapping of header name to the text its value must contain');
  if (expectHeader)
    entry.expectHeader = stringMap(
      expectHeader,
      input,
      where('expect-header'),
      'a mapping of header name to text',
      false,
    );
  const latency = text('max-latency', DURATION_ACCEPTED);
  if (latency !== undefined) {
    const ms = parseDuration(latency);
    if (ms === undefined || ms <= 0)
      throw new InputError(input, latency, `${DURATION_ACCEPTED}, more than zero`, where('max-latency'));
    entry.maxLatencyMs = ms;
  }
}

/** `pattern`, or `/pattern/flags` for flags (g and y are dropped: a test must not keep state). */

function stringMap(
  value: Record<string, unknown>,
  input: string,
  where: string,
  accepted: string,
  isRequestHeader: boolean,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    const text = raw === null ? '' : scalarText(raw);
    if (text === undefined) throw new InputError(input, describeType(raw), accepted, `${where}, ${key}`);
    const problem = headerProblem(key, text);
    if (problem)
      throw new InputError(
        input,
        isRequestHeader ? key : `${key}: ${text}`,
        accepted,
        `${where}: ${problem}`,
      );
    result[key] = text;
  }
  return result;
}

/** Header maps merged case-insensitively; later maps win. */
export function mergeHeaders(
  ...maps: ReadonlyArray<Readonly<Record<string, string>> | undefined>
): Record<string, string> {
  const merged = new Map<string, [string, string]>();
  for (const map of maps)
    for (const [name, value] of Object.entries(map ?? {})) merged.set(name.toLowerCase(), [name, value]);
  return Object.fromEntries(merged.values());
}

/**
 * The checks to run: one per plain URL (defaults only), then one per `checks` entry (its own
 * values over the defaults). Names must be unique: they identify checks in `failed-checks`.
 */
export function buildChecks(
  urls: readonly string[],
  entries: readonly CheckEntry[],
  defaults: CheckDefaults,
  input = 'checks',
): SmokeCheck[] {
  const checks: SmokeCheck[] = [...urls.map((url) => ({ url })), ...entries].map((entry: CheckEntry) => {
    const method = entry.method ?? defaults.method;
    const check: SmokeCheck = {
      name: entry.name ?? `${method} ${displayUrl(entry.url)}`,
      url: entry.url,
      method,
      headers: mergeHeaders(defaults.headers, entry.headers),
      expectStatus: entry.expectStatus ?? defaults.expectStatus,
    };
    const maxLatencyMs = entry.maxLatencyMs ?? defaults.maxLatencyMs;
    if (maxLatencyMs !== undefined) check.maxLatencyMs = maxLatencyMs;
    if (entry.body !== undefined) check.body = entry.body;
    if (entry.expectBody !== undefined) check.expectBody = entry.expectBody;
    if (entry.expectBodyRegex !== undefined) check.expectBodyRegex = entry.expectBodyRegex;
    if (entry.expectJson !== undefined) check.expectJson = entry.expectJson;
    if (entry.expectHeader !== undefined) check.expectHeader = entry.expectHeader;
    return check;
  });
  const seen = new Set<string>();
  for (const check of checks) {
    if (seen.has(check.name))
      throw new InputError(
        input,
        check.name,
        'checks with distinct names (set name: on one of them)',
        'two checks have this name',
      );
    seen.add(check.name);
  }
  return checks;
}

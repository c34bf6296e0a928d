// Typed input readers. Each action declares its inputs once, as a spec keyed by the input ids of
// its action.yml; readInputs() validates all of them before anything else runs, and the contract
// tests compare the spec with action.yml (ids and defaults).
import { getInput, type Env } from './runtime.js';
import { InputError, quote } from './errors.js';
import { DURATION_ACCEPTED, parseDuration } from './duration.js';
import { maskKeyValueText, maskSecret, redact } from './secrets.js';

export interface InputSpec<T> {
  readonly required: boolean;
  /** Same text as the `default:` of action.yml; applied when the runner passed nothing. */
  readonly default: string | undefined;
  /** What is accepted, in words, for error messages and docs. */
  readonly accepted: string;
  parse(raw: string, name: string): T | Promise<T>;
  /** Masks the secrets the raw text may hold; readInputs calls it for every input before any parse. */
  mask?(raw: string): void;
}

export type InputValues<S extends Record<string, InputSpec<unknown>>> = {
  -readonly [K in keyof S]: S[K] extends InputSpec<infer T> ? T : never;
};

export async function readInputs<S extends Record<string, InputSpec<unknown>>>(
  spec: S,
  env: Env = process.env,
): Promise<InputValues<S>> {
  const raws = new Map<string, string>();
  for (const [name, input] of Object.entries(spec)) {
    const given = getInput(name, env);
    const raw = given === '' ? (input.default ?? '') : given;
    raws.set(name, raw);
    if (raw !== '') input.mask?.(raw);
  }
  const values: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(spec)) {
    const raw = raws.get(name) ?? '';
    if (raw === '' && input.required) throw new InputError(name, '', input.accepted);
    try {
      values[name] = await input.parse(raw, name);
    } catch (error) {
      if (error instanceof InputError) throw error;
      // a parser's own failure (a YAML alias bomb, say) still names the input, in one line
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new InputError(name, raw, input.accepted, reason, input.mask ? 'its value' : undefined);
    }
  }
  return values as InputValues<S>;
}

function spec<T>(
  accepted: string,
  parse: (raw: string, name: string) => T | Promise<T>,
  options: {
    required?: boolean | undefined;
    default?: string | undefined;
    mask?: ((raw: string) => void) | undefined;
  } = {},
): InputSpec<T> {
  return {
    required: options.required ?? false,
    default: options.default,
    accepted,
    parse,
    ...(options.mask ? { mask: options.mask } : {}),
  };
}

export interface StringOptions {
  required?: boolean;
  default?: string;
  /** The whole value must match. */
  pattern?: RegExp;
  accepted?: string;
  /** Extra check; returns the reason the value is refused, if it is. */
  check?: (value: string) => string | undefined;
  /** Allow line breaks (off by default: single values that become outputs must stay one line). */
  multiline?: boolean;
  /** A secret: masked before it is read, never quoted in an error. */
  secret?: boolean;
}

function string(options: StringOptions = {}): InputSpec<string> {
  const accepted =
    options.accepted ?? (options.pattern ? `a value matching ${options.pattern.source}` : 'text');
  return spec(
    accepted,
    (raw, name) => {
      if (raw === '') return raw;
      const where = options.secret ? 'its value' : undefined;
      if (!options.multiline && /[\r\n]/.test(raw))
        throw new InputError(name, raw, `${accepted} on one line`, undefined, where);
      if (options.pattern && !options.pattern.test(raw))
        throw new InputError(name, raw, accepted, undefined, where);
      const reason = options.check?.(raw);
      if (reason) throw new InputError(name, raw, accepted, reason, where);
      return raw;
    },
    { ...options, mask: options.secret ? maskSecret : undefined },
  );
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

function boolean(options: { default: boolean }): InputSpec<boolean> {
  return spec(
    'true or false',
    (raw, name) => {
      if (TRUE.includes(raw)) return true;
      if (FALSE.includes(raw)) return false;
      throw new InputError(name, raw, 'true or false');
    },
    { default: String(options.default) },
  );
}

interface BoundOptions {
  min?: number;
  max?: number;
}

function integer(options: BoundOptions & { default: number }): InputSpec<number>;
function integer(options?: BoundOptions): InputSpec<number | undefined>;
function integer(options: BoundOptions & { default?: number } = {}): InputSpec<number | undefined> {
  const { min, max } = options;
  const accepted =
    min !== undefined && max !== undefined
      ? `a whole number from ${min} to ${max}`
      : min !== undefined
        ? `a whole number of at least ${min}`
        : max !== undefined
          ? `a whole number of at most ${max}`
          : 'a whole number';
  return spec(
    accepted,
    (raw, name) => {
      if (raw === '') return undefined;
      if (!/^-?\d+$/.test(raw)) throw new InputError(name, raw, accepted);
      const value = Number(raw);
      if (
        (min !== undefined && value < min) ||
        (max !== undefined && value > max) ||
        !Number.isSafeInteger(value)
      )
        throw new InputError(name, raw, accepted);
      return value;
    },
    { default: options.default === undefined ? undefined : String(options.default) },
  );
}

interface DurationOptions {
  /** Bounds in milliseconds. */
  min?: number;
  max?: number;
}

/** A bound written as a user would write it as input: 500ms, 1.5s, 15m, 1h. */
function durationBound(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000}m`;
  return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
}

/** A duration in milliseconds. */
function duration(options: DurationOptions & { default: string }): InputSpec<number>;
function duration(options?: DurationOptions): InputSpec<number | undefined>;
function duration(options: DurationOptions & { default?: string } = {}): InputSpec<number | undefined> {
  const min = options.min ?? 0;
  const bounds = [
    min > 0 ? `of at least ${durationBound(min)}` : 'not negative',
    ...(options.max === undefined ? [] : [`at most ${durationBound(options.max)}`]),
  ];
  const accepted = `${DURATION_ACCEPTED}, ${bounds.join(' and ')}`;
  return spec(
    accepted,
    (raw, name) => {
      if (raw === '') return undefined;
      const ms = parseDuration(raw);
      if (ms === undefined || ms < min || (options.max !== undefined && ms > options.max))
        throw new InputError(name, raw, accepted);
      return ms;
    },
    { default: options.default },
  );
}

/** Longest wait any input may ask for: the longest a GitHub-hosted job may run. */
export const MAX_WAIT_MS = 6 * 3_600_000;
/** Longest pause between two polls. */
export const MAX_POLL_INTERVAL_MS = 5 * 60_000;

/** Splits a list given as lines or comma-separated; items trimmed, empty ones dropped. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[\r\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function list(
  options: {
    required?: boolean;
    default?: string;
    accepted?: string;
    item?: (value: string) => string | undefined;
  } = {},
): InputSpec<string[]> {
  const accepted = options.accepted ?? 'a list of values, one per line or separated by commas';
  return spec(
    accepted,
    (raw, name) => {
      const items = splitList(raw);
      for (const item of items) {
        const reason = options.item?.(item);
        if (reason) throw new InputError(name, item, accepted, reason);
      }
      return items;
    },
    options,
  );
}

/** `KEY=value` lines; the value may contain `=`; blank lines and `#` comments are skipped. */
export function parseKeyValueLines(
  raw: string,
): Array<[string, string]> | { badLine: string; lineNumber: number } {
  const entries: Array<[string, string]> = [];
  const lines = raw.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const text = line.trim();
    if (text === '' || text.startsWith('#')) continue;
    const at = text.indexOf('=');
    if (at <= 0) return { badLine: text, lineNumber: index + 1 };
    entries.push([text.slice(0, at).trim(), text.slice(at + 1).trim()]);
  }
  return entries;
}

function map(
  options: {
    key?: RegExp;
    accepted?: string;
    required?: boolean;
    default?: string;
    /**
     * The input may hold secrets: values of the keys this picks are masked, so is every line that
     * is not `KEY=value`, and an error points at a line number instead of quoting it.
     */
    secretKeys?: (key: string) => boolean;
  } = {},
): InputSpec<Record<string, string>> {
  const keyPattern = options.key ?? /^[^\s=]+$/;
  const accepted = options.accepted ?? 'KEY=value lines';
  const secretKeys = options.secretKeys;
  return spec(
    accepted,
    (raw, name) => {
      const entries = parseKeyValueLines(raw);
      if (!Array.isArray(entries)) {
        const reason = entries.badLine.startsWith('=') ? 'no key before the =' : 'no = in the line';
        if (secretKeys) throw new InputError(name, '', accepted, reason, `line ${entries.lineNumber}`);
        throw new InputError(name, entries.badLine, accepted, reason);
      }
      const result: Record<string, string> = {};
      for (const [key, value] of entries) {
        if (!keyPattern.test(key))
          throw new InputError(name, key, accepted, `key must match ${keyPattern.source}`);
        if (Object.hasOwn(result, key)) throw new InputError(name, key, accepted, 'the key is given twice');
        Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
      }
      return result;
    },
    { ...options, mask: secretKeys ? (raw: string) => maskKeyValueText(raw, secretKeys) : undefined },
  );
}

function choice<T extends string>(values: readonly T[], options: { default: T }): InputSpec<T>;
function choice<T extends string>(
  values: readonly T[],
  options?: { required?: boolean },
): InputSpec<T | undefined>;
function choice<T extends string>(
  values: readonly T[],
  options: { default?: T; required?: boolean } = {},
): InputSpec<T | undefined> {
  const accepted = `one of ${values.join(', ')}`;
  return spec(
    accepted,
    (raw, name) => {
      if (raw === '') return undefined;
      if (!(values as readonly string[]).includes(raw)) throw new InputError(name, raw, accepted);
      return raw as T;
    },
    options,
  );
}

/** Most aliases a YAML input may expand (the yaml package's own limit is 100 per document). */
const MAX_YAML_ALIASES = 100;

/**
 * A JSON or YAML document (YAML is a superset of JSON); undefined when empty. An error gives the
 * line and column, never the text: documents such as smoke checks hold header values. `mask`
 * masks what the raw text may hold before anything parses it.
 */
function document(
  options: { required?: boolean; accepted?: string; mask?: (raw: string) => void } = {},
): InputSpec<unknown> {
  const accepted = options.accepted ?? 'a YAML or JSON document';
  return spec(
    accepted,
    async (raw, name) => {
      if (raw === '') return undefined;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        // not JSON: try YAML, which is loaded only when needed
      }
      const { parseDocument } = await import('yaml');
      const doc = parseDocument(raw, { uniqueKeys: true });
      const problem = doc.errors[0];
      if (problem) {
        // yaml's message starts with a sentence that ends "at line L, column C:", then a code excerpt.
        const sentence = (problem.message.split('\n')[0] ?? '').replace(/:$/, '').trim();
        const at = / at line (\d+), column (\d+)/.exec(sentence);
        const where = problem.linePos?.[0];
        const position = at
          ? `line ${at[1]}, column ${at[2]}`
          : where
            ? `line ${where.line}, column ${where.col}`
            : 'its value';
        const reason = sentence.replace(/ at line \d+, column \d+$/, '') || problem.code;
        throw new InputError(name, '', accepted, redact(reason), position);
      }
      try {
        return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new InputError(name, '', accepted, reason, 'its value');
      }
    },
    options,
  );
}

export const input = { string, boolean, integer, duration, list, map, choice, document };

export { InputError, quote };

// Regular expressions given as inputs (expect-body-regex) run on RE2 (the re2-wasm package): its
// time is linear in the body whatever the pattern, so `^(a+)+$` cannot freeze a check, a timeout
// or a cancel. RE2 is loaded only when a check has a pattern, so start-up stays fast otherwise.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Re2Module from 're2-wasm';

/** A compiled body pattern: what the expectations need of it. */
export interface BodyRegex {
  readonly source: string;
  test(text: string): boolean;
}

type Engine = typeof Re2Module;
let engine: Engine | undefined;

export const REGEX_ACCEPTED =
  'an RE2 regular expression (as JavaScript writes them, without backreferences or lookaround), optionally as /pattern/flags with flags i, m, s';

/**
 * Loads RE2 (once); call before compileRegex. re2-wasm finds re2.wasm next to its script through
 * `__dirname`, which an ES module bundle lacks: there it is given the bundle's folder (where the
 * build copies re2.wasm) for the time of the import.
 */
export async function loadRegexEngine(): Promise<void> {
  if (engine) return;
  const scope = globalThis as { __dirname?: string };
  const lent = scope.__dirname === undefined;
  if (lent) scope.__dirname = dirname(fileURLToPath(import.meta.url));
  try {
    engine = await import('re2-wasm');
  } finally {
    if (lent) delete scope.__dirname;
  }
}

/** `pattern` or `/pattern/flags` (i, m, s; g and y are ignored), compiled with RE2. */
export function compileRegex(text: string): BodyRegex {
  if (!engine) throw new Error('the regular expression engine is not loaded (loadRegexEngine)');
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(text);
  const source = literal ? (literal[1] ?? '') : text;
  const flags = literal ? (literal[2] ?? '').replace(/[gyu]/g, '') : '';
  const unknown = flags.replace(/[ims]/g, '');
  if (unknown) throw new Error(`unsupported flag ${unknown}`);
  // RE2 in re2-wasm always works on Unicode text: the u flag is required
  const compiled = new engine.RE2(source, `${flags}u`);
  return { source, test: (body: string) => compiled.test(body) };
}

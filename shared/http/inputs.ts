// The smoke-check inputs that smoke-test and the root release action both declare, with the same
// ids, defaults and rules.
import { input, InputError, MAX_WAIT_MS, type InputSpec } from '../action/inputs.js';
import { parseStatusSpec, STATUS_SPEC_ACCEPTED, type StatusSpec } from './status-spec.js';
import { urlProblem, URL_ACCEPTED } from './checks.js';
import { displayUrl } from './probe.js';
import { isCredentialHeader, maskChecksText } from './secrets.js';
import { loadRegexEngine } from './regex.js';

/** An expected-status input (STATUS_SPEC_ACCEPTED); empty means none. */
export function statusSpec(options: { default?: string } = {}): InputSpec<StatusSpec | undefined> {
  return {
    required: false,
    default: options.default,
    accepted: STATUS_SPEC_ACCEPTED,
    parse(raw, name) {
      if (raw === '') return undefined;
      const spec = parseStatusSpec(raw);
      if (typeof spec === 'string') throw new InputError(name, raw, STATUS_SPEC_ACCEPTED, spec);
      return spec;
    },
  };
}

/** A list of URLs; a bad one is quoted with any password masked. */
function urls(): InputSpec<string[]> {
  const list = input.list({ accepted: `${URL_ACCEPTED}, one per line or separated by commas` });
  return {
    ...list,
    parse(raw, name) {
      const items = list.parse(raw, name) as string[];
      for (const item of items) {
        const problem = urlProblem(item);
        if (problem) throw new InputError(name, displayUrl(item), list.accepted, problem);
      }
      return items;
    },
  };
}

/** The `checks` input: a YAML (or JSON) list, its credentials masked before it is parsed. */
export function checksInput(): InputSpec<unknown> {
  const document = input.document({
    accepted: 'a YAML list of checks, each a mapping with at least url',
    mask: maskChecksText,
  });
  return {
    ...document,
    async parse(raw, name) {
      // RE2 is loaded here, only when a check may have a pattern: start-up stays fast otherwise
      if (raw.includes('expect-body-regex')) await loadRegexEngine();
      return document.parse(raw, name);
    },
  };
}

export const smokeInputs = {
  url: urls(),
  headers: input.map({ accepted: 'Header-Name=value lines', secretKeys: isCredentialHeader }),
  'expect-status': statusSpec({ default: '2xx' }),
  timeout: input.duration({ default: '5m', min: 1000, max: MAX_WAIT_MS }),
  'request-timeout': input.duration({ default: '10s', min: 1, max: 5 * 60_000 }),
  // at least 100ms; the pause doubles after each failure (up to 10 s), so a failing URL is not flooded
  interval: input.duration({ default: '2s', min: 100, max: 10 * 60_000 }),
  'consecutive-successes': input.integer({ default: 1, min: 1, max: 1000 }),
};

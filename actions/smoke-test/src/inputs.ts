import { input, InputError, type InputSpec } from '../../../shared/action/inputs.js';
import { parseStatusSpec, STATUS_SPEC_ACCEPTED, type StatusSpec } from '../../../shared/http/status-spec.js';
import { parseMethod, urlProblem, URL_ACCEPTED, METHOD_ACCEPTED } from '../../../shared/http/checks.js';
import { displayUrl } from '../../../shared/http/probe.js';

function statusSpec(options: { default?: string } = {}): InputSpec<StatusSpec | undefined> {
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

function method(): InputSpec<string> {
  return {
    required: false,
    default: 'GET',
    accepted: METHOD_ACCEPTED,
    parse(raw, name) {
      const parsed = parseMethod(raw);
      if (!parsed) throw new InputError(name, raw, METHOD_ACCEPTED);
      return parsed;
    },
  };
}

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

/**
 * YAML (or JSON) text; a syntax error quotes only the line it is on, not the whole document (which
 * may hold header values).
 */
function yamlDocument(accepted: string): InputSpec<unknown> {
  return {
    required: false,
    default: undefined,
    accepted,
    async parse(raw, name) {
      if (raw === '') return undefined;
      const { parseDocument } = await import('yaml');
      const document = parseDocument(raw, { uniqueKeys: true });
      const problem = document.errors[0];
      if (problem) {
        const where = problem.linePos?.[0];
        const line = where ? (raw.split(/\r?\n/)[where.line - 1] ?? '').trim() : '';
        throw new InputError(
          name,
          line || raw.split(/\r?\n/, 1)[0] || raw,
          accepted,
          problem.message.split('\n')[0] ?? problem.code,
        );
      }
      return document.toJS() as unknown;
    },
  };
}

export const inputs = {
  url: urls(),
  checks: yamlDocument('a YAML list of checks, each a mapping with at least url'),
  method: method(),
  headers: input.map({ accepted: 'Header-Name=value lines' }),
  'expect-status': statusSpec({ default: '2xx' }),
  'max-latency': input.duration({ min: 1 }),
  timeout: input.duration({ default: '5m', min: 1000 }),
  'request-timeout': input.duration({ default: '10s', min: 1 }),
  interval: input.duration({ default: '2s' }),
  'consecutive-successes': input.integer({ default: 1, min: 1, max: 1000 }),
  'fail-fast-status': statusSpec(),
  'follow-redirects': input.boolean({ default: true }),
  insecure: input.boolean({ default: false }),
  'min-cert-days': input.integer({ default: 14, min: 0, max: 3650 }),
};

export const outputs = ['passed', 'failed-checks', 'report'] as const;

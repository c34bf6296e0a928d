import { input, InputError, type InputSpec } from '../../../shared/action/inputs.js';
import { parseMethod, METHOD_ACCEPTED } from '../../../shared/http/checks.js';
import { smokeInputs, statusSpec } from '../../../shared/http/inputs.js';

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
  ...smokeInputs,
  checks: yamlDocument('a YAML list of checks, each a mapping with at least url'),
  method: method(),
  'max-latency': input.duration({ min: 1 }),
  'fail-fast-status': statusSpec(),
  'follow-redirects': input.boolean({ default: true }),
  insecure: input.boolean({ default: false }),
  'min-cert-days': input.integer({ default: 14, min: 0, max: 3650 }),
};

export const outputs = ['passed', 'failed-checks', 'report'] as const;

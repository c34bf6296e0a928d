import { input, InputError, type InputSpec } from '../../../shared/action/inputs.js';
import { parseMethod, METHOD_ACCEPTED } from '../../../shared/http/checks.js';
import { checksInput, smokeInputs, statusSpec } from '../../../shared/http/inputs.js';

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

export const inputs = {
  ...smokeInputs,
  checks: checksInput(),
  method: method(),
  'max-latency': input.duration({ min: 1, max: 10 * 60_000 }),
  'fail-fast-status': statusSpec(),
  'follow-redirects': input.boolean({ default: true }),
  insecure: input.boolean({ default: false }),
  'min-cert-days': input.integer({ default: 14, min: 0, max: 3650 }),
};

export const outputs = ['passed', 'failed-checks', 'report'] as const;

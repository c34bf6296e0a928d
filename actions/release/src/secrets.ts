// Masks what must never reach the log, from the raw inputs, before anything parses them: the smoke
// checks' credentials, and secret-looking environment variables and parameter overrides.
import type { Env } from '../../../shared/action/runtime.js';
import { maskKeyValueInput } from '../../../shared/action/secrets.js';
import { maskCheckInputs } from '../../../shared/http/secrets.js';
import { SECRET_NAME } from '../../../shared/targets/cloudformation/parameters.js';

export { maskChecks } from '../../../shared/http/secrets.js';

export function maskRawInputs(env: Env = process.env): void {
  maskCheckInputs(env);
  for (const name of ['environment', 'parameter-overrides'])
    maskKeyValueInput(name, (key) => SECRET_NAME.test(key), env);
}

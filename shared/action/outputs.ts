import { setOutput } from './runtime.js';
import { redact } from './secrets.js';

/**
 * Writes the action's outputs. `names` is the action's list of declared outputs (the contract
 * tests compare it with action.yml), so an undeclared output cannot be written by mistake.
 */
export function writeOutputs<K extends string>(
  names: readonly K[],
  values: Partial<Record<K, string | number | boolean | object | undefined>>,
): void {
  for (const name of names) {
    const value = values[name];
    if (value === undefined) continue;
    // masked values never reach an output (nor the deployment record, which is one)
    setOutput(name, redact(typeof value === 'object' ? JSON.stringify(value) : String(value)));
  }
}

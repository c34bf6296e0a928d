// Rules across inputs, checked before any AWS call: which mode, what each mode needs, and what
// belongs to the other mode. They are the root release action's too (shared/targets/lambda).
import type { InputValues } from '../../../shared/action/inputs.js';
import { workspaceRoot } from '../../../shared/action/paths.js';
import { planLambdaMode, type LambdaPlan } from '../../../shared/targets/lambda/inputs.js';
import type { inputs } from './inputs.js';

export type Plan = LambdaPlan;

export function validate(values: InputValues<typeof inputs>, workspace = workspaceRoot()): Plan {
  return planLambdaMode(values, workspace);
}

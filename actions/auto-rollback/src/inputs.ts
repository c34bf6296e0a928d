// The inputs and outputs of auto-rollback, named once (the contract tests compare them with
// action.yml). Each target identifier is the deploy action's own spec, so a rollback takes exactly
// the names a deploy takes.
import { input } from '../../../shared/action/inputs.js';
import {
  bakeInputs,
  pollInputs,
  regionInputs,
  waitTimeoutInput,
} from '../../../shared/action/inputs-shared.js';
import { TARGETS } from '../../../shared/record/record.js';
import { ROLLBACK_COMMAND_ACCEPTED } from '../../../shared/targets/ecs/command.js';
import { ecsServiceInputs } from '../../../shared/targets/ecs/inputs.js';
import { functionInputs } from '../../../shared/targets/lambda/inputs.js';
import { stackInputs } from '../../../shared/targets/cloudformation/inputs.js';
import { deploymentNameInput, eksInputs } from '../../../shared/targets/eks/inputs.js';
import { ec2Inputs } from '../../../shared/targets/ec2/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  deployment: input.string({
    multiline: true,
    accepted: 'a deployment record (JSON) or a JSON array of records',
  }),
  target: input.choice(TARGETS),
  ...ecsServiceInputs(),
  'function-name': functionInputs['function-name'],
  alias: functionInputs.alias,
  // EKS: the same inputs, checked the same way, as eks-rolling-update
  'cluster-name': eksInputs['cluster-name'],
  namespace: eksInputs.namespace,
  'deployment-name': deploymentNameInput,
  'api-server': eksInputs['api-server'],
  'certificate-authority-data': eksInputs['certificate-authority-data'],
  kubeconfig: eksInputs.kubeconfig,
  'stack-name': stackInputs['stack-name'],
  // EC2: how each restored instance proves healthy (never taken from the record)
  'health-command': input.string({
    accepted: 'a shell command run on each restored instance, such as curl -fsS localhost:8000/health',
    multiline: true,
  }),
  'health-timeout': ec2Inputs['health-timeout'],
  to: input.string({
    accepted: 'a task-definition ARN (ECS), a version number (Lambda) or a revision number (EKS)',
  }),
  ...bakeInputs,
  'alarms-in-alarm-at-start': input.choice(['ignore', 'fail'] as const, { default: 'ignore' }),
  // ECS: a one-off task from the release's task definition before the service is restored
  'rollback-command': input.string({ accepted: ROLLBACK_COMMAND_ACCEPTED, multiline: true }),
  force: input.boolean({ default: false }),
  'fail-on-rollback': input.boolean({ default: true }),
  wait: input.boolean({ default: true }),
  'wait-timeout': waitTimeoutInput('15m'),
  ...pollInputs,
  reason: input.string({ multiline: true }),
  ...regionInputs,
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = ['rolled-back', 'restored', 'reason', 'rollback-command-result'] as const;

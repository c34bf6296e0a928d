import { input } from '../../../shared/action/inputs.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';
import { regionInputs } from '../../../shared/action/inputs-shared.js';
import { ecsInputs, ecsServiceInputs, ecsWaitInputs } from '../../../shared/targets/ecs/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  ...ecsServiceInputs({ required: true }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  container: input.string({ accepted: 'the name of a container of the task definition' }),
  ...ecsInputs,
  wait: input.boolean({ default: true }),
  ...ecsWaitInputs,
  'if-in-progress': input.choice(['wait', 'fail', 'ignore'] as const, { default: 'wait' }),
  'keep-revisions': input.integer({ min: 1, max: 1000 }),
  'dry-run': input.boolean({ default: false }),
  'rollback-on-cancel': input.boolean({ default: false }),
  ...regionInputs,
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = [
  'task-definition-arn',
  'previous-task-definition-arn',
  'deployment-id',
  'rollout-state',
  'deployment',
  'rolled-back',
] as const;

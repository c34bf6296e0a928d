import { input } from '../../../shared/action/inputs.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';
import { ecsInputs, ecsWaitInputs } from '../../../shared/targets/ecs/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const inputs = {
  cluster: input.string({ required: true, accepted: 'the name or ARN of an ECS cluster' }),
  service: input.string({ required: true, accepted: 'the name or ARN of an ECS service' }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  container: input.string({ accepted: 'the name of a container of the task definition' }),
  ...ecsInputs,
  wait: input.boolean({ default: true }),
  ...ecsWaitInputs,
  'if-in-progress': input.choice(['wait', 'fail', 'ignore'] as const, { default: 'wait' }),
  'keep-revisions': input.integer({ min: 1, max: 1000 }),
  'dry-run': input.boolean({ default: false }),
  'rollback-on-cancel': input.boolean({ default: false }),
  'aws-region': input.string({ accepted: 'an AWS region such as eu-west-3' }),
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

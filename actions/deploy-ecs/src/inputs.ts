import { input } from '../../../shared/action/inputs.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';

export const inputs = {
  cluster: input.string({ required: true, accepted: 'the name or ARN of an ECS cluster' }),
  service: input.string({ required: true, accepted: 'the name or ARN of an ECS service' }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  container: input.string({ accepted: 'the name of a container of the task definition' }),
  images: input.map({ accepted: 'container=image lines' }),
  'task-definition': input.string({ accepted: 'the path of a task-definition JSON file in the workspace' }),
  environment: input.map({ accepted: 'KEY=value lines', key: /^[A-Za-z_][A-Za-z0-9_]*$/ }),
  'desired-count': input.integer({ min: 0 }),
  'force-new-deployment': input.boolean({ default: false }),
  'migration-command': input.string({
    accepted: 'a command run with sh -c, or a JSON array such as ["npm","run","migrate"]',
    multiline: true,
  }),
  wait: input.boolean({ default: true }),
  'wait-timeout': input.duration({ default: '30m', min: 1000 }),
  'max-poll-interval': input.duration({ default: '15s', min: 1000 }),
  'if-in-progress': input.choice(['wait', 'fail', 'ignore'] as const, { default: 'wait' }),
  'keep-revisions': input.integer({ min: 1 }),
  'dry-run': input.boolean({ default: false }),
  'aws-region': input.string({ accepted: 'an AWS region such as eu-west-3' }),
};

export const outputs = [
  'task-definition-arn',
  'previous-task-definition-arn',
  'deployment-id',
  'rollout-state',
  'deployment',
] as const;

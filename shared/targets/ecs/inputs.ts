// The ECS inputs that deploy-ecs, auto-rollback and the root release action declare, with the
// same ids, defaults and rules (image and container differ and stay with each action).
import { input } from '../../action/inputs.js';
import { pollInputs, waitTimeoutInput } from '../../action/inputs-shared.js';
import { SECRET_NAME } from '../../action/secrets.js';
import { MIGRATION_COMMAND_ACCEPTED } from './request.js';
import { ROLLBACK_COMMAND_ACCEPTED } from './command.js';

/** An ECS cluster or service: a name or an ARN. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;

/** The service to deploy or restore; deploy-ecs requires it, the others only with target: ecs. */
export function ecsServiceInputs(options: { required?: boolean } = {}) {
  return {
    cluster: input.string({ ...options, pattern: NAME, accepted: 'the name or ARN of an ECS cluster' }),
    service: input.string({ ...options, pattern: NAME, accepted: 'the name or ARN of an ECS service' }),
  };
}

export const ecsInputs = {
  images: input.map({ accepted: 'container=image lines' }),
  'task-definition': input.string({ accepted: 'the path of a task-definition JSON file in the workspace' }),
  environment: input.map({
    accepted: 'KEY=value lines',
    key: /^[A-Za-z_][A-Za-z0-9_]*$/,
    secretKeys: (key) => SECRET_NAME.test(key),
  }),
  // ECS runs at most 5000 tasks per service
  'desired-count': input.integer({ min: 0, max: 5000 }),
  'force-new-deployment': input.boolean({ default: false }),
  'migration-command': input.string({ accepted: MIGRATION_COMMAND_ACCEPTED, multiline: true }),
  // run by a rollback of this release; the record carries only its digest
  'rollback-command': input.string({ accepted: ROLLBACK_COMMAND_ACCEPTED, multiline: true }),
};

/**
 * The inputs the root release action takes for target: ecs only (it declares `images` and
 * `container` once for the targets that take them, and `environment` for every target).
 */
export const ecsReleaseInputs = {
  ...ecsServiceInputs(),
  'task-definition': ecsInputs['task-definition'],
  'desired-count': ecsInputs['desired-count'],
  'force-new-deployment': ecsInputs['force-new-deployment'],
  'migration-command': ecsInputs['migration-command'],
  'rollback-command': ecsInputs['rollback-command'],
};

/** How deploy-ecs waits for the rollout; the root release action waits the same way. */
export const ecsWaitInputs = {
  'wait-timeout': waitTimeoutInput('30m'),
  ...pollInputs,
};

// The ECS deploy inputs that deploy-ecs and the root release action both declare, with the same
// ids, defaults and rules (cluster, service, image and container differ and stay with each action).
import { input, MAX_POLL_INTERVAL_MS, MAX_WAIT_MS } from '../../action/inputs.js';
import { SECRET_NAME } from '../../action/secrets.js';
import { MIGRATION_COMMAND_ACCEPTED } from './request.js';
import { ROLLBACK_COMMAND_ACCEPTED } from './command.js';

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

/** How deploy-ecs waits for the rollout; the root release action waits the same way. */
export const ecsWaitInputs = {
  'wait-timeout': input.duration({ default: '30m', min: 1000, max: MAX_WAIT_MS }),
  'max-poll-interval': input.duration({ default: '15s', min: 1000, max: MAX_POLL_INTERVAL_MS }),
};

// The inputs and outputs of deploy-lambda-image, named once (the contract tests compare them with action.yml).
import { input } from '../../../shared/action/inputs.js';
import { regionInputs, waitTimeoutInput } from '../../../shared/action/inputs-shared.js';
import { SECRET_NAME } from '../../../shared/action/secrets.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/lambda/image.js';
import { ENVIRONMENT_KEY, functionInputs } from '../../../shared/targets/lambda/inputs.js';
import { stackInputs } from '../../../shared/targets/cloudformation/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

const ALARM = /^(arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:.+|[^\s,]{1,255})$/;

export const inputs = {
  ...functionInputs,
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  publish: input.boolean({ default: true }),
  alarms: input.list({ accepted: 'CloudWatch alarm names, one per line or separated by commas' }),
  environment: input.map({
    key: ENVIRONMENT_KEY,
    accepted: 'KEY=value lines (environment variables)',
    secretKeys: (key) => SECRET_NAME.test(key),
  }),
  description: input.string({
    accepted: 'a description of up to 256 characters',
    check: (v) => (v.length > 256 ? 'longer than 256 characters' : undefined),
  }),
  'wait-timeout': waitTimeoutInput('10m'),
  'dry-run': input.boolean({ default: false }),
  'rollback-on-cancel': input.boolean({ default: false }),
  ...stackInputs,
  tags: input.map({ accepted: 'KEY=value lines (stack tags)' }),
  'rollback-alarms': input.list({
    accepted: 'CloudWatch alarm names or ARNs (at most 5), one per line or separated by commas',
    item: (value) => (ALARM.test(value) ? undefined : 'not an alarm name or ARN'),
  }),
  'rollback-monitoring-time': input.duration({ max: 180 * 60_000 }),
  ...regionInputs,
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = [
  'function-arn',
  'version',
  'previous-version',
  'image-uri',
  'alias-arn',
  'stack-outputs',
  'deployment',
  'rolled-back',
] as const;

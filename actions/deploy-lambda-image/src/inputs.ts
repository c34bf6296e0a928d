// The inputs and outputs of deploy-lambda-image, named once (the contract tests compare them with action.yml).
import { input } from '../../../shared/action/inputs.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/lambda/image.js';
import { TRAFFIC_ACCEPTED, trafficProblem } from '../../../shared/targets/lambda/traffic.js';

/** A function name, partial ARN or full ARN, as Lambda accepts them. */
const FUNCTION_NAME =
  /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,140}$|^\d{12}:function:[A-Za-z0-9_-]{1,140}$/;
const ALIAS = /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const PARAMETER_NAME = /^[A-Za-z0-9]{1,255}$/;
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
const ALARM = /^(arn:aws[a-z-]*:cloudwatch:[a-z0-9-]+:\d{12}:alarm:.+|[^\s,]{1,255})$/;

export const inputs = {
  'function-name': input.string({ pattern: FUNCTION_NAME, accepted: 'a Lambda function name or ARN' }),
  image: input.string({ accepted: IMAGE_ACCEPTED, check: imageProblem }),
  architecture: input.choice(['x86_64', 'arm64', 'amd64'] as const),
  publish: input.boolean({ default: true }),
  alias: input.string({
    pattern: ALIAS,
    accepted: 'an alias name: letters, digits, - and _ (not only digits), up to 128',
  }),
  traffic: input.string({ accepted: TRAFFIC_ACCEPTED, check: trafficProblem }),
  alarms: input.list({ accepted: 'CloudWatch alarm names, one per line or separated by commas' }),
  environment: input.map({
    key: /^[A-Za-z][A-Za-z0-9_]*$/,
    accepted: 'KEY=value lines (environment variables)',
  }),
  description: input.string({
    accepted: 'a description of up to 256 characters',
    check: (v) => (v.length > 256 ? 'longer than 256 characters' : undefined),
  }),
  'wait-timeout': input.duration({ default: '10m', min: 1000 }),
  'dry-run': input.boolean({ default: false }),
  'stack-name': input.string({
    pattern: STACK_NAME,
    accepted: 'a stack name: a letter, then letters, digits and -, up to 128',
  }),
  template: input.string({ accepted: 'the path of a CloudFormation template file (YAML or JSON)' }),
  'image-parameter': input.string({
    default: 'ImageUri',
    pattern: PARAMETER_NAME,
    accepted: 'a template parameter name (letters and digits)',
  }),
  'parameter-overrides': input.map({
    key: PARAMETER_NAME,
    accepted: 'KEY=value lines of template parameters',
  }),
  capabilities: input.list({
    default: 'CAPABILITY_IAM',
    accepted: `a list of ${CAPABILITIES.join(', ')}`,
    item: (value) => (CAPABILITIES.includes(value) ? undefined : 'unknown capability'),
  }),
  tags: input.map({ accepted: 'KEY=value lines (stack tags)' }),
  'rollback-alarms': input.list({
    accepted: 'CloudWatch alarm names or ARNs (at most 5), one per line or separated by commas',
    item: (value) => (ALARM.test(value) ? undefined : 'not an alarm name or ARN'),
  }),
  'rollback-monitoring-time': input.duration({ max: 180 * 60_000 }),
  'aws-region': input.string({ accepted: 'an AWS region such as us-east-1 (default: AWS_REGION)' }),
};

export const outputs = [
  'function-arn',
  'version',
  'previous-version',
  'image-uri',
  'alias-arn',
  'stack-outputs',
  'deployment',
] as const;

// The deploy-ec2 inputs that the action and the root release action both declare (same ids,
// defaults and rules), and the checks every value passes before it may go into a shell script.
import { input, InputError } from '../../action/inputs.js';
import { pollInputs, waitTimeoutInput } from '../../action/inputs-shared.js';
import { SECRET_NAME } from '../cloudformation/parameters.js';

const INSTANCE_ID = /^i-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const TARGET = /^tag:([A-Za-z0-9 _.:/=+@-]{1,128})=([A-Za-z0-9 _.:/=+@*-]{1,256})$/;
/** A Compose service name (Compose's own rule) and the name of an environment variable. */
export const SERVICE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
export const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** `ssm:/path/name` — a Parameter Store parameter read on the instance. */
export const SSM_PARAMETER = /^ssm:(\/[A-Za-z0-9_.\-/]{1,1010})$/;
const IMAGE = /^[a-z0-9][a-z0-9._\-/:]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/;
const PATH_SAFE = /^\/[A-Za-z0-9_.@+\-/ ]*$/;
const RELATIVE_PATH = /^[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$/;

export const REF_ACCEPTED =
  'a branch, tag or commit: letters, digits and . _ - /, starting with a letter or digit, no ".." and no "@{"';

/** Why a git ref is refused, if it is; `git check-ref-format` rules plus: no leading '-'. */
export function refProblem(ref: string): string | undefined {
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,199}$/.test(ref)) return 'characters outside the accepted set';
  if (ref.includes('..') || ref.includes('//') || ref.endsWith('/') || ref.endsWith('.lock'))
    return 'not a valid git ref';
  return undefined;
}

export function pathProblem(value: string): string | undefined {
  if (!PATH_SAFE.test(value)) return 'an absolute path of letters, digits, spaces and _ . @ + - /';
  if (value.split('/').includes('..')) return 'no ".." in the path';
  return undefined;
}

export function relativePathProblem(value: string): string | undefined {
  if (!RELATIVE_PATH.test(value))
    return 'a path relative to working-directory: letters, digits and _ . @ + - /';
  if (value.split('/').includes('..')) return 'no ".." in the path';
  return undefined;
}

/** The variable Compose reads a service's image from in the env file: `backend` → BACKEND_IMAGE. */
export function imageVariable(service: string): string {
  return `${service.toUpperCase().replace(/[^A-Z0-9]/g, '_')}_IMAGE`;
}

export function isSecretName(key: string): boolean {
  return SECRET_NAME.test(key);
}

function hasControlCharacter(value: string): boolean {
  return [...value].some((character) => character.charCodeAt(0) < 0x20 || character.charCodeAt(0) === 0x7f);
}

/** Instance ids and tag filters: `i-…` ids, or `tag:Name=value` lines. */
export interface InstanceSelection {
  instanceIds: string[];
  tags: Array<{ key: string; value: string }>;
}

export function parseTargets(items: readonly string[], name: string): InstanceSelection['tags'] {
  return items.map((item) => {
    const match = TARGET.exec(item);
    if (!match) throw new InputError(name, item, 'tag:Key=value lines, such as tag:Name=keystone-prod');
    return { key: match[1]!, value: match[2]! };
  });
}

export const ec2Inputs = {
  'instance-ids': input.list({
    accepted: 'EC2 instance ids (i-0123456789abcdef0), one per line or separated by commas',
    item: (id) => (INSTANCE_ID.test(id) ? undefined : 'not an instance id'),
  }),
  targets: input.list({
    accepted: 'tag:Key=value lines, such as tag:Name=keystone-prod',
    item: (item) => (TARGET.test(item) ? undefined : 'not tag:Key=value'),
  }),
  'working-directory': input.string({
    required: true,
    accepted: "the absolute path of the app's checkout on the instance, such as /opt/keystone",
    check: pathProblem,
  }),
  ref: input.string({ accepted: REF_ACCEPTED, check: refProblem }),
  images: input.map({
    accepted:
      'service=image lines, such as backend=123456789012.dkr.ecr.eu-west-3.amazonaws.com/api@sha256:…',
    key: SERVICE_NAME,
  }),
  services: input.list({
    accepted: 'Compose service names (letters, digits, _ . -), one per line or separated by commas',
    item: (service) => (SERVICE_NAME.test(service) ? undefined : 'not a Compose service name'),
  }),
  build: input.choice(['true', 'false'] as const),
  'compose-file': input.list({
    accepted: 'Compose file paths relative to working-directory, one per line or separated by commas',
    item: relativePathProblem,
  }),
  'env-file': input.string({
    default: '.env',
    accepted: 'the env file Compose reads, relative to working-directory',
    check: relativePathProblem,
  }),
  environment: input.map({
    accepted: 'KEY=value lines; secrets as KEY=ssm:/parameter/name',
    key: ENV_KEY,
  }),
  'wait-for-file': input.string({
    accepted: 'an absolute path on the instance, such as /opt/chronos/.setup_complete',
    check: pathProblem,
  }),
  'health-command': input.string({
    accepted: 'a shell command run on the instance, such as curl -fsS localhost:8000/health',
    multiline: true,
  }),
  'health-timeout': input.duration({ default: '5m', min: 1000, max: 3_600_000 }),
  'max-concurrency': input.integer({ default: 1, min: 1, max: 50 }),
  'max-errors': input.integer({ default: 0, min: 0 }),
  rollback: input.boolean({ default: true }),
  // SSM Run Command lets a command run for up to 48h (a self-hosted runner may wait as long)
  'wait-timeout': waitTimeoutInput('30m', 48 * 3_600_000),
  ...pollInputs,
  'document-name': input.string({
    default: 'AWS-RunShellScript',
    accepted: 'an SSM document that takes `commands` like AWS-RunShellScript',
    pattern: /^[A-Za-z0-9_.:/-]{3,128}$/,
  }),
  'cloudwatch-log-group': input.string({
    accepted: 'a CloudWatch Logs group name',
    pattern: /^[A-Za-z0-9_./#-]{1,512}$/,
  }),
};

/**
 * The deploy-ec2 inputs the root release action declares too; `images`, `environment`,
 * `rollback` and the waits it already has (same rules), and `working-directory` is required
 * there only with `target: ec2`.
 */
export const ec2ReleaseInputs = {
  'instance-ids': ec2Inputs['instance-ids'],
  targets: ec2Inputs.targets,
  'working-directory': input.string({
    accepted: ec2Inputs['working-directory'].accepted,
    check: pathProblem,
  }),
  ref: ec2Inputs.ref,
  services: ec2Inputs.services,
  build: ec2Inputs.build,
  'compose-file': ec2Inputs['compose-file'],
  'env-file': ec2Inputs['env-file'],
  'wait-for-file': ec2Inputs['wait-for-file'],
  'health-command': ec2Inputs['health-command'],
  'health-timeout': ec2Inputs['health-timeout'],
  'max-concurrency': ec2Inputs['max-concurrency'],
  'max-errors': ec2Inputs['max-errors'],
  'document-name': ec2Inputs['document-name'],
  'cloudwatch-log-group': ec2Inputs['cloudwatch-log-group'],
};

/** What Compose deploys: a commit, or images; and how each environment value gets its value. */
export interface Ec2Plan {
  instanceIds: string[];
  tags: InstanceSelection['tags'];
  workingDirectory: string;
  ref?: string | undefined;
  images: Record<string, string>;
  services: string[];
  build: boolean;
  composeFiles: string[];
  envFile: string;
  /** KEY → literal value; never a secret-looking name. */
  environment: Record<string, string>;
  /** KEY → Parameter Store name, read on the instance. */
  parameters: Record<string, string>;
  waitForFile?: string | undefined;
  healthCommand?: string | undefined;
  healthTimeoutMs: number;
}

export interface Ec2InputValues {
  'instance-ids': string[];
  targets: string[];
  'working-directory': string;
  ref: string;
  images: Record<string, string>;
  services: string[];
  build: 'true' | 'false' | undefined;
  'compose-file': string[];
  'env-file': string;
  environment: Record<string, string>;
  'wait-for-file': string;
  'health-command': string;
  'health-timeout': number;
}

/** Checks across inputs, before any AWS call; `defaultRef` is the workflow's commit. */
export function planFromInputs(values: Ec2InputValues, defaultRef: string | undefined): Ec2Plan {
  if (!values['working-directory'])
    throw new InputError('working-directory', '', ec2Inputs['working-directory'].accepted);
  for (const service of Object.keys(values.images))
    if (!SERVICE_NAME.test(service))
      throw new InputError('images', service, 'service=image lines whose service is a Compose service name');
  const ids = values['instance-ids'];
  const tags = parseTargets(values.targets, 'targets');
  if (ids.length === 0 && tags.length === 0)
    throw new InputError('instance-ids', '', 'instance ids, or tag:Key=value lines in targets');
  if (ids.length > 0 && tags.length > 0)
    throw new InputError('targets', values.targets.join(', '), 'either instance-ids or targets, not both');
  const images = values.images;
  for (const [service, image] of Object.entries(images)) {
    if (!IMAGE.test(image) || image.length > 512)
      throw new InputError('images', `${service}=${image}`, 'service=image lines with image references');
  }
  const hasImages = Object.keys(images).length > 0;
  if (hasImages && values.ref) throw new InputError('ref', values.ref, 'either ref or images, not both');
  const ref = hasImages ? undefined : values.ref || defaultRef;
  if (!hasImages && !ref)
    throw new InputError(
      'ref',
      '',
      'a git ref or commit (default the workflow commit, GITHUB_SHA), or images',
    );
  if (ref) {
    const problem = refProblem(ref);
    if (problem) throw new InputError('ref', ref, REF_ACCEPTED, problem);
  }
  const environment: Record<string, string> = {};
  const parameters: Record<string, string> = {};
  for (const [key, value] of Object.entries(values.environment)) {
    // the root action's `environment` serves ECS and Lambda too: the key passes deploy-ec2's rule
    if (!ENV_KEY.test(key))
      throw new InputError(
        'environment',
        key,
        ec2Inputs.environment.accepted,
        `key must match ${ENV_KEY.source}`,
      );
    const parameter = SSM_PARAMETER.exec(value)?.[1];
    if (parameter) parameters[key] = parameter;
    else if (isSecretName(key))
      throw new InputError(
        'environment',
        key,
        'a secret as KEY=ssm:/parameter/name (a SecureString read on the instance)',
        'a secret-looking name with a literal value: it would be kept in the SSM command history',
      );
    else if (/['\\]/.test(value) || hasControlCharacter(value))
      throw new InputError(
        'environment',
        key,
        "values without quotes ('), backslashes or control characters",
      );
    else environment[key] = value;
  }
  const imageKeys = Object.keys(images).map(imageVariable);
  const clash = imageKeys.find((key) => Object.hasOwn(values.environment, key));
  if (clash) throw new InputError('environment', clash, 'keys other than the image variables of images');
  const healthCommand = values['health-command'];
  if (healthCommand.includes('\u0000'))
    throw new InputError('health-command', healthCommand, 'a shell command');
  return {
    instanceIds: ids,
    tags,
    workingDirectory: values['working-directory'].replace(/(.)\/+$/, '$1'),
    ref: ref || undefined,
    images,
    services: values.services,
    build: values.build === undefined ? !hasImages : values.build === 'true',
    composeFiles: values['compose-file'],
    envFile: values['env-file'] || '.env',
    environment,
    parameters,
    waitForFile: values['wait-for-file'] || undefined,
    healthCommand: healthCommand || undefined,
    healthTimeoutMs: values['health-timeout'],
  };
}

// The inputs and outputs of the root release action, named once (the contract tests compare them
// with action.yml). Target inputs keep the names of the target's own action.
import { input, InputError, type InputSpec } from '../shared/action/inputs.js';
import { MIGRATION_COMMAND_ACCEPTED } from '../shared/targets/ecs/request.js';
import { TRAFFIC_ACCEPTED, trafficProblem } from '../shared/targets/lambda/traffic.js';
import { parseStatusSpec, STATUS_SPEC_ACCEPTED, type StatusSpec } from '../shared/http/status-spec.js';
import { urlProblem, URL_ACCEPTED } from '../shared/http/checks.js';
import { displayUrl } from '../shared/http/probe.js';

export const RELEASE_TARGETS = ['ecs', 'lambda', 'eks'] as const;
export type ReleaseTarget = (typeof RELEASE_TARGETS)[number];

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;
const FUNCTION_NAME =
  /^(arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:)?[A-Za-z0-9_-]{1,140}$|^\d{12}:function:[A-Za-z0-9_-]{1,140}$/;
const ALIAS = /^(?!^\d+$)[A-Za-z0-9_-]{1,128}$/;
const STACK_NAME = /^[A-Za-z][A-Za-z0-9-]{0,127}$/;
const PARAMETER_NAME = /^[A-Za-z0-9]{1,255}$/;
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM', 'CAPABILITY_AUTO_EXPAND'];
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

function statusSpec(options: { default?: string } = {}): InputSpec<StatusSpec | undefined> {
  return {
    required: false,
    default: options.default,
    accepted: STATUS_SPEC_ACCEPTED,
    parse(raw, name) {
      if (raw === '') return undefined;
      const spec = parseStatusSpec(raw);
      if (typeof spec === 'string') throw new InputError(name, raw, STATUS_SPEC_ACCEPTED, spec);
      return spec;
    },
  };
}

function urls(): InputSpec<string[]> {
  const list = input.list({ accepted: `${URL_ACCEPTED}, one per line or separated by commas` });
  return {
    ...list,
    parse(raw, name) {
      const items = list.parse(raw, name) as string[];
      for (const item of items) {
        const problem = urlProblem(item);
        if (problem) throw new InputError(name, displayUrl(item), list.accepted, problem);
      }
      return items;
    },
  };
}

export const inputs = {
  target: input.choice(RELEASE_TARGETS, { required: true }),
  // ECS (same names as deploy-ecs); `image` serves every target, `container` and `images` ECS and EKS.
  cluster: input.string({ pattern: NAME, accepted: 'the name or ARN of an ECS cluster' }),
  service: input.string({ pattern: NAME, accepted: 'the name or ARN of an ECS service' }),
  image: input.string({ accepted: 'a container image reference (repo:tag or registry/repo@sha256:…)' }),
  container: input.string({
    accepted: 'the name of a container of the task definition (ECS) or of the Deployment (EKS)',
  }),
  images: input.map({ accepted: 'container=image lines' }),
  'task-definition': input.string({ accepted: 'the path of a task-definition JSON file in the workspace' }),
  environment: input.map({ accepted: 'KEY=value lines', key: /^[A-Za-z_][A-Za-z0-9_]*$/ }),
  'desired-count': input.integer({ min: 0 }),
  'force-new-deployment': input.boolean({ default: false }),
  'migration-command': input.string({ accepted: MIGRATION_COMMAND_ACCEPTED, multiline: true }),
  // Lambda (same names as deploy-lambda-image): direct mode or CloudFormation mode.
  'function-name': input.string({ pattern: FUNCTION_NAME, accepted: 'a Lambda function name or ARN' }),
  alias: input.string({
    pattern: ALIAS,
    accepted: 'an alias name: letters, digits, - and _ (not only digits), up to 128',
  }),
  traffic: input.string({ accepted: TRAFFIC_ACCEPTED, check: trafficProblem }),
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
  // EKS (same names as eks-rolling-update).
  'cluster-name': input.string({
    pattern: /^[0-9A-Za-z][A-Za-z0-9_-]{0,99}$/,
    accepted: 'an EKS cluster name (letters, digits, - and _, up to 100 characters)',
  }),
  namespace: input.string({
    default: 'default',
    pattern: DNS_LABEL,
    accepted: 'a Kubernetes namespace name (lower-case letters, digits and -)',
  }),
  deployment: input.list({
    accepted: 'one or more Deployment names, one per line or separated by commas',
    item: (name) =>
      DNS_SUBDOMAIN.test(name)
        ? undefined
        : 'not a Kubernetes object name (lower-case letters, digits, - and .)',
  }),
  kubeconfig: input.string({ accepted: 'the path of a kubeconfig file' }),
  'api-server': input.string({
    pattern: /^https:\/\/[^\s/]+(\/\S*)?$/,
    accepted: 'an https:// URL of the Kubernetes API',
  }),
  'certificate-authority-data': input.string({
    accepted: 'base64 of the PEM certificate of the cluster CA, as DescribeCluster returns it',
    multiline: true,
    check: (value) =>
      Buffer.from(value.replace(/\s+/g, ''), 'base64')
        .toString('utf8')
        .includes('-----BEGIN CERTIFICATE-----')
        ? undefined
        : 'it does not decode to a PEM certificate',
  }),
  'change-cause': input.string({ accepted: 'one line of text' }),
  // Waiting, for the deploy and the rollback.
  'wait-timeout': input.duration({ default: '30m', min: 1000 }),
  'max-poll-interval': input.duration({ default: '15s', min: 1000 }),
  // Smoke test (same names as smoke-test).
  url: urls(),
  checks: input.document({ accepted: 'a YAML list of checks, each a mapping with at least url' }),
  headers: input.map({ accepted: 'Header-Name=value lines' }),
  'expect-status': statusSpec({ default: '2xx' }),
  timeout: input.duration({ default: '5m', min: 1000 }),
  'request-timeout': input.duration({ default: '10s', min: 1 }),
  interval: input.duration({ default: '2s' }),
  'consecutive-successes': input.integer({ default: 1, min: 1, max: 1000 }),
  // Rollback and bake.
  rollback: input.boolean({ default: true }),
  alarms: input.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
  'bake-time': input.duration({ max: 6 * 3_600_000 }),
  'aws-region': input.string({
    pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
    accepted: 'an AWS region such as eu-west-3',
  }),
};

export type InputName = keyof typeof inputs;

/**
 * Inputs that belong to some targets only (`container` and `images` to ECS and EKS); any other
 * input is common to every target.
 */
export const TARGET_INPUTS: Record<ReleaseTarget, readonly InputName[]> = {
  ecs: [
    'cluster',
    'service',
    'container',
    'images',
    'task-definition',
    'desired-count',
    'force-new-deployment',
    'migration-command',
  ],
  lambda: [
    'function-name',
    'alias',
    'traffic',
    'stack-name',
    'template',
    'image-parameter',
    'parameter-overrides',
    'capabilities',
  ],
  eks: [
    'cluster-name',
    'namespace',
    'deployment',
    'container',
    'images',
    'kubeconfig',
    'api-server',
    'certificate-authority-data',
    'change-cause',
  ],
};

export const outputs = [
  // ECS (deploy-ecs)
  'task-definition-arn',
  'previous-task-definition-arn',
  'deployment-id',
  'rollout-state',
  // Lambda (deploy-lambda-image)
  'function-arn',
  'version',
  'previous-version',
  'image-uri',
  'alias-arn',
  'stack-outputs',
  // EKS (eks-rolling-update)
  'revisions',
  'previous-revisions',
  // The release
  'passed',
  'report',
  'rolled-back',
  'reason',
  'deployment',
] as const;

// The inputs and outputs of the root release action, named once (the contract tests compare them
// with action.yml). Target inputs keep the names of the target's own action, and share its specs
// (from shared/) wherever they are the same.
import { input, MAX_WAIT_MS } from '../../../shared/action/inputs.js';
import { ecsInputs, ecsWaitInputs } from '../../../shared/targets/ecs/inputs.js';
import { functionInputs } from '../../../shared/targets/lambda/inputs.js';
import { stackInputs } from '../../../shared/targets/cloudformation/inputs.js';
import { eksInputs } from '../../../shared/targets/eks/inputs.js';
import { checksInput, smokeInputs } from '../../../shared/http/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';
import { ec2ReleaseInputs } from '../../../shared/targets/ec2/inputs.js';

export const RELEASE_TARGETS = ['ecs', 'lambda', 'eks', 'ec2'] as const;
export type ReleaseTarget = (typeof RELEASE_TARGETS)[number];

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;

export const inputs = {
  target: input.choice(RELEASE_TARGETS, { required: true }),
  // ECS (same names as deploy-ecs); `image` serves every target, `container` and `images` ECS and EKS.
  cluster: input.string({ pattern: NAME, accepted: 'the name or ARN of an ECS cluster' }),
  service: input.string({ pattern: NAME, accepted: 'the name or ARN of an ECS service' }),
  image: input.string({ accepted: 'a container image reference (repo:tag or registry/repo@sha256:…)' }),
  container: input.string({
    accepted: 'the name of a container of the task definition (ECS) or of the Deployment (EKS)',
  }),
  ...ecsInputs,
  // Lambda (same names as deploy-lambda-image): direct mode or CloudFormation mode.
  ...functionInputs,
  ...stackInputs,
  // EKS (same names as eks-rolling-update); the root requires cluster-name and deployment only
  // with target: eks (plan.ts).
  ...eksInputs,
  // EC2 (same names as deploy-ec2; `images`, `environment`, `rollback` and the waits are shared).
  ...ec2ReleaseInputs,
  // Waiting, for the deploy and the rollback (as deploy-ecs waits).
  ...ecsWaitInputs,
  // Smoke test (same names as smoke-test).
  ...smokeInputs,
  checks: checksInput(),
  // Rollback and bake.
  rollback: input.boolean({ default: true }),
  'rollback-on-cancel': input.boolean({ default: true }),
  alarms: input.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
  'bake-time': input.duration({ max: MAX_WAIT_MS }),
  'aws-region': input.string({
    pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
    accepted: 'an AWS region such as eu-west-3',
  }),
  // GitHub Deployments (shared/github)
  ...githubInputs,
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
    'rollback-command',
  ],
  lambda: [
    'function-name',
    'alias',
    'traffic',
    'architecture',
    'stack-name',
    'template',
    'image-parameter',
    'parameter-overrides',
    'show-parameters',
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
  ec2: [
    'instance-ids',
    'targets',
    'working-directory',
    'ref',
    'images',
    'services',
    'build',
    'compose-file',
    'env-file',
    'wait-for-file',
    'health-command',
    'health-timeout',
    'max-concurrency',
    'max-errors',
    'document-name',
    'cloudwatch-log-group',
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
  // EC2 (deploy-ec2)
  'instances',
  'previous-ref',
  // The release
  'passed',
  'report',
  'rolled-back',
  'reason',
  'rollback-command-result',
  'deployment',
] as const;

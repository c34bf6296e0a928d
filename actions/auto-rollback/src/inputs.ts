import { input } from '../../../shared/action/inputs.js';
import { TARGETS } from '../../../shared/record/record.js';

const NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/+=@-]{0,254}$/;

export const inputs = {
  deployment: input.string({
    multiline: true,
    accepted: 'a deployment record (JSON) or a JSON array of records',
  }),
  target: input.choice(TARGETS),
  cluster: input.string({ pattern: NAME, accepted: 'an ECS cluster name or ARN' }),
  service: input.string({ pattern: NAME, accepted: 'an ECS service name or ARN' }),
  'function-name': input.string({ pattern: NAME, accepted: 'a Lambda function name or ARN' }),
  alias: input.string({ pattern: /^(?!^[0-9]+$)[A-Za-z0-9_-]{1,128}$/, accepted: 'a Lambda alias name' }),
  'cluster-name': input.string({
    pattern: /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/,
    accepted: 'an EKS cluster name',
  }),
  namespace: input.string({
    default: 'default',
    pattern: /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
    accepted: 'a Kubernetes namespace',
  }),
  'deployment-name': input.string({
    pattern: /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/,
    accepted: 'a Kubernetes Deployment name',
  }),
  'api-server': input.string({
    pattern: /^https:\/\/[^\s/]+(:\d+)?\/?$/,
    accepted: 'an https:// URL of the Kubernetes API server',
  }),
  'certificate-authority-data': input.string({
    pattern: /^[A-Za-z0-9+/=]+$/,
    accepted: 'the base64 PEM of the cluster CA, as DescribeCluster returns it',
  }),
  kubeconfig: input.string({ accepted: 'the path of a kubeconfig file in the workspace (EKS)' }),
  'stack-name': input.string({
    pattern: /^[A-Za-z][A-Za-z0-9-]{0,127}$/,
    accepted: 'a CloudFormation stack name',
  }),
  to: input.string({
    accepted: 'a task-definition ARN (ECS), a version number (Lambda) or a revision number (EKS)',
  }),
  alarms: input.list({ item: (name) => (name.length > 255 ? 'longer than 255 characters' : undefined) }),
  'bake-time': input.duration({ max: 6 * 3_600_000 }),
  'alarms-in-alarm-at-start': input.choice(['ignore', 'fail'] as const, { default: 'ignore' }),
  force: input.boolean({ default: false }),
  wait: input.boolean({ default: true }),
  'wait-timeout': input.duration({ default: '15m', min: 1000 }),
  'max-poll-interval': input.duration({ default: '15s', min: 1000 }),
  reason: input.string({ multiline: true }),
  'aws-region': input.string({
    pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
    accepted: 'an AWS region such as us-east-1',
  }),
};

export const outputs = ['rolled-back', 'restored', 'reason'] as const;

import { input, MAX_POLL_INTERVAL_MS, MAX_WAIT_MS } from '../../../shared/action/inputs.js';
import { TARGETS } from '../../../shared/record/record.js';
import { ROLLBACK_COMMAND_ACCEPTED } from '../../../shared/targets/ecs/command.js';
import { clusterNameInput, DNS_SUBDOMAIN, eksInputs } from '../../../shared/targets/eks/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';
import { alarmProblem } from '../../../shared/alarms/regions.js';

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
  // EKS: the same inputs, checked the same way, as eks-rolling-update
  'cluster-name': clusterNameInput(),
  namespace: eksInputs.namespace,
  'deployment-name': input.string({
    pattern: DNS_SUBDOMAIN,
    accepted: 'a Kubernetes Deployment name',
  }),
  'api-server': eksInputs['api-server'],
  'certificate-authority-data': eksInputs['certificate-authority-data'],
  kubeconfig: eksInputs.kubeconfig,
  'stack-name': input.string({
    pattern: /^[A-Za-z][A-Za-z0-9-]{0,127}$/,
    accepted: 'a CloudFormation stack name',
  }),
  // EC2: how each restored instance proves healthy (never taken from the record)
  'health-command': input.string({
    accepted: 'a shell command run on each restored instance, such as curl -fsS localhost:8000/health',
    multiline: true,
  }),
  'health-timeout': input.duration({ default: '5m', min: 1000, max: 3_600_000 }),
  to: input.string({
    accepted: 'a task-definition ARN (ECS), a version number (Lambda) or a revision number (EKS)',
  }),
  alarms: input.list({ item: alarmProblem }),
  'bake-time': input.duration({ max: MAX_WAIT_MS }),
  'alarms-in-alarm-at-start': input.choice(['ignore', 'fail'] as const, { default: 'ignore' }),
  // ECS: a one-off task from the release's task definition before the service is restored
  'rollback-command': input.string({ accepted: ROLLBACK_COMMAND_ACCEPTED, multiline: true }),
  force: input.boolean({ default: false }),
  'fail-on-rollback': input.boolean({ default: true }),
  wait: input.boolean({ default: true }),
  'wait-timeout': input.duration({ default: '15m', min: 1000, max: MAX_WAIT_MS }),
  'max-poll-interval': input.duration({ default: '15s', min: 1000, max: MAX_POLL_INTERVAL_MS }),
  reason: input.string({ multiline: true }),
  'aws-region': input.string({
    pattern: /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/,
    accepted: 'an AWS region such as us-east-1',
  }),
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export const outputs = ['rolled-back', 'restored', 'reason', 'rollback-command-result'] as const;

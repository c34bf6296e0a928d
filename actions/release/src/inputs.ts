// The inputs and outputs of the root release action, named once (the contract tests compare them
// with action.yml). Each target's inputs are its fragment from shared/targets/<target>/inputs.ts,
// with the names and rules of the target's own action; which inputs belong to which target is
// derived from those fragments.
import { input } from '../../../shared/action/inputs.js';
import { bakeInputs, regionInputs } from '../../../shared/action/inputs-shared.js';
import { ecsInputs, ecsReleaseInputs, ecsWaitInputs } from '../../../shared/targets/ecs/inputs.js';
import { lambdaReleaseInputs } from '../../../shared/targets/lambda/inputs.js';
import { eksReleaseInputs } from '../../../shared/targets/eks/inputs.js';
import { ec2ReleaseInputs } from '../../../shared/targets/ec2/inputs.js';
import { checksInput, smokeInputs } from '../../../shared/http/inputs.js';
import { githubInputs } from '../../../shared/github/inputs.js';

export const RELEASE_TARGETS = ['ecs', 'lambda', 'eks', 'ec2'] as const;
export type ReleaseTarget = (typeof RELEASE_TARGETS)[number];

/** The inputs each target alone takes. */
const TARGET_FRAGMENTS = {
  ecs: ecsReleaseInputs,
  lambda: lambdaReleaseInputs,
  eks: eksReleaseInputs,
  ec2: ec2ReleaseInputs,
} satisfies Record<ReleaseTarget, object>;

/**
 * Inputs some targets take under one name, declared once here; plan.ts checks each value by the
 * rules of the target it goes to (an EKS container name, a Compose service name).
 */
const sharedTargetInputs = {
  container: input.string({
    accepted: 'the name of a container of the task definition (ECS) or of the Deployment (EKS)',
  }),
  images: ecsInputs.images,
};
const SHARED_BY: Record<keyof typeof sharedTargetInputs, readonly ReleaseTarget[]> = {
  container: ['ecs', 'eks'],
  images: ['ecs', 'eks', 'ec2'],
};

export const inputs = {
  target: input.choice(RELEASE_TARGETS, { required: true }),
  // `image` serves every target but ec2 (each target checks it by its own rules in plan.ts)
  image: input.string({ accepted: 'a container image reference (repo:tag or registry/repo@sha256:…)' }),
  ...sharedTargetInputs,
  // ECS (same names as deploy-ecs); `environment` serves ECS, Lambda and EC2.
  ...TARGET_FRAGMENTS.ecs,
  environment: ecsInputs.environment,
  // Lambda (same names as deploy-lambda-image): direct mode or CloudFormation mode.
  ...TARGET_FRAGMENTS.lambda,
  // EKS (same names as eks-rolling-update); cluster-name and deployment are required with
  // target: eks only (plan.ts).
  ...TARGET_FRAGMENTS.eks,
  // EC2 (same names as deploy-ec2).
  ...TARGET_FRAGMENTS.ec2,
  // Waiting, for the deploy and the rollback (as deploy-ecs waits).
  ...ecsWaitInputs,
  // Smoke test (same names as smoke-test).
  ...smokeInputs,
  checks: checksInput(),
  // Rollback and bake (same names as auto-rollback).
  rollback: input.boolean({ default: true }),
  'rollback-on-cancel': input.boolean({ default: true }),
  ...bakeInputs,
  ...regionInputs,
  // GitHub Deployments (shared/github)
  ...githubInputs,
};

export type InputName = keyof typeof inputs;

function inputsOf(target: ReleaseTarget): InputName[] {
  const shared = (Object.keys(SHARED_BY) as Array<keyof typeof SHARED_BY>).filter((name) =>
    SHARED_BY[name].includes(target),
  );
  return [...(Object.keys(TARGET_FRAGMENTS[target]) as InputName[]), ...shared];
}

/** Inputs that belong to some targets only; any other input is common to every target. */
export const TARGET_INPUTS: Record<ReleaseTarget, readonly InputName[]> = {
  ecs: inputsOf('ecs'),
  lambda: inputsOf('lambda'),
  eks: inputsOf('eks'),
  ec2: inputsOf('ec2'),
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

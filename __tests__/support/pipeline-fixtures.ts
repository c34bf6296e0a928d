// What the pipeline tests give the workflows: the repository's roles and the trust policies
// docs/workflows.md recommends for them, the emulator endpoints, and the tofu stand-in.
import { join } from 'node:path';
import { REPO_ROOT } from './harness.js';
import type { Emulators } from './emulators.js';

export const ACCOUNT = '123456789012';
/** github.repository of every pipeline run in the tests. */
export const REPOSITORY = 'octo-org/octo-app';

export const ROLES = {
  plan: `arn:aws:iam::${ACCOUNT}:role/octo-app-plan`,
  build: `arn:aws:iam::${ACCOUNT}:role/octo-app-build`,
  deploy: `arn:aws:iam::${ACCOUNT}:role/octo-app-deploy`,
};

/** The role variables the examples read. */
export const ROLE_VARS = {
  AWS_PLAN_ROLE_ARN: ROLES.plan,
  AWS_BUILD_ROLE_ARN: ROLES.build,
  AWS_DEPLOY_ROLE_ARN: ROLES.deploy,
};

/**
 * The OIDC `sub` conditions of docs/workflows.md, "Roles by trust level": the plan role for pull
 * requests and main, the build role for main and release tags, the deploy role for the named
 * environments only.
 */
export function trustPolicies(environments: string[]): Record<string, string[]> {
  return {
    [ROLES.plan]: [`repo:${REPOSITORY}:pull_request`, `repo:${REPOSITORY}:ref:refs/heads/main`],
    [ROLES.build]: [`repo:${REPOSITORY}:ref:refs/heads/main`, `repo:${REPOSITORY}:ref:refs/tags/v*`],
    [ROLES.deploy]: environments.map((name) => `repo:${REPOSITORY}:environment:${name}`),
  };
}

/** Everything the spawned steps need to reach the emulators (never a variable a step sees). */
export function emulatorEnv(emulators: Emulators): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: emulators.env['MOTO_URL'] ?? '',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_SESSION_TOKEN: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_MAX_ATTEMPTS: '3',
    DOCKER_HOST: emulators.env['DOCKER_HOST'] ?? '',
  };
}

export const TOFU_STAND_IN = join(REPO_ROOT, '__tests__/support/tofu-stand-in');

/**
 * The examples' "Install OpenTofu" step downloads the release archive, which this machine cannot
 * reach: in its place the stand-in's directory goes on GITHUB_PATH, exactly as the step adds
 * $RUNNER_TEMP/tofu, and its version is printed.
 */
export const INSTALL_TOFU_STAND_IN: Record<string, string> = {
  'Install OpenTofu': `echo "${TOFU_STAND_IN}" >> "$GITHUB_PATH"\n"${TOFU_STAND_IN}/tofu" version\n`,
};

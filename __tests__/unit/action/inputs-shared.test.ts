// Every input several actions declare has one rule: each action refuses the same bad value with
// the same error, and the root release action gives the error its target's own action gives
// (the region, the waits, the ECS service, the Lambda modes, the alarm bake window).
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, InputError, type InputSpec } from '../../../shared/action/inputs.js';
import { DURATION_ACCEPTED } from '../../../shared/action/duration.js';
import { inputVariable } from '../../support/harness.js';
import { inputs as buildPushInputs } from '../../../actions/build-push-ecr/src/inputs.js';
import { inputs as deployEcsInputs } from '../../../actions/deploy-ecs/src/inputs.js';
import { inputs as deployLambdaInputs } from '../../../actions/deploy-lambda-image/src/inputs.js';
import { validate as validateLambda } from '../../../actions/deploy-lambda-image/src/validate.js';
import { inputs as eksInputs } from '../../../actions/eks-rolling-update/src/inputs.js';
import { inputs as deployEc2Inputs } from '../../../actions/deploy-ec2/src/inputs.js';
import { inputs as rollbackInputs } from '../../../actions/auto-rollback/src/inputs.js';
import { planRollback } from '../../../actions/auto-rollback/src/plan.js';
import { inputs as stateInputs } from '../../../actions/state-bootstrap/src/inputs.js';
import { inputs as releaseInputs, TARGET_INPUTS } from '../../../actions/release/src/inputs.js';
import { givenInputs, planRelease } from '../../../actions/release/src/plan.js';

type Spec = Record<string, InputSpec<unknown>>;

/** The env the runner gives an action: every action.yml default, then the step's `with:`. */
function runnerEnv(spec: Spec, given: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, input] of Object.entries(spec))
    if (input.default !== undefined) env[inputVariable(name)] = input.default;
  for (const [name, value] of Object.entries(given)) env[inputVariable(name)] = value;
  return env;
}

/** The message of the InputError `attempt` throws; fails the test if it throws none. */
async function refusal(attempt: () => unknown): Promise<string> {
  try {
    await attempt();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('the value was accepted');
}

const read = <S extends Spec>(spec: S, given: Record<string, string>) =>
  readInputs(spec, runnerEnv(spec, given));

async function release(given: Record<string, string>, workspace: string) {
  const env = runnerEnv(releaseInputs, given);
  return planRelease(await readInputs(releaseInputs, env), givenInputs(env), workspace);
}

/** Each action that takes aws-region, with the least it needs to read its inputs. */
const REGION_ACTIONS: Array<[string, Spec, Record<string, string>]> = [
  ['build-push-ecr', buildPushInputs, { repository: 'team/api' }],
  ['deploy-ecs', deployEcsInputs, { cluster: 'prod', service: 'api' }],
  ['deploy-lambda-image', deployLambdaInputs, {}],
  ['eks-rolling-update', eksInputs, { 'cluster-name': 'ode', deployment: 'api' }],
  ['deploy-ec2', deployEc2Inputs, { 'working-directory': '/opt/app' }],
  ['auto-rollback', rollbackInputs, {}],
  ['state-bootstrap', stateInputs, { bucket: 'octo-state' }],
  ['release', releaseInputs, { target: 'ecs' }],
];

describe('aws-region: one rule in every action', () => {
  it('refuses a value that is not a region name with the same error everywhere', async () => {
    const messages = await Promise.all(
      REGION_ACTIONS.map(([, spec, given]) => refusal(() => read(spec, { ...given, 'aws-region': 'Paris' }))),
    );
    expect(new Set(messages)).toEqual(
      new Set([
        'Input \'aws-region\' has an invalid value "Paris": expected an AWS region such as us-east-1 or eu-west-3 (default: AWS_REGION).',
      ]),
    );
  });

  it.each(['us-east-1', 'us-gov-west-1', 'cn-north-1', 'eu-isoe-west-1'])(
    'accepts %s everywhere',
    async (region) => {
      for (const [name, spec, given] of REGION_ACTIONS)
        expect([name, (await read(spec, { ...given, 'aws-region': region }))['aws-region']]).toEqual([
          name,
          region,
        ]);
    },
  );
});

describe('the waits: one rule for wait-timeout and max-poll-interval', () => {
  it('refuses a wait longer than a GitHub-hosted job with the same error in every action', async () => {
    const attempts: Array<[Spec, Record<string, string>]> = [
      [deployEcsInputs, { cluster: 'prod', service: 'api' }],
      [deployLambdaInputs, {}],
      [eksInputs, { 'cluster-name': 'ode', deployment: 'api' }],
      [rollbackInputs, {}],
      [releaseInputs, { target: 'ecs' }],
    ];
    const messages = await Promise.all(
      attempts.map(([spec, given]) => refusal(() => read(spec, { ...given, 'wait-timeout': '7h' }))),
    );
    expect(new Set(messages)).toEqual(
      new Set([
        `Input 'wait-timeout' has an invalid value "7h": expected ${DURATION_ACCEPTED}, of at least 1s and at most 6h.`,
      ]),
    );
  });

  it('refuses a poll interval over 5m in deploy-ec2 as in the root action with target: ec2', async () => {
    const ec2 = { 'working-directory': '/opt/app', 'max-poll-interval': '1h' };
    const messages = await Promise.all([
      refusal(() => read(deployEc2Inputs, ec2)),
      refusal(() => read(releaseInputs, { target: 'ec2', ...ec2 })),
      refusal(() => read(deployEcsInputs, { cluster: 'prod', service: 'api', 'max-poll-interval': '1h' })),
      refusal(() => read(rollbackInputs, { 'max-poll-interval': '1h' })),
    ]);
    expect(new Set(messages)).toEqual(
      new Set([
        `Input 'max-poll-interval' has an invalid value "1h": expected ${DURATION_ACCEPTED}, of at least 1s and at most 5m.`,
      ]),
    );
  });
});

describe('the ECS service: one rule in deploy-ecs, auto-rollback and the root action', () => {
  it.each([
    ['cluster', 'prod cluster!', 'the name or ARN of an ECS cluster'],
    ['service', 'api/../../x y', 'the name or ARN of an ECS service'],
  ])('refuses %s %j with one error naming the input', async (name, value, accepted) => {
    const ecs = { cluster: 'prod', service: 'api', [name]: value };
    const messages = await Promise.all([
      refusal(() => read(deployEcsInputs, ecs)),
      refusal(() => read(rollbackInputs, { target: 'ecs', ...ecs })),
      refusal(() => read(releaseInputs, { target: 'ecs', image: 'web:v2', ...ecs })),
    ]);
    expect(new Set(messages)).toEqual(
      new Set([`Input '${name}' has an invalid value ${JSON.stringify(value)}: expected ${accepted}.`]),
    );
  });
});

describe("inputs the root action shares between targets pass the target action's rule", () => {
  it('container, with target: eks as in eks-rolling-update', async () => {
    const eks = { 'cluster-name': 'ode', deployment: 'api', image: 'api:v2', container: 'Api_1' };
    const action = await refusal(() => read(eksInputs, eks));
    expect(action).toBe(
      'Input \'container\' has an invalid value "Api_1": expected the name of a container of the Deployment.',
    );
    expect(await refusal(() => release({ target: 'eks', ...eks }, tmpdir()))).toBe(action);
  });

  it('environment, with target: ec2 as in deploy-ec2', async () => {
    const ec2 = {
      targets: 'tag:Name=keystone-prod',
      'working-directory': '/opt/keystone',
      ref: 'main',
      environment: `${'K'.repeat(129)}=1`,
    };
    const action = await refusal(() => read(deployEc2Inputs, ec2));
    expect(action).toMatch(/^Input 'environment' has an invalid value "K+…" \(key must match/);
    expect(await refusal(() => release({ target: 'ec2', ...ec2 }, tmpdir()))).toBe(action);
  });
});

const ECR_IMAGE = '123456789012.dkr.ecr.eu-west-3.amazonaws.com/api:v2';

describe('the Lambda modes: one rule in deploy-lambda-image and the root action (target: lambda)', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'lambda-modes-'));
  writeFileSync(
    join(workspace, 'template.yml'),
    'Parameters:\n  ImageUri:\n    Type: String\nResources: {}\n',
  );
  writeFileSync(join(workspace, 'empty.yml'), '\n');

  it.each([
    [{ image: ECR_IMAGE }, /^Input 'function-name' is required/],
    [
      { 'function-name': 'api', 'stack-name': 'api', image: ECR_IMAGE },
      /^Input 'stack-name' .*'function-name' is api.*not both/,
    ],
    [{ 'function-name': 'api' }, /^Input 'image' is required: the image to deploy/],
    [{ 'function-name': 'api', image: 'docker.io/library/nginx:1' }, /^Input 'image' has an invalid value/],
    [{ 'function-name': 'api', image: ECR_IMAGE, traffic: '10%:1m' }, /only together with 'alias'/],
    [
      { 'function-name': 'api', image: ECR_IMAGE, template: 'template.yml' },
      /^Input 'template' .*nothing in direct mode/,
    ],
    [
      { 'function-name': 'api', image: ECR_IMAGE, 'parameter-overrides': 'Stage=prod' },
      /^Input 'parameter-overrides' .*nothing in direct mode/,
    ],
    [
      { 'function-name': 'api', image: ECR_IMAGE, environment: '_DEBUG=1' },
      /^Input 'environment' has an invalid value "_DEBUG" \(key must match/,
    ],
    [
      { 'stack-name': 'api', template: 'template.yml', alias: 'live' },
      /^Input 'alias' .*nothing in CloudFormation mode/,
    ],
    [
      { 'stack-name': 'api', template: 'template.yml', environment: 'A=1' },
      /^Input 'environment' .*nothing in CloudFormation mode/,
    ],
    [{ 'stack-name': 'api' }, /^Input 'template' is required/],
    [{ 'stack-name': 'api', template: 'missing.yml' }, /^Input 'template' .*no such file/],
    [{ 'stack-name': 'api', template: 'empty.yml' }, /^Input 'template' .*the file is empty/],
    [
      {
        'stack-name': 'api',
        template: 'template.yml',
        image: ECR_IMAGE,
        'parameter-overrides': 'ImageUri=x',
      },
      /^Input 'parameter-overrides' .*no ImageUri when 'image' is set/,
    ],
  ])('%j: the same error from both', async (given, expected) => {
    const action = await refusal(async () =>
      validateLambda(await read(deployLambdaInputs, given), workspace),
    );
    const root = await refusal(() => release({ target: 'lambda', ...given }, workspace));
    expect(action).toMatch(expected);
    expect(root).toBe(action);
  });

  it('plans the same deploy in both for each mode', async () => {
    for (const given of [
      { 'function-name': 'api', image: ECR_IMAGE, alias: 'live', traffic: '10%:1m' },
      { 'stack-name': 'api', template: 'template.yml', image: ECR_IMAGE },
    ]) {
      const action = validateLambda(await read(deployLambdaInputs, given), workspace);
      const root = await release({ target: 'lambda', ...given }, workspace);
      expect(root.deploy).toEqual({ target: 'lambda', ...action });
    }
  });

  it("keeps the root action's bake alarms apart from deploy-lambda-image's traffic-shift alarms", async () => {
    const given = { 'function-name': 'api', image: ECR_IMAGE, alarms: 'api-5xx' };
    expect(
      await refusal(async () => validateLambda(await read(deployLambdaInputs, given), workspace)),
    ).toMatch(/^Input 'alarms' .*only together with 'traffic'/);
    expect(await refusal(() => release({ target: 'lambda', ...given }, workspace))).toMatch(
      /^Input 'bake-time' is required/,
    );
  });
});

describe('the alarm bake window: one rule in auto-rollback and the root action', () => {
  const ecs = { target: 'ecs', cluster: 'prod', service: 'api' };
  const rollback = async (given: Record<string, string>) => planRollback(await read(rollbackInputs, given));

  it.each([
    [{ alarms: 'api-5xx' }, "Input 'bake-time' is required"],
    [{ 'bake-time': '10m' }, "Input 'alarms' is required"],
    [{ alarms: 'api-5xx', 'bake-time': '7h' }, 'Input \'bake-time\' has an invalid value "7h"'],
    [{ alarms: 'x'.repeat(256), 'bake-time': '10m' }, '(longer than 255 characters)'],
  ])('%j: the same error from both', async (given, expected) => {
    const action = await refusal(() => rollback({ ...ecs, ...given }));
    const root = await refusal(() => release({ ...ecs, image: 'web:v2', ...given }, tmpdir()));
    expect(action).toContain(expected);
    expect(root).toBe(action);
  });

  it('watches the same alarms for the same time in both', async () => {
    const given = { alarms: 'api-5xx\napi-latency', 'bake-time': '10m' };
    const action = await rollback({ ...ecs, ...given });
    const root = await release({ ...ecs, image: 'web:v2', ...given }, tmpdir());
    expect(action.alarms).toEqual({
      names: ['api-5xx', 'api-latency'],
      bakeTimeMs: 600_000,
      atStart: 'ignore',
    });
    expect(root.bake).toEqual({ alarms: action.alarms?.names, bakeTimeMs: action.alarms?.bakeTimeMs });
  });
});

describe("the root action's target inputs, derived from the target fragments", () => {
  it("takes each target's inputs with its action's rules (`container` and `images` serve several targets)", () => {
    const actions: Array<[Spec, readonly string[]]> = [
      [deployEcsInputs, TARGET_INPUTS.ecs.filter((name) => name !== 'container')],
      [deployLambdaInputs, TARGET_INPUTS.lambda],
      [eksInputs, TARGET_INPUTS.eks.filter((name) => !['container', 'images'].includes(name))],
      [deployEc2Inputs, TARGET_INPUTS.ec2.filter((name) => name !== 'images')],
    ];
    const rule = (spec: InputSpec<unknown> | undefined) => ({
      accepted: spec?.accepted,
      default: spec?.default,
    });
    for (const [spec, names] of actions)
      for (const name of names)
        expect([name, rule(releaseInputs[name as keyof typeof releaseInputs])]).toEqual([
          name,
          rule(spec[name]),
        ]);
  });

  it('gives each target the inputs it gave before the fragments', () => {
    const sorted = (names: readonly string[]) => [...names].sort();
    expect(sorted(TARGET_INPUTS.ecs)).toEqual(
      sorted([
        'cluster',
        'service',
        'container',
        'images',
        'task-definition',
        'desired-count',
        'force-new-deployment',
        'migration-command',
        'rollback-command',
      ]),
    );
    expect(sorted(TARGET_INPUTS.lambda)).toEqual(
      sorted([
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
      ]),
    );
    expect(sorted(TARGET_INPUTS.eks)).toEqual(
      sorted([
        'cluster-name',
        'namespace',
        'deployment',
        'container',
        'images',
        'kubeconfig',
        'api-server',
        'certificate-authority-data',
        'change-cause',
      ]),
    );
    expect(sorted(TARGET_INPUTS.ec2)).toEqual(
      sorted([
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
      ]),
    );
  });
});

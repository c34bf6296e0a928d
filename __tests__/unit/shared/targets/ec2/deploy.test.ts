// The rollout's decisions, with SSM mocked and time faked: which instances start after a failure
// (max-errors), what a timeout does (CancelCommand, a record that says so). The scripts themselves
// run for real in the e2e tests.
import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import {
  CancelCommandCommand,
  DescribeInstanceInformationCommand,
  GetCommandInvocationCommand,
  SendCommandCommand,
  SSMClient,
} from '@aws-sdk/client-ssm';
import { Summary } from '../../../../../shared/action/summary.js';
import { deployInstances, type Ec2DeployOutcome } from '../../../../../shared/targets/ec2/deploy.js';
import { planFromInputs } from '../../../../../shared/targets/ec2/inputs.js';
import { fakeTime } from '../../../../support/fake-time.js';

const ssmMock = mockClient(SSMClient);
const IDS = ['i-0000000000000000a', 'i-0000000000000000b', 'i-0000000000000000c'];

const plan = planFromInputs(
  {
    'instance-ids': IDS,
    targets: [],
    'working-directory': '/opt/app',
    ref: 'main',
    images: {},
    services: [],
    build: undefined,
    'compose-file': [],
    'env-file': '.env',
    environment: {},
    'wait-for-file': '',
    'health-command': '',
    'health-timeout': 60_000,
  },
  undefined,
);

/** Each instance's script ends with this exit code (0: deployed). */
function answer(exitCodes: Record<string, number | 'running'>): void {
  ssmMock.on(DescribeInstanceInformationCommand).resolves({
    InstanceInformationList: IDS.map((id) => ({ InstanceId: id, PingStatus: 'Online' })),
  });
  ssmMock.on(SendCommandCommand).callsFake((input: { InstanceIds: string[] }) => ({
    Command: { CommandId: `cmd-${input.InstanceIds[0]}` },
  }));
  ssmMock.on(GetCommandInvocationCommand).callsFake((input: { InstanceId: string }) => {
    const code = exitCodes[input.InstanceId] ?? 0;
    if (code === 'running') return { Status: 'InProgress', ResponseCode: -1 };
    return {
      Status: code === 0 ? 'Success' : 'Failed',
      ResponseCode: code,
      StandardOutputContent: `deploy-ec2: previous commit ${'a'.repeat(40)}\ndeploy-ec2: new commit ${'b'.repeat(40)}\n`,
      StandardErrorContent: code === 0 ? '' : 'deploy-ec2: error: git fetch failed',
    };
  });
  ssmMock.on(CancelCommandCommand).resolves({});
}

async function rollout(
  options: { maxErrors?: number; maxConcurrency?: number; timeoutMs?: number; dryRun?: boolean } = {},
): Promise<{ outcome?: Ec2DeployOutcome | undefined; error?: unknown }> {
  const time = fakeTime();
  const { outcome, error } = await deployInstances(
    { ssm: new SSMClient({ region: 'eu-west-3' }) },
    {
      plan,
      region: 'eu-west-3',
      rollback: false,
      maxConcurrency: options.maxConcurrency ?? 1,
      maxErrors: options.maxErrors ?? 0,
      dryRun: options.dryRun ?? false,
      documentName: 'AWS-RunShellScript',
    },
    { timeoutMs: options.timeoutMs ?? 600_000, maxPollIntervalMs: 5000, ...time },
    { summary: new Summary(), startedAt: new Date() },
  );
  return { outcome, error };
}

const statuses = (outcome: Ec2DeployOutcome | undefined) => outcome?.instances.map((i) => i.status);

beforeEach(() => {
  ssmMock.reset();
});

describe('rolling update', () => {
  it('updates every instance one after the other and records what each ran', async () => {
    answer({});
    const { outcome, error } = await rollout();
    expect(error).toBeUndefined();
    expect(statuses(outcome)).toEqual(['deployed', 'deployed', 'deployed']);
    expect(ssmMock.commandCalls(SendCommandCommand).map((c) => c.args[0].input.InstanceIds)).toEqual(
      IDS.map((id) => [id]),
    );
    expect(outcome!.record.status).toBe('succeeded');
    expect(outcome!.previousRef).toBe('a'.repeat(40));
  });

  it('starts no further instance after the first failure with max-errors 0', async () => {
    answer({ [IDS[0]!]: 10 });
    const { outcome, error } = await rollout();
    expect(String(error)).toContain(
      '3 of 3 instance(s) not deployed: i-0000000000000000a unchanged (git fetch failed)',
    );
    expect(statuses(outcome)).toEqual(['unchanged', 'skipped', 'skipped']);
    expect(ssmMock.commandCalls(SendCommandCommand)).toHaveLength(1);
    // failed before changing anything: no breadcrumb, nothing for a rollback to restore
    expect(outcome!.record.previous).toBeNull();
  });

  it('goes on past failures up to max-errors', async () => {
    answer({ [IDS[0]!]: 10, [IDS[1]!]: 10 });
    const { outcome } = await rollout({ maxErrors: 1 });
    expect(statuses(outcome)).toEqual(['unchanged', 'unchanged', 'skipped']);
    answer({ [IDS[0]!]: 10 });
    ssmMock.resetHistory();
    const second = await rollout({ maxErrors: 1, maxConcurrency: 2 });
    expect(statuses(second.outcome)).toEqual(['unchanged', 'deployed', 'deployed']);
  });

  it('sends nothing on a dry run, and records a planned deployment', async () => {
    answer({});
    const { outcome, error } = await rollout({ dryRun: true });
    expect(error).toBeUndefined();
    expect(ssmMock.commandCalls(SendCommandCommand)).toHaveLength(0);
    expect(statuses(outcome)).toEqual(['planned', 'planned', 'planned']);
    expect(outcome!.record).toMatchObject({ status: 'planned', previous: null });
  });

  it('cancels the command at wait-timeout and records a timed-out deployment', async () => {
    answer({ [IDS[0]!]: 'running' });
    const { outcome, error } = await rollout({ timeoutMs: 30_000 });
    expect(String(error)).toContain('timed-out');
    expect(ssmMock.commandCalls(CancelCommandCommand).map((c) => c.args[0].input)).toEqual([
      { CommandId: `cmd-${IDS[0]}`, InstanceIds: [IDS[0]] },
    ]);
    expect(statuses(outcome)).toEqual(['timed-out', 'skipped', 'skipped']);
    expect(outcome!.record.status).toBe('timed-out');
  });
});

// auto-rollback on a bad day: an ECS restore under the fault plan, a cancel during the alarm bake
// window, bad inputs, and a crafted `reason` that must come out intact and harmless.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { DescribeServicesCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createAlarm } from '../support/alarms.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startProxy, type Proxy } from '../support/proxy.js';
import type { InputValue, RunOptions } from '../support/harness.js';
import { RECORD_SCHEMA, encodeRecord, type EcsRecord } from '../../shared/record/record.js';
import { ecsClient } from '../support/ecs-service.js';
import { motoConfig } from '../support/moto.js';
import { policyActions, recordedActions } from '../support/iam.js';
import { ecsDeployment as ecsDeploymentIn } from '../support/rollback-fixtures.js';
import { Figures } from './lib/report.js';
import {
  expectEveryFault,
  expectRefused,
  faultPlan,
  forwarded,
  mutatingOperations,
  runCancelled,
  runProxied,
} from './lib/scenario.js';

jest.setTimeout(90_000);

const figures = new Figures('auto-rollback');
let emulators: Emulators;
let proxy: Proxy;
let moto: string;
let ecs: ECSClient;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  moto = emulators.env['MOTO_URL'] ?? '';
  proxy = await startProxy({ target: moto });
  ecs = ecsClient(moto);
}, 90_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  await proxy?.close();
  await emulators?.release();
}, 60_000);

const rollback = (inputs: Record<string, InputValue>, options: Parameters<typeof runProxied>[3] = {}) =>
  runProxied(
    proxy,
    'auto-rollback',
    { 'max-poll-interval': '1s', 'fail-on-rollback': false, ...inputs },
    options,
  );

const ecsDeployment = () => ecsDeploymentIn(ecs);

async function liveTaskDefinition(record: EcsRecord): Promise<string | undefined> {
  const { cluster, service } = record.resource;
  return (await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }))).services?.[0]
    ?.taskDefinition;
}

describe('auto-rollback under faults', () => {
  it('restores the previous task definition once through throttling, 500s, latency and a drop', async () => {
    const { record, first } = await ecsDeployment();
    const { result, calls } = await rollback(
      { deployment: encodeRecord(record), reason: 'smoke test failed' },
      { faults: faultPlan('UpdateService', 'DescribeServices') },
    );
    expect([result.code, result.commands.filter((c) => c.command === 'error')]).toEqual([0, []]);
    expectEveryFault(calls, 'DescribeServices');
    expect(forwarded(calls, 'UpdateService')).toHaveLength(1);
    expect(await liveTaskDefinition(record)).toBe(first);
    expect(result.outputs['rolled-back']).toBe('true');
    const granted = policyActions('actions/auto-rollback/iam-policy.json');
    expect(recordedActions(calls).filter((action) => !granted.includes(action))).toEqual([]);
    figures.fault('ECS record: restore the previous revision', calls, [
      '1 UpdateService reached moto; service back on the previous revision (DescribeServices)',
      'rolled-back true',
    ]);
    result.cleanup();
  });
});

describe('auto-rollback cancelled during the alarm bake window', () => {
  it('SIGTERM: exits within 2 s, rolls nothing back, and says so in the summary and outputs', async () => {
    const { record, second } = await ecsDeployment();
    const cloudwatch = new CloudWatchClient(motoConfig(moto));
    const alarm = `rel-5xx-${Date.now().toString(36)}`;
    await createAlarm(cloudwatch, alarm, { reason: 'quiet' });
    cloudwatch.destroy();
    const { result, calls, signalToExitMs } = await runCancelled(
      (signalAfter: NonNullable<RunOptions['signalAfter']>) =>
        rollback({ deployment: encodeRecord(record), alarms: alarm, 'bake-time': '40s' }, { signalAfter }),
      'SIGTERM',
      (stdout) => /alarm\(s\) not in ALARM/.test(stdout),
    );
    expect(signalToExitMs).toBeLessThan(2000);
    expect(result.code).toBe(1);
    expect(mutatingOperations(calls)).toEqual([]);
    expect(await liveTaskDefinition(record)).toBe(second);
    expect(result.outputs['rolled-back']).toBe('false');
    expect(result.outputs['reason']).toMatch(/\(cancelled\)/);
    expect(result.summary).toMatch(/cancelled/i);
    figures.cancellation({
      scenario: 'alarm bake window (40 s, alarm OK)',
      signal: 'SIGTERM',
      signalToExitMs,
      stateReached: `rolled-back false; reason: ${result.outputs['reason'] ?? ''}`,
    });
    result.cleanup();
  });
});

describe('auto-rollback output injection', () => {
  it('a reason with HTML, Markdown and a fake heredoc delimiter comes out whole and escaped', async () => {
    const { record } = await ecsDeployment();
    const reason = [
      'smoke <script>alert(1)</script> | **failed** [x](javascript:alert(1))',
      'ghadelimiter_00000000-0000-0000-0000-000000000000',
      'rolled-back=false',
      'EOF',
    ].join('\n');
    const { result } = await rollback({ deployment: encodeRecord(record), reason });
    expect(result.code).toBe(0);
    expect(result.outputs['reason']).toBe(reason);
    expect(result.outputs['rolled-back']).toBe('true');
    expect(Object.keys(result.outputs).sort()).toEqual(['reason', 'restored', 'rolled-back']);
    expect(result.env).toEqual({});
    expect(result.summary).not.toContain('<script>');
    expect(result.summary).not.toMatch(/\n(rolled-back=false|EOF|ghadelimiter_[-0-9a-f]+)\n/);
    figures.injection(
      'reason: <script>, table pipe, Markdown link, fake delimiter and output lines',
      'output reason identical; outputs exactly rolled-back, restored, reason; GITHUB_ENV empty; summary has no <script> and no injected line',
    );
    result.cleanup();
  });
});

describe('auto-rollback refuses bad inputs before any AWS call', () => {
  const cases: Array<[string, string, () => Promise<Record<string, InputValue>>]> = [];
  const withRecord = (name: string, input: string, damage: (record: string) => Record<string, InputValue>) =>
    cases.push([name, input, async () => damage(encodeRecord((await ecsDeployment()).record))]);
  withRecord('truncated record JSON', 'deployment', (text) => ({ deployment: text.slice(0, 80) }));
  withRecord('unknown record schema', 'deployment', (text) => ({
    deployment: text.replace(RECORD_SCHEMA, 'aws-deploy-actions/deployment@9'),
  }));
  withRecord('unknown record target', 'deployment', (text) => ({
    deployment: text.replace('"target":"ecs"', '"target":"ec2"'),
  }));
  withRecord('record and a manual target together', 'target', (text) => ({
    deployment: text,
    target: 'ecs',
  }));
  withRecord('negative bake-time', 'bake-time', (text) => ({
    deployment: text,
    alarms: 'a',
    'bake-time': '-5m',
  }));
  withRecord('unknown alarms-in-alarm-at-start', 'alarms-in-alarm-at-start', (text) => ({
    deployment: text,
    'alarms-in-alarm-at-start': 'panic',
  }));
  withRecord('force not a boolean', 'force', (text) => ({ deployment: text, force: 'yes please' }));
  withRecord('wait-timeout zero', 'wait-timeout', (text) => ({ deployment: text, 'wait-timeout': '0' }));
  withRecord('region that is not one', 'aws-region', (text) => ({
    deployment: text,
    'aws-region': 'Europe (Paris)',
  }));
  cases.push(['unknown manual target', 'target', async () => ({ target: 'ec2' })]);
  cases.push([
    'cluster name with a newline',
    'cluster',
    async () => ({ target: 'ecs', cluster: 'web\nprod', service: 'api' }),
  ]);
  cases.push([
    'stack name starting with a digit',
    'stack-name',
    async () => ({ target: 'cloudformation', 'stack-name': '1stack' }),
  ]);
  cases.push(['nothing to roll back', 'deployment', async () => ({})]);

  it.each(cases)('%s', async (_name, input, inputs) => {
    const refused = await rollback(await inputs());
    const { awsCalls, mutating } = expectRefused(refused, input);
    expect(awsCalls).toBe(0);
    refused.result.cleanup();
    figures.badInput(awsCalls, mutating);
  });
});

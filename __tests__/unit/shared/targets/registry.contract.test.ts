// The target contract: every target the registry names implements it; the one restore loop keeps
// every record's row whatever happens to the others and explains an AccessDenied with the IAM
// policy of the calling action; records are final once a deploy returned them.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { ECSClient } from '@aws-sdk/client-ecs';
import { loadTarget } from '../../../../shared/targets/registry.js';
import { restoreAll, unrestored } from '../../../../shared/targets/restore.js';
import { afterFailure, concluded, throwIfFailed } from '../../../../shared/targets/result.js';
import { connectOptions, eksConnection } from '../../../../shared/targets/eks/connection.js';
import {
  RECORD_SCHEMA,
  TARGETS,
  type DeploymentRecord,
  type EcsRecord,
} from '../../../../shared/record/record.js';
import { fakeTime } from '../../../support/fake-time.js';

const ecsRecord = (service: string, extra: Partial<EcsRecord> = {}): EcsRecord => ({
  schema: RECORD_SCHEMA,
  id: `id-${service}`,
  target: 'ecs',
  region: 'eu-west-1',
  resource: { cluster: 'prod', service },
  previous: {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:1',
    desiredCount: 2,
  },
  current: { taskDefinitionArn: 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web:2', desiredCount: 2 },
  status: 'succeeded',
  startedAt: '2026-12-01T00:00:00Z',
  ...extra,
});

const options = { timeoutMs: 10_000, maxPollIntervalMs: 1000, force: false, wait: true, ...fakeTime() };

describe('the registry', () => {
  it.each(TARGETS.map((name) => [name]))(
    '%s implements deploy, snapshot, restore and describe',
    async (name) => {
      const target = await loadTarget(name);
      for (const method of ['deploy', 'snapshot', 'restore', 'describe'] as const)
        expect(typeof target[method]).toBe('function');
    },
  );

  it('describes a resource in one short line', async () => {
    expect((await loadTarget('ecs')).describe(ecsRecord('web'))).toBe('ecs:prod/web');
  });

  it('refuses to snapshot EC2 instances: their restore needs the deploy’s own record', async () => {
    await expect((await loadTarget('ec2')).snapshot(undefined as never, 'eu-west-1', {})).rejects.toThrow(
      /needs the deploy's record/,
    );
  });
});

describe('restoreAll', () => {
  const ecs = mockClient(ECSClient);
  afterEach(() => {
    ecs.reset();
  });

  it('gives every record its row: nothing to restore, and an AccessDenied explained with the policy of the action', async () => {
    const denied = Object.assign(
      new Error(
        'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ecs:DescribeServices',
      ),
      { name: 'AccessDeniedException', $metadata: { httpStatusCode: 400 } },
    );
    ecs.onAnyCommand().rejects(denied);
    const planned = ecsRecord('planned', { status: 'planned' });
    const rows = await restoreAll([planned, ecsRecord('web')], options, {}, 'release');
    expect(rows.map((row) => [row.resource, row.status])).toEqual([
      ['ecs:prod/planned', 'nothing-to-restore'],
      ['ecs:prod/web', 'failed'],
    ]);
    expect(rows[1]?.message).toMatch(/Access denied.*iam-policy\.json lists every permission/);
    expect(rows.filter(unrestored)).toHaveLength(1);

    const [again] = await restoreAll([ecsRecord('web')], options, {}, 'auto-rollback');
    expect(again?.message).toContain('actions/auto-rollback/iam-policy.json');
  });
});

describe('deploy results', () => {
  it('concludes the record status from the error, the dry run and the cancel', () => {
    const aborted = AbortSignal.abort();
    expect(concluded(false, undefined, undefined)).toEqual({ status: 'succeeded', message: undefined });
    expect(concluded(true, undefined, undefined)).toEqual({ status: 'planned', message: undefined });
    expect(concluded(false, new Error('boom'), undefined)).toEqual({ status: 'failed', message: 'boom' });
    expect(concluded(false, new Error('stop'), aborted).status).toBe('cancelled');
  });

  it('rethrows the deploy’s own error, and nothing when it succeeded', () => {
    const error = new Error('deploy failed');
    expect(() => throwIfFailed({ records: [], outputs: {}, error })).toThrow(error);
    expect(() => throwIfFailed({ records: [], outputs: {} })).not.toThrow();
  });

  it('gives new records after a failed release, leaving the deploy’s own untouched', () => {
    const restored = ecsRecord('web');
    const kept = ecsRecord('api');
    const failedDeploy = ecsRecord('worker', { status: 'failed', message: 'rollout failed' });
    const records: DeploymentRecord[] = [restored, kept, failedDeploy];
    const snapshot = structuredClone(records);
    const after = afterFailure(records, {
      reason: 'smoke test failed',
      cancelled: false,
      restored: new Set([restored]),
    });
    expect(records).toEqual(snapshot);
    expect(after.map((record) => [record.status, record.message])).toEqual([
      ['rolled-back', 'smoke test failed'],
      ['failed', 'smoke test failed'],
      ['failed', 'rollout failed'],
    ]);
    expect(after[0]?.finishedAt).toBeDefined();
    const cancelled = afterFailure([kept], { reason: 'cancelled', cancelled: true, restored: new Set() });
    expect(cancelled[0]?.status).toBe('cancelled');
  });
});

describe('the EKS connection', () => {
  it('keeps only the overrides given, from the inputs of any action', () => {
    const connection = eksConnection(
      { 'api-server': 'https://127.0.0.1:6443', 'certificate-authority-data': '' },
      undefined,
    );
    expect(connectOptions('prod', 'eu-west-1', connection)).toEqual({
      cluster: 'prod',
      region: 'eu-west-1',
      apiServer: 'https://127.0.0.1:6443',
    });
    const signal = new AbortController().signal;
    expect(connectOptions('prod', 'eu-west-1', eksConnection({}, '/tmp/kubeconfig'), signal)).toEqual({
      cluster: 'prod',
      region: 'eu-west-1',
      kubeconfig: '/tmp/kubeconfig',
      signal,
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../../shared/action/inputs.js';
import { InputError } from '../../../../shared/action/errors.js';
import { encodeRecord, RECORD_SCHEMA, type EcsRecord } from '../../../../shared/record/record.js';
import { inputs } from '../../../../actions/auto-rollback/src/inputs.js';
import { planRollback } from '../../../../actions/auto-rollback/src/plan.js';
import { rollbackCommandDigest } from '../../../../shared/targets/ecs/command.js';
import { setInputs } from '../../../support/inputs.js';

const ecsRecord: EcsRecord = {
  schema: RECORD_SCHEMA,
  target: 'ecs',
  region: 'eu-west-3',
  resource: { cluster: 'prod', service: 'api' },
  previous: {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/api:41',
    desiredCount: 2,
  },
  current: {
    taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/api:42',
    desiredCount: 2,
  },
  status: 'failed',
  startedAt: '2026-11-23T10:00:00.000Z',
};

async function plan(values: Record<string, string>) {
  return planRollback(await readInputs(inputs, setInputs(values, {})));
}

async function refusal(values: Record<string, string>): Promise<InputError> {
  try {
    await plan(values);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an input error');
}

describe('planRollback', () => {
  it('decodes one record or an array of records', async () => {
    expect((await plan({ deployment: encodeRecord(ecsRecord) })).records).toEqual([ecsRecord]);
    const other = { ...ecsRecord, resource: { cluster: 'prod', service: 'worker' } };
    expect((await plan({ deployment: encodeRecord([ecsRecord, other]) })).records).toHaveLength(2);
  });

  it('refuses malformed records, naming what is wrong', async () => {
    const truncated = await refusal({ deployment: encodeRecord(ecsRecord).slice(0, 60) });
    expect(truncated.input).toBe('deployment');
    expect(truncated.message).toMatch(/not valid JSON/);
    const wrongSchema = await refusal({ deployment: JSON.stringify({ ...ecsRecord, schema: 'other@2' }) });
    expect(wrongSchema.message).toMatch(/deployment\.schema/);
    const unknownTarget = await refusal({
      deployment: JSON.stringify({ ...ecsRecord, target: 'beanstalk' }),
    });
    expect(unknownTarget.message).toMatch(
      /deployment\.target should be one of ecs, lambda, eks, cloudformation/,
    );
    const { previous: _previous, ...noPrevious } = ecsRecord;
    const missingPrevious = await refusal({ deployment: JSON.stringify(noPrevious) });
    expect(missingPrevious.message).toMatch(/deployment\.previous should be an object/);
  });

  it('needs a record or a target, not both and not neither', async () => {
    expect((await refusal({})).input).toBe('deployment');
    expect((await refusal({ deployment: encodeRecord(ecsRecord), target: 'ecs' })).input).toBe('target');
  });

  it("checks each target's identifiers and the form of `to`", async () => {
    expect((await refusal({ target: 'ecs', cluster: 'prod' })).input).toBe('service');
    expect((await refusal({ target: 'lambda' })).input).toBe('function-name');
    expect((await refusal({ target: 'eks', 'cluster-name': 'c' })).input).toBe('deployment-name');
    expect((await refusal({ target: 'ecs', cluster: 'prod', service: 'api', to: 'latest' })).input).toBe(
      'to',
    );
    expect((await refusal({ target: 'lambda', 'function-name': 'f', to: '$LATEST' })).input).toBe('to');
    expect((await refusal({ target: 'cloudformation', 'stack-name': 's', to: '3' })).input).toBe('to');
    expect((await refusal({ target: 'k8s' })).message).toMatch(/one of ecs, lambda, eks, cloudformation/);
    const manual = await plan({ target: 'ecs', cluster: 'prod', service: 'api', to: 'api:41' });
    expect(manual.manual?.ecs).toEqual({ cluster: 'prod', service: 'api', to: 'api:41' });
    const eks = await plan({ target: 'eks', 'cluster-name': 'c', 'deployment-name': 'ode-api', to: '7' });
    expect(eks.manual?.eks).toEqual({ cluster: 'c', namespace: 'default', deployment: 'ode-api', to: 7 });
  });

  it('pairs alarms with a bake time', async () => {
    const deployment = encodeRecord(ecsRecord);
    expect((await refusal({ deployment, alarms: 'api-5xx' })).input).toBe('bake-time');
    expect((await refusal({ deployment, 'bake-time': '5m' })).input).toBe('alarms');
    expect((await refusal({ deployment, alarms: 'a', 'bake-time': '-5m' })).input).toBe('bake-time');
    expect((await plan({ deployment, alarms: 'api-5xx, api-latency', 'bake-time': '10m' })).alarms).toEqual({
      names: ['api-5xx', 'api-latency'],
      bakeTimeMs: 600_000,
      atStart: 'ignore',
    });
  });
});

describe('rollback-command', () => {
  const command = 'alembic downgrade -1';
  const digest = rollbackCommandDigest(['sh', '-c', command]);
  const declared = { ...ecsRecord, current: { ...ecsRecord.current!, rollbackCommandDigest: digest } };

  it('is parsed for one ECS record or a manual ECS target', async () => {
    expect(
      (await plan({ deployment: encodeRecord(ecsRecord), 'rollback-command': command })).rollbackCommand,
    ).toEqual(['sh', '-c', command]);
    expect(
      (
        await plan({
          target: 'ecs',
          cluster: 'prod',
          service: 'api',
          'rollback-command': '["alembic","downgrade","-1"]',
        })
      ).rollbackCommand,
    ).toEqual(['alembic', 'downgrade', '-1']);
  });

  it('runs once: refused for several ECS records and for other targets', async () => {
    const other = { ...ecsRecord, resource: { cluster: 'prod', service: 'worker' } };
    const two = await refusal({ deployment: encodeRecord([ecsRecord, other]), 'rollback-command': command });
    expect(two.input).toBe('rollback-command');
    expect(two.message).toMatch(/holds 2 ECS records.*exactly one ECS service/s);
    const lambda = await refusal({ target: 'lambda', 'function-name': 'api', 'rollback-command': command });
    expect(lambda.message).toMatch(/target is lambda/);
    const broken = await refusal({ deployment: encodeRecord(ecsRecord), 'rollback-command': '["alembic",' });
    expect(broken.input).toBe('rollback-command');
  });

  it('must match the command the release was deployed with, when the record carries its digest', async () => {
    expect(
      (await plan({ deployment: encodeRecord(declared), 'rollback-command': command })).rollbackCommand,
    ).toHaveLength(3);
    const missing = await refusal({ deployment: encodeRecord(declared) });
    expect(missing.input).toBe('rollback-command');
    expect(missing.message).toContain(digest);
    expect(missing.message).toMatch(/migrated forward/);
    const other = await refusal({
      deployment: encodeRecord(declared),
      'rollback-command': 'alembic downgrade -2 --password=hunter2',
    });
    expect(other.message).toMatch(/its digest is sha256:/);
    // a command line may carry a secret: the error never quotes it
    expect(other.message).not.toContain('hunter2');
  });
});

// The release timeline in the job summary: one row per step, times from the start of the release.
import { describe, expect, it } from '@jest/globals';
import { Summary } from '../../../../shared/action/summary.js';
import { Timeline } from '../../../../actions/release/src/timeline.js';
import { stateLabel, statesLabel } from '../../../../actions/release/src/labels.js';
import {
  RECORD_SCHEMA,
  type EcsRecord,
  type EksRecord,
  type LambdaRecord,
} from '../../../../shared/record/record.js';

function fakeClock(start: number) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('Timeline', () => {
  it('renders deploy, smoke, bake and rollback with offsets, durations and from → to', () => {
    const clock = fakeClock(1_000_000);
    const timeline = new Timeline(1_000_000, clock.now);
    clock.advance(50);
    const deploy = timeline.begin('deploy');
    clock.advance(12_000);
    deploy('succeeded', { from: 'web:6 × 2', to: 'web:7 × 2' });
    const smoke = timeline.begin('smoke test');
    clock.advance(3_400);
    smoke('succeeded', { detail: '3/3 check(s) passed' });
    const bake = timeline.begin('bake');
    clock.advance(95_000);
    bake('alarm', { detail: 'alarm api-5xx entered ALARM: Threshold | Crossed' });
    const rollback = timeline.begin('rollback');
    clock.advance(20_000);
    rollback('restored', {
      from: 'web:7 × 2',
      to: 'web:6 × 2',
      detail: 'the previous state runs again (bake failed)',
    });

    const summary = new Summary();
    timeline.render(
      summary,
      'Release of `ecs:prod/api`',
      'failure',
      'Release failed: alarm api-5xx entered ALARM',
    );
    expect(
      summary
        .toMarkdown()
        .split('\n')
        .filter((line) => line.startsWith('|')),
    ).toEqual([
      '| step | result | at | took | from → to | detail |',
      '| --- | --- | --- | --- | --- | --- |',
      '| deploy | ✅ succeeded | +50ms | 12s | `web:6 × 2` → `web:7 × 2` |  |',
      '| smoke test | ✅ succeeded | +12s | 3.4s |  | 3/3 check(s) passed |',
      '| bake | 🚨 alarm | +15s | 1m35s |  | alarm api-5xx entered ALARM: Threshold \\| Crossed |',
      '| rollback | ↩️ restored | +1m50s | 20s | `web:7 × 2` → `web:6 × 2` | the previous state runs again (bake failed) |',
    ]);
    expect(summary.toMarkdown()).toContain('## Release of `ecs:prod/api`');
    expect(summary.toMarkdown()).toContain('❌ Release failed: alarm api-5xx entered ALARM');
    expect(summary.toMarkdown()).toContain('Total: 2m10s.');
    expect(timeline.last('bake')?.outcome).toBe('alarm');
  });

  it('shows a skipped step without duration', () => {
    const clock = fakeClock(0);
    const timeline = new Timeline(0, clock.now);
    clock.advance(2_000);
    timeline.skip('smoke test', 'no url or checks given');
    const summary = new Summary();
    timeline.render(summary, 'Release', 'success', 'Released');
    expect(summary.toMarkdown()).toContain(
      '| smoke test | ⏭️ skipped | +2.0s | – |  | no url or checks given |',
    );
  });
});

describe('stateLabel', () => {
  const base: Pick<EcsRecord, 'schema' | 'region' | 'status' | 'startedAt'> = {
    schema: RECORD_SCHEMA,
    region: 'eu-west-3',
    status: 'succeeded',
    startedAt: '2026-01-01T00:00:00Z',
  };
  it('names ECS revisions and desired counts', () => {
    const record: EcsRecord = {
      ...base,
      target: 'ecs',
      resource: { cluster: 'prod', service: 'api' },
      previous: {
        taskDefinitionArn: 'arn:aws:ecs:eu-west-3:123456789012:task-definition/api:6',
        desiredCount: 2,
      },
      current: null,
    };
    expect(stateLabel(record, 'previous')).toBe('api:6 × 2');
    expect(stateLabel(record, 'current')).toBeUndefined();
  });
  it('names Lambda versions with their image', () => {
    const record: LambdaRecord = {
      ...base,
      target: 'lambda',
      resource: { functionName: 'api', alias: 'live' },
      previous: {
        imageUri: '123456789012.dkr.ecr.eu-west-3.amazonaws.com/api@sha256:0123456789abcdef0123',
        version: '4',
      },
      current: {
        imageUri: '123456789012.dkr.ecr.eu-west-3.amazonaws.com/api@sha256:fedcba9876543210fedc',
        version: '5',
      },
    };
    expect(stateLabel(record, 'previous')).toBe('version 4 (api@sha256:0123456789ab)');
    expect(stateLabel(record, 'current')).toBe('version 5 (api@sha256:fedcba987654)');
  });
});

describe('statesLabel', () => {
  const eks = (deployment: string, from: number, to: number): EksRecord => ({
    schema: RECORD_SCHEMA,
    target: 'eks',
    region: 'eu-west-3',
    resource: { cluster: 'ode', namespace: 'ode', deployment },
    previous: { revision: from, images: { [deployment]: `repo/${deployment}:v${from}` } },
    current: { revision: to, images: { [deployment]: `repo/${deployment}:v${to}` } },
    status: 'succeeded',
    startedAt: '2026-01-01T00:00:00.000Z',
  });

  it('labels one EKS record by revision and images, several by Deployment', () => {
    expect(statesLabel([eks('api', 1, 2)], 'previous')).toBe('revision 1 (api:v1)');
    expect(statesLabel([eks('api', 1, 2), eks('worker', 3, 4)], 'current')).toBe(
      'api revision 2 (api:v2); worker revision 4 (worker:v4)',
    );
    expect(statesLabel([], 'current')).toBeUndefined();
  });
});

// The digest each deployed image resolved to is kept in the record next to the tag it was given.
import { describe, expect, it } from '@jest/globals';
import {
  RECORD_SCHEMA,
  decodeRecords,
  encodeRecord,
  type EcsRecord,
  type EksRecord,
  type LambdaRecord,
} from '../../../shared/record/index.js';
import { withImageDigests } from '../../../shared/record/image-digests.js';
import { previousDigest } from '../../../shared/record/breadcrumb.js';

const REPO = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web';
const DIGEST = `sha256:${'b'.repeat(64)}`;
const SIDECAR_DIGEST = `sha256:${'c'.repeat(64)}`;

const ecs: EcsRecord = {
  schema: RECORD_SCHEMA,
  id: '0f8c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  target: 'ecs',
  region: 'us-east-1',
  resource: { cluster: 'prod', service: 'web' },
  previous: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:6',
    desiredCount: 2,
    images: { web: `${REPO}:v1`, envoy: 'public.ecr.aws/envoy:1' },
  },
  current: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
    desiredCount: 2,
    images: { web: `${REPO}:v2`, envoy: 'public.ecr.aws/envoy:1' },
  },
  status: 'succeeded',
  startedAt: '2026-01-02T03:04:05.000Z',
};

const eks: EksRecord = {
  schema: RECORD_SCHEMA,
  id: '1f8c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  target: 'eks',
  region: 'us-east-1',
  resource: { cluster: 'prod', namespace: 'shop', deployment: 'web' },
  previous: { revision: 3, images: { web: `${REPO}:v1` } },
  current: { revision: 4, images: { web: `${REPO}:v2`, sidecar: `${REPO}-sidecar:v2` } },
  status: 'succeeded',
  startedAt: '2026-01-02T03:04:05.000Z',
};

const digests = new Map([
  [`${REPO}:v2`, DIGEST],
  [`${REPO}-sidecar:v2`, SIDECAR_DIGEST],
]);

describe('image digests in the record', () => {
  it('ECS: the current state holds the digest of each image the deploy checked, beside its tag', () => {
    const pinned = withImageDigests(ecs, digests);
    expect(pinned.current).toEqual({ ...ecs.current, imageDigests: { web: DIGEST } });
    // previous is what the breadcrumb anchors: it stays exactly as the deploy read it
    expect(pinned.previous).toBe(ecs.previous);
    expect(previousDigest({ ...pinned, id: pinned.id! })).toBe(previousDigest({ ...ecs, id: ecs.id! }));
    expect(decodeRecords(encodeRecord(pinned))).toEqual([pinned]);
  });

  it('EKS: every container of the new template whose image was checked', () => {
    const pinned = withImageDigests(eks, digests);
    expect(pinned.current?.imageDigests).toEqual({ web: DIGEST, sidecar: SIDECAR_DIGEST });
    expect(decodeRecords(encodeRecord(pinned))).toEqual([pinned]);
  });

  it('leaves a record alone when nothing resolved, nothing changed, or the target pins by itself', () => {
    expect(withImageDigests(ecs, new Map())).toEqual(ecs);
    const unchanged = { ...ecs, current: null };
    expect(withImageDigests(unchanged, digests)).toEqual(unchanged);
    const lambda: LambdaRecord = {
      schema: RECORD_SCHEMA,
      target: 'lambda',
      region: 'us-east-1',
      resource: { functionName: 'api' },
      previous: { imageUri: `${REPO}@${DIGEST}` },
      current: { imageUri: `${REPO}@${DIGEST}` },
      status: 'succeeded',
      startedAt: '2026-01-02T03:04:05.000Z',
    };
    expect(withImageDigests(lambda, digests)).toBe(lambda);
  });

  it('records written before the digests were kept still decode', () => {
    expect(decodeRecords(encodeRecord([ecs, eks]))).toEqual([ecs, eks]);
  });

  it.each([
    ['current.imageDigests.web', { web: 'sha256:short' }],
    ['current.imageDigests.web', { web: `${REPO}:v2` }],
    ['current.imageDigests key', { 'web; id': DIGEST }],
  ])('refuses a hostile %s', (path, imageDigests) => {
    const record = { ...ecs, current: { ...ecs.current!, imageDigests } };
    expect(() => decodeRecords(JSON.stringify(record))).toThrow(`deployment.${path}`);
  });
});

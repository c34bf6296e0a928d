// The test double's patch semantics must match the API server's, or kubectl and our client
// would pass against it and fail against a cluster.
import { describe, expect, it } from '@jest/globals';
import {
  jsonPatch,
  mergePatch,
  PatchError,
  strategicMergePatch,
} from '../../../support/kube-double/patch.js';

const deployment = {
  metadata: { name: 'api', annotations: { a: '1', b: '2' } },
  spec: {
    template: {
      spec: {
        containers: [
          { name: 'api', image: 'api:v1', env: [{ name: 'A', value: '1' }] },
          { name: 'sidecar', image: 'envoy:1' },
        ],
      },
    },
  },
};

describe('strategic merge patch', () => {
  it('merges containers by name, as kubectl set image sends it', () => {
    const patched = strategicMergePatch(deployment, {
      spec: {
        template: {
          spec: {
            '$setElementOrder/containers': [{ name: 'api' }, { name: 'sidecar' }],
            containers: [{ name: 'api', image: 'api:v2' }],
          },
        },
      },
    }) as typeof deployment;
    expect(patched.spec.template.spec.containers).toEqual([
      { name: 'api', image: 'api:v2', env: [{ name: 'A', value: '1' }] },
      { name: 'sidecar', image: 'envoy:1' },
    ]);
  });

  it('deletes list items and keys with $patch: delete and null', () => {
    const patched = strategicMergePatch(deployment, {
      metadata: { annotations: { a: null } },
      spec: { template: { spec: { containers: [{ name: 'sidecar', $patch: 'delete' }] } } },
    }) as typeof deployment;
    expect(patched.metadata.annotations).toEqual({ b: '2' });
    expect(patched.spec.template.spec.containers.map((c) => c.name)).toEqual(['api']);
  });
});

describe('JSON merge patch', () => {
  it('replaces lists whole and deletes keys set to null', () => {
    const patched = mergePatch(deployment, {
      metadata: { annotations: { b: null } },
      spec: { template: { spec: { containers: [{ name: 'x', image: 'x:1' }] } } },
    }) as typeof deployment;
    expect(patched.metadata.annotations).toEqual({ a: '1' });
    expect(patched.spec.template.spec.containers).toEqual([{ name: 'x', image: 'x:1' }]);
  });
});

describe('JSON patch', () => {
  it('replaces the template exactly, as kubectl rollout undo sends it', () => {
    const template = { spec: { containers: [{ name: 'api', image: 'api:v0' }] } };
    const patched = jsonPatch(deployment, [
      { op: 'test', path: '/metadata/name', value: 'api' },
      { op: 'replace', path: '/spec/template', value: template },
      { op: 'add', path: '/metadata/annotations/kubernetes.io~1change-cause', value: 'undo' },
    ]) as typeof deployment;
    expect(patched.spec.template).toEqual(template);
    expect(patched.metadata.annotations).toEqual({ a: '1', b: '2', 'kubernetes.io/change-cause': 'undo' });
  });

  it('fails a test operation that does not hold, and a replace of a missing path', () => {
    expect(() => jsonPatch(deployment, [{ op: 'test', path: '/metadata/name', value: 'web' }])).toThrow(
      PatchError,
    );
    expect(() => jsonPatch(deployment, [{ op: 'replace', path: '/metadata/labels', value: {} }])).toThrow(
      PatchError,
    );
  });
});

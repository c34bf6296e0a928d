// The double's server-side apply follows the documented merge and ownership rules.
import { describe, expect, it } from '@jest/globals';
import { recordUpdate, serverSideApply } from '../../../support/kube-double/apply.js';

const options = { manager: 'ci', force: false, apiVersion: 'v1', time: '2026-01-01T00:00:00Z' };
const configMap = (data: Record<string, string>, labels?: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'c', ...(labels ? { labels } : {}) },
  data,
});

describe('the double server-side apply', () => {
  it('records the applied fields, removes the ones the manager dropped, keeps what others own', () => {
    const created = serverSideApply(undefined, configMap({ a: '1', b: '2' }, { app: 'x' }), options);
    expect(created['metadata']).toMatchObject({
      managedFields: [
        {
          manager: 'ci',
          operation: 'Apply',
          fieldsV1: { 'f:data': { 'f:a': {}, 'f:b': {} }, 'f:metadata': { 'f:labels': { 'f:app': {} } } },
        },
      ],
    });
    const edited = structuredClone(created);
    (edited['data'] as Record<string, string>)['c'] = '3';
    recordUpdate(created, edited, { manager: 'kubectl-edit', apiVersion: 'v1', time: options.time });
    const reapplied = serverSideApply(edited, configMap({ a: '1' }), options);
    expect(reapplied['data']).toEqual({ a: '1', c: '3' });
    expect(Object.keys((reapplied['metadata'] as { labels?: object }).labels ?? {})).toEqual([]);
  });

  it('a changed field of another manager is a conflict unless forced; an equal value is shared', () => {
    const created = serverSideApply(undefined, configMap({ a: '1' }), options);
    const edited = structuredClone(created);
    (edited['data'] as Record<string, string>)['a'] = '2';
    recordUpdate(created, edited, { manager: 'kubectl-edit', apiVersion: 'v1', time: options.time });
    expect(() => serverSideApply(edited, configMap({ a: '1' }), options)).toThrow(
      'Apply failed with 1 conflict: conflict with "kubectl-edit" using v1: .data.a',
    );
    expect(serverSideApply(edited, configMap({ a: '2' }), options)['data']).toEqual({ a: '2' });
    const forced = serverSideApply(edited, configMap({ a: '1' }), { ...options, force: true });
    expect(forced['data']).toEqual({ a: '1' });
    expect(
      (forced['metadata'] as { managedFields: Array<{ manager: string }> }).managedFields.map(
        (e) => e.manager,
      ),
    ).toEqual(['ci']);
  });

  it('merges lists with a merge key item by item and names the item in a conflict', () => {
    const deployment = (image: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'd' },
      spec: { template: { spec: { containers: [{ name: 'api', image }] } } },
    });
    const created = serverSideApply(undefined, deployment('a:1'), { ...options, apiVersion: 'apps/v1' });
    const withSidecar = structuredClone(created) as ReturnType<typeof deployment>;
    withSidecar.spec.template.spec.containers.push({ name: 'proxy', image: 'envoy' });
    withSidecar.spec.template.spec.containers[0]!.image = 'a:2';
    recordUpdate(created, withSidecar, { manager: 'kubectl-set', apiVersion: 'apps/v1', time: options.time });
    expect(() =>
      serverSideApply(withSidecar, deployment('a:1'), { ...options, apiVersion: 'apps/v1' }),
    ).toThrow('.spec.template.spec.containers[name="api"].image');
    const forced = serverSideApply(withSidecar, deployment('a:3'), {
      ...options,
      apiVersion: 'apps/v1',
      force: true,
    });
    expect((forced as ReturnType<typeof deployment>).spec.template.spec.containers).toEqual([
      { name: 'api', image: 'a:3' },
      { name: 'proxy', image: 'envoy' },
    ]);
  });
});

// The manifests and secret-data inputs, read and checked before any call to the cluster.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifests } from '../../../../shared/kube/manifests.js';
import { parseSecretData } from '../../../../shared/kube/secret.js';

let root: string;
let workspace: string;

const write = (path: string, text: string): void => {
  mkdirSync(join(workspace, path, '..'), { recursive: true });
  writeFileSync(join(workspace, path), text);
};
const read = (...paths: string[]) => readManifests(paths, 'ode', workspace);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'manifests-'));
  workspace = join(root, 'workspace');
  mkdirSync(workspace);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('readManifests', () => {
  it('reads a directory in name order, every document, with API paths and the default namespace', () => {
    write('k8s/01-api.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ode-api\n');
    write(
      'k8s/00-common.yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ode\n---\n# nothing\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: other\n',
    );
    write('k8s/README.md', 'not a manifest');
    expect(read('k8s').map(({ source, path }) => [source, path])).toEqual([
      ['k8s/00-common.yaml#1', '/api/v1/namespaces/ode'],
      ['k8s/00-common.yaml#3', '/api/v1/namespaces/other/configmaps/c'],
      ['k8s/01-api.yaml#1', '/apis/apps/v1/namespaces/ode/deployments/ode-api'],
    ]);
    expect(read('k8s/01-api.yaml')[0]?.body['metadata']).toEqual({ name: 'ode-api', namespace: 'ode' });
  });

  it('refuses paths outside the workspace, also through a symbolic link', () => {
    writeFileSync(join(root, 'outside.yaml'), 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: x\n');
    symlinkSync(join(root, 'outside.yaml'), join(workspace, 'link.yaml'));
    for (const path of ['../outside.yaml', join(root, 'outside.yaml'), 'link.yaml'])
      expect(() => read(path)).toThrow(`(it is outside the workspace)`);
    expect(() => read('missing')).toThrow(
      `Input 'manifests' has an invalid value "missing" (no such file or directory)`,
    );
  });

  it.each([
    ['bad YAML', 'kind: [', 'not valid YAML in document 1 at line 1'],
    ['no kind', 'apiVersion: v1\nmetadata:\n  name: x\n', 'document 1 has no apiVersion or kind'],
    ['a List', 'apiVersion: v1\nkind: List\nitems: []\n', 'give its items as separate documents'],
    [
      'an unknown kind',
      'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n',
      'example.com/v1 Widget is not a kind',
    ],
    [
      'a bad name',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n',
      'has no valid metadata.name',
    ],
    ['a scalar', '42\n', 'document 1 is not a Kubernetes object'],
    ['nothing', '# empty\n', 'the file holds no Kubernetes object'],
  ])('names the file for %s', (_, text, detail) => {
    write('bad.yaml', text);
    expect(() => read('bad.yaml')).toThrow(`Input 'manifests' has an invalid value "bad.yaml" (`);
    expect(() => read('bad.yaml')).toThrow(detail);
  });

  it('refuses an object defined twice', () => {
    write('a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
    write('b.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: ode\n');
    expect(() => read('a.yaml', 'b.yaml')).toThrow('ConfigMap c is also defined in a.yaml#1');
  });
});

describe('parseSecretData', () => {
  it('reads KEY=value lines; values may hold =', () => {
    expect(
      parseSecretData('# endpoints\ndatabase-url=postgres://u:p@h/db?x=1\n\nredis.url = r:6379\n'),
    ).toEqual({
      'database-url': 'postgres://u:p@h/db?x=1',
      'redis.url': 'r:6379',
    });
  });

  it('names the line, never its text', () => {
    let message = '';
    try {
      parseSecretData('a=1\nS3cr3t-without-key');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`Input 'secret-data' has an invalid value "line 2" (no = in the line`);
    expect(message).not.toContain('S3cr3t');
    expect(() => parseSecretData('bad key=1')).toThrow('the key is not a valid Secret key');
    expect(() => parseSecretData('a=1\na=2')).toThrow('the key is given twice');
  });
});

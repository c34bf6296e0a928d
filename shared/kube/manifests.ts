// The `manifests` input of eks-rolling-update: files or directories of YAML inside the workspace,
// read and checked in full before the first call to the cluster. Each document becomes an object
// with the API path server-side apply sends it to.
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { InputError } from '../action/errors.js';
import { workspaceRoot } from '../action/paths.js';

export const MANIFESTS_ACCEPTED =
  'paths of YAML manifests or of directories holding them (*.yaml, *.yml, *.json), inside the workspace';

interface KindInfo {
  plural: string;
  namespaced: boolean;
}

/** The kinds a workload's manifests use, by apiVersion then kind. */
const KINDS: Record<string, Record<string, KindInfo>> = {
  v1: {
    Namespace: { plural: 'namespaces', namespaced: false },
    ConfigMap: { plural: 'configmaps', namespaced: true },
    Secret: { plural: 'secrets', namespaced: true },
    Service: { plural: 'services', namespaced: true },
    ServiceAccount: { plural: 'serviceaccounts', namespaced: true },
    PersistentVolumeClaim: { plural: 'persistentvolumeclaims', namespaced: true },
  },
  'apps/v1': {
    Deployment: { plural: 'deployments', namespaced: true },
    StatefulSet: { plural: 'statefulsets', namespaced: true },
    DaemonSet: { plural: 'daemonsets', namespaced: true },
  },
  'batch/v1': {
    Job: { plural: 'jobs', namespaced: true },
    CronJob: { plural: 'cronjobs', namespaced: true },
  },
  'networking.k8s.io/v1': {
    Ingress: { plural: 'ingresses', namespaced: true },
    NetworkPolicy: { plural: 'networkpolicies', namespaced: true },
  },
  'autoscaling/v2': { HorizontalPodAutoscaler: { plural: 'horizontalpodautoscalers', namespaced: true } },
  'autoscaling/v1': { HorizontalPodAutoscaler: { plural: 'horizontalpodautoscalers', namespaced: true } },
  'policy/v1': { PodDisruptionBudget: { plural: 'poddisruptionbudgets', namespaced: true } },
  'rbac.authorization.k8s.io/v1': {
    Role: { plural: 'roles', namespaced: true },
    RoleBinding: { plural: 'rolebindings', namespaced: true },
    ClusterRole: { plural: 'clusterroles', namespaced: false },
    ClusterRoleBinding: { plural: 'clusterrolebindings', namespaced: false },
  },
};

const OBJECT_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const MANIFEST_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

export interface ManifestObject {
  /** Workspace-relative file and 1-based document index, for messages. */
  source: string;
  kind: string;
  name: string;
  /** Set for namespaced kinds: the document's own, else the `namespace` input. */
  namespace?: string;
  /** API path of the object: where server-side apply PATCHes it. */
  path: string;
  /** The document as written, with the namespace filled in. */
  body: Record<string, unknown>;
}

/** Every object of every manifest, in the order given (files of a directory sorted by name). */
export function readManifests(
  paths: string[],
  defaultNamespace: string,
  workspace = workspaceRoot(),
): ManifestObject[] {
  const root = realpathSync(workspace);
  const objects: ManifestObject[] = [];
  for (const path of paths)
    for (const file of manifestFiles(path, root))
      objects.push(...parseManifestFile(file, relative(root, file), defaultNamespace));
  const seen = new Map<string, string>();
  for (const object of objects) {
    const key = object.path;
    const first = seen.get(key);
    if (first)
      throw new InputError(
        'manifests',
        object.source,
        MANIFESTS_ACCEPTED,
        `${object.kind} ${object.name} is also defined in ${first}`,
      );
    seen.set(key, object.source);
  }
  return objects;
}

function manifestFiles(path: string, root: string): string[] {
  const full = isAbsolute(path) ? path : resolve(root, path);
  let real: string;
  try {
    real = realpathSync(full);
  } catch {
    throw new InputError('manifests', path, MANIFESTS_ACCEPTED, 'no such file or directory');
  }
  if (real !== root && !real.startsWith(root + sep))
    throw new InputError('manifests', path, MANIFESTS_ACCEPTED, 'it is outside the workspace');
  if (!statSync(real).isDirectory()) return [real];
  const files = readdirSync(real)
    .filter((name) => MANIFEST_EXTENSIONS.has(extname(name)))
    .sort()
    .map((name) => join(real, name))
    .filter((file) => statSync(file).isFile());
  if (files.length === 0)
    throw new InputError(
      'manifests',
      path,
      MANIFESTS_ACCEPTED,
      'the directory holds no *.yaml, *.yml or *.json',
    );
  for (const file of files) {
    const target = realpathSync(file);
    if (!target.startsWith(root + sep))
      throw new InputError(
        'manifests',
        relative(root, file),
        MANIFESTS_ACCEPTED,
        'it is outside the workspace',
      );
  }
  return files;
}

function parseManifestFile(file: string, source: string, defaultNamespace: string): ManifestObject[] {
  const bad = (detail: string): InputError => new InputError('manifests', source, MANIFESTS_ACCEPTED, detail);
  const text = readFileSync(file, 'utf8');
  const objects: ManifestObject[] = [];
  for (const [index, document] of parseAllDocuments(text).entries()) {
    const where = `document ${index + 1}`;
    const problem = document.errors[0];
    if (problem) {
      const line = problem.linePos?.[0]?.line;
      throw bad(
        `not valid YAML in ${where}${line ? ` at line ${line}` : ''}: ${problem.message.split('\n')[0] ?? ''}`,
      );
    }
    const value: unknown = document.toJS();
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value))
      throw bad(`${where} is not a Kubernetes object (a mapping with apiVersion, kind and metadata)`);
    objects.push(
      toObject(value as Record<string, unknown>, `${source}#${index + 1}`, where, defaultNamespace, bad),
    );
  }
  if (objects.length === 0) throw bad('the file holds no Kubernetes object');
  return objects;
}

function toObject(
  body: Record<string, unknown>,
  source: string,
  where: string,
  defaultNamespace: string,
  bad: (detail: string) => InputError,
): ManifestObject {
  const { apiVersion, kind } = body;
  const metadata = body['metadata'] as Record<string, unknown> | undefined;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string')
    throw bad(`${where} has no apiVersion or kind`);
  if (kind.endsWith('List')) throw bad(`${where} is a ${kind}: give its items as separate documents`);
  const info = KINDS[apiVersion]?.[kind];
  if (!info)
    throw bad(
      `${where}: ${apiVersion} ${kind} is not a kind this action applies (${Object.entries(KINDS)
        .flatMap(([version, kinds]) => Object.keys(kinds).map((k) => `${version} ${k}`))
        .join(', ')})`,
    );
  const name = metadata?.['name'];
  if (typeof name !== 'string' || !OBJECT_NAME.test(name))
    throw bad(`${where}: ${kind} has no valid metadata.name (lower-case letters, digits, - and .)`);
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  const base = group ? `/apis/${group}/${version ?? ''}` : `/api/${version ?? ''}`;
  if (!info.namespaced)
    return { source, kind, name, path: `${base}/${info.plural}/${encodeURIComponent(name)}`, body };
  const own = metadata?.['namespace'];
  if (own !== undefined && (typeof own !== 'string' || !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(own)))
    throw bad(`${where}: ${kind} ${name} has an invalid metadata.namespace`);
  const namespace = typeof own === 'string' ? own : defaultNamespace;
  return {
    source,
    kind,
    name,
    namespace,
    path: `${base}/namespaces/${namespace}/${info.plural}/${encodeURIComponent(name)}`,
    body: { ...body, metadata: { ...metadata, namespace } },
  };
}

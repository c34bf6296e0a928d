// The Kubernetes API double over HTTPS on 127.0.0.1: discovery, apps/v1 Deployments and
// ReplicaSets, core/v1 Pods and Events, the three patch types, watches, server-side tables
// for `kubectl get`, and bearer-token authentication that can be told to refuse. Server-side
// apply (apply.ts) for Deployments and for Namespaces, ConfigMaps, Secrets, Services, Ingresses
// and HorizontalPodAutoscalers, which are stored as written (no ingress controller, no
// autoscaler); a Secret's stringData becomes base64 data on every write, as the API server does.
// Not reproduced: OpenAPI documents (kubectl needs --validate=false), admission, RBAC.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { FakeCluster, isPodReady, type Kind, type WatchEvent } from './cluster.js';
import { makeCertificates, type Certificates } from './certs.js';
import { jsonPatch, mergePatch, PatchError, strategicMergePatch, isObject, clone } from './patch.js';
import { parse as parseYaml } from 'yaml';
import { ApplyConflict, recordUpdate, serverSideApply } from './apply.js';
import type { Deployment, Pod, ReplicaSet, KubeEvent, ObjectMeta } from '../../../shared/kube/types.js';
import { TOKEN_PREFIX, decodeEksToken } from '../../../shared/kube/eks-token.js';

export type AuthMode =
  /** Accept EKS tokens (`k8s-aws-v1.` + a presigned STS URL that signs x-k8s-aws-id). */
  | { kind: 'eks-token' }
  | { kind: 'bearer'; token: string }
  /** Refuse every request: 401 (no access entry / aws-auth mapping) or 403 (mapped, no RBAC). */
  | { kind: 'reject'; status: 401 | 403; user?: string };

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string;
  accept: string;
  authorization: string;
  status: number;
}

export interface KubeDoubleOptions {
  auth?: AuthMode;
  /** Tick the controllers on a real timer every this many ms (the simulated step stays `stepSeconds`). */
  tickIntervalMs?: number;
  stepSeconds?: number;
}

export interface KubeDouble {
  url: string;
  port: number;
  certificates: Certificates;
  cluster: FakeCluster;
  requests: RecordedRequest[];
  /** Requests that change something (PATCH, PUT, POST, DELETE). */
  mutations(): RecordedRequest[];
  setAuth(mode: AuthMode): void;
  /** A kubeconfig (YAML) that points at the double with the given token. */
  kubeconfig(options?: { token?: string; namespace?: string }): string;
  close(): Promise<void>;
}

const RESOURCES: Record<
  Kind,
  { group: string; version: string; kind: string; singular: string; shortNames: string[] }
> = {
  deployments: {
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    singular: 'deployment',
    shortNames: ['deploy'],
  },
  replicasets: {
    group: 'apps',
    version: 'v1',
    kind: 'ReplicaSet',
    singular: 'replicaset',
    shortNames: ['rs'],
  },
  pods: { group: '', version: 'v1', kind: 'Pod', singular: 'pod', shortNames: ['po'] },
  events: { group: '', version: 'v1', kind: 'Event', singular: 'event', shortNames: ['ev'] },
  namespaces: { group: '', version: 'v1', kind: 'Namespace', singular: 'namespace', shortNames: ['ns'] },
  configmaps: { group: '', version: 'v1', kind: 'ConfigMap', singular: 'configmap', shortNames: ['cm'] },
  secrets: { group: '', version: 'v1', kind: 'Secret', singular: 'secret', shortNames: [] },
  services: { group: '', version: 'v1', kind: 'Service', singular: 'service', shortNames: ['svc'] },
  ingresses: {
    group: 'networking.k8s.io',
    version: 'v1',
    kind: 'Ingress',
    singular: 'ingress',
    shortNames: ['ing'],
  },
  horizontalpodautoscalers: {
    group: 'autoscaling',
    version: 'v2',
    kind: 'HorizontalPodAutoscaler',
    singular: 'horizontalpodautoscaler',
    shortNames: ['hpa'],
  },
};
/**
 * Kinds the double stores as written, with server-side apply and patches but no controller: no
 * ingress controller gives an Ingress an address, no autoscaler scales a Deployment.
 */
const PLAIN_KINDS: ReadonlySet<Kind> = new Set([
  'namespaces',
  'configmaps',
  'secrets',
  'services',
  'ingresses',
  'horizontalpodautoscalers',
]);
/** The API groups served besides core/v1, with their one version. */
const GROUPS = [...new Set(Object.values(RESOURCES).map((resource) => resource.group))]
  .filter((group) => group !== '')
  .map((group) => ({
    name: group,
    version: Object.values(RESOURCES).find((resource) => resource.group === group)?.version ?? 'v1',
  }));
const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startKubeDouble(options: KubeDoubleOptions = {}): Promise<KubeDouble> {
  const certificates = makeCertificates();
  const cluster = new FakeCluster();
  cluster.setMaxListeners(0);
  if (options.stepSeconds) cluster.stepSeconds = options.stepSeconds;
  let auth: AuthMode = options.auth ?? { kind: 'eks-token' };
  const requests: RecordedRequest[] = [];
  const openWatches = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer(
    { cert: certificates.certPem, key: certificates.keyPem },
    (req, res) => {
      void handle(req, res);
    },
  );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    const query = Object.fromEntries(url.searchParams.entries());
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query,
      contentType: req.headers['content-type'] ?? '',
      accept: req.headers['accept'] ?? '',
      authorization: req.headers['authorization'] ?? '',
      status: 0,
    };
    requests.push(record);
    const body = await readBody(req);
    try {
      authenticate(record.authorization, record);
      if (query['watch'] === 'true' || query['watch'] === '1') {
        record.status = 200;
        startWatch(url.pathname, query, res);
        return;
      }
      const { status, payload } = route(record.method, url.pathname, query, body, record);
      record.status = status;
      send(res, status, payload);
    } catch (error) {
      const failure =
        error instanceof HttpError
          ? error
          : error instanceof PatchError
            ? new HttpError(422, 'Invalid', error.message)
            : new HttpError(500, 'InternalError', String(error));
      record.status = failure.code;
      send(res, failure.code, {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: failure.message,
        reason: failure.reason,
        code: failure.code,
      });
    }
  }

  function authenticate(header: string, record: RecordedRequest): void {
    const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
    if (auth.kind === 'reject') {
      if (auth.status === 401) throw new HttpError(401, 'Unauthorized', 'Unauthorized');
      const user = auth.user ?? 'arn:aws:sts::123456789012:assumed-role/ci/session';
      throw new HttpError(
        403,
        'Forbidden',
        `${describeTarget(record)} is forbidden: User "${user}" cannot ${verbOf(record)} resource "${resourceOf(record.path)}" in API group "${groupOf(record.path)}" in the namespace "${namespaceOf(record.path)}"`,
      );
    }
    if (auth.kind === 'bearer') {
      if (token !== auth.token) throw new HttpError(401, 'Unauthorized', 'Unauthorized');
      return;
    }
    if (!token.startsWith(TOKEN_PREFIX)) throw new HttpError(401, 'Unauthorized', 'Unauthorized');
    try {
      const presigned = decodeEksToken(token);
      const signedHeaders = presigned.searchParams.get('X-Amz-SignedHeaders') ?? '';
      if (
        presigned.searchParams.get('Action') !== 'GetCallerIdentity' ||
        !signedHeaders.split(';').includes('x-k8s-aws-id')
      )
        throw new Error('not a cluster-bound GetCallerIdentity URL');
    } catch {
      throw new HttpError(401, 'Unauthorized', 'Unauthorized');
    }
  }

  function route(
    method: string,
    path: string,
    query: Record<string, string>,
    body: string,
    record: RecordedRequest,
  ): { status: number; payload: unknown } {
    if (method === 'GET') {
      const discovery = discoveryDocument(path);
      if (discovery) return { status: 200, payload: discovery };
    }
    const target = parseResourcePath(path);
    if (!target) throw new HttpError(404, 'NotFound', 'the server could not find the requested resource');
    const { kind, namespace, name, subresource } = target;
    if (method === 'GET' && name === undefined) {
      const items = filterList(cluster.list(kind, namespace), query);
      if (wantsTable(record.accept)) return { status: 200, payload: toTable(kind, items) };
      return {
        status: 200,
        payload: {
          kind: `${RESOURCES[kind].kind}List`,
          apiVersion: apiVersionOf(kind),
          metadata: { resourceVersion: cluster.currentVersion() },
          items: items.map((item) => withTypeMeta(kind, item)),
        },
      };
    }
    if (method === 'PATCH' && name !== undefined && contentTypeOf(record) === 'application/apply-patch+yaml')
      return applyRoute(kind, namespace, name, query, body);
    if (kind === 'namespaces' && name !== undefined && method === 'GET') {
      const found = cluster.get('namespaces', '', name);
      if (!found) throw new HttpError(404, 'NotFound', `namespaces "${name}" not found`);
      return { status: 200, payload: withTypeMeta(kind, found) };
    }
    if (name === undefined || namespace === undefined)
      throw new HttpError(405, 'MethodNotAllowed', `${method} is not supported on this collection`);
    const existing = cluster.get<Deployment>(kind, namespace, name);
    if (!existing) throw new HttpError(404, 'NotFound', `${qualified(kind)} "${name}" not found`);
    if (method === 'GET') {
      if (wantsTable(record.accept)) return { status: 200, payload: toTable(kind, [existing]) };
      return { status: 200, payload: withTypeMeta(kind, existing) };
    }
    if (kind === 'secrets' && method === 'PATCH' && subresource === undefined)
      return patchPlain(kind, existing as unknown as PlainObject, body, record, query);
    if (kind !== 'deployments' || subresource !== undefined)
      throw new HttpError(
        405,
        'MethodNotAllowed',
        `the double only changes Deployments and Secrets (${method} ${path})`,
      );
    let next: unknown;
    const document = safeParse(body);
    if (method === 'PATCH') {
      const type = record.contentType.split(';')[0]?.trim();
      if (type === 'application/strategic-merge-patch+json') next = strategicMergePatch(existing, document);
      else if (type === 'application/merge-patch+json') next = mergePatch(existing, document);
      else if (type === 'application/json-patch+json') next = jsonPatch(existing, document);
      else
        throw new HttpError(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`,
        );
    } else if (method === 'PUT') {
      next = document;
    } else throw new HttpError(405, 'MethodNotAllowed', `${method} is not supported`);
    if (!isObject(next)) throw new HttpError(422, 'Invalid', 'the patched object is not an object');
    const updated = next as unknown as Deployment;
    if (
      method === 'PUT' &&
      updated.metadata?.resourceVersion &&
      updated.metadata.resourceVersion !== existing.metadata.resourceVersion
    )
      throw new HttpError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on deployments.apps "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    validateDeployment(updated, existing);
    normalizeTemplate(updated);
    const specChanged = JSON.stringify(updated.spec) !== JSON.stringify(existing.spec);
    const result: Deployment = {
      ...updated,
      metadata: {
        ...updated.metadata,
        name: existing.metadata.name,
        namespace,
        uid: existing.metadata.uid ?? '',
        generation: (existing.metadata.generation ?? 1) + (specChanged ? 1 : 0),
      },
      status: clone(existing.status ?? {}),
    };
    delete (result as { apiVersion?: string }).apiVersion;
    delete (result as { kind?: string }).kind;
    if (query['dryRun'] === 'All') return { status: 200, payload: withTypeMeta(kind, result) };
    recordUpdate(existing as unknown as JsonObject, result as unknown as JsonObject, {
      manager: query['fieldManager'] ?? 'unknown',
      apiVersion: apiVersionOf(kind),
      time: cluster.isoNow(),
    });
    const stored = cluster.put('deployments', result);
    return { status: 200, payload: withTypeMeta(kind, stored) };
  }

  /** Server-side apply: see apply.ts for what it reproduces. */
  function applyRoute(
    kind: Kind,
    namespace: string | undefined,
    name: string,
    query: Record<string, string>,
    body: string,
  ): { status: number; payload: unknown } {
    if (kind !== 'deployments' && !PLAIN_KINDS.has(kind))
      throw new HttpError(405, 'MethodNotAllowed', `the double does not apply ${kind}`);
    const manager = query['fieldManager'] ?? '';
    if (!manager)
      throw new HttpError(
        422,
        'Invalid',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
      );
    let applied: unknown;
    try {
      applied = parseYaml(body);
    } catch (error) {
      throw new HttpError(400, 'BadRequest', `error decoding YAML: ${String(error)}`);
    }
    if (!isObject(applied))
      throw new HttpError(400, 'BadRequest', 'the applied configuration is not an object');
    const apiVersion = apiVersionOf(kind);
    const metadata = (applied['metadata'] ?? {}) as JsonObject;
    if (applied['apiVersion'] !== apiVersion || applied['kind'] !== RESOURCES[kind].kind)
      throw new HttpError(
        400,
        'BadRequest',
        `the API version in the data (${String(applied['apiVersion'])}) does not match the expected API version (${apiVersion})`,
      );
    if (metadata['name'] !== name)
      throw new HttpError(400, 'BadRequest', 'the name of the object does not match the name on the URL');
    if (kind !== 'namespaces' && metadata['namespace'] !== undefined && metadata['namespace'] !== namespace)
      throw new HttpError(
        400,
        'BadRequest',
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    const scope = kind === 'namespaces' ? '' : (namespace ?? '');
    if (kind !== 'namespaces' && !namespaceExists(scope))
      throw new HttpError(404, 'NotFound', `namespaces "${scope}" not found`);
    const existing = cluster.get(kind, scope, name) as unknown as JsonObject | undefined;
    let merged: JsonObject;
    try {
      merged = serverSideApply(existing ? (withTypeMeta(kind, existing) as JsonObject) : undefined, applied, {
        manager,
        force: query['force'] === 'true',
        apiVersion,
        time: cluster.isoNow(),
      });
    } catch (error) {
      if (error instanceof ApplyConflict) throw new HttpError(409, 'Conflict', error.message);
      throw error;
    }
    delete merged['apiVersion'];
    delete merged['kind'];
    const mergedMeta = merged['metadata'] as JsonObject;
    if (kind === 'namespaces') delete mergedMeta['namespace'];
    else mergedMeta['namespace'] = scope;
    if (kind === 'deployments') {
      const next = merged as unknown as Deployment;
      const before = existing as unknown as Deployment | undefined;
      defaultDeployment(next);
      validateDeployment(next, next);
      normalizeTemplate(next);
      const specChanged = !before || JSON.stringify(next.spec) !== JSON.stringify(before.spec);
      next.metadata.generation = (before?.metadata.generation ?? 0) + (specChanged ? 1 : 0);
      next.status = clone(before?.status ?? {});
    } else
      defaultPlain(kind, merged as unknown as PlainObject, existing as unknown as PlainObject | undefined);
    if (existing && JSON.stringify(stripVolatile(merged)) === JSON.stringify(stripVolatile(existing)))
      return { status: 200, payload: withTypeMeta(kind, existing) };
    if (query['dryRun'] === 'All') return { status: 200, payload: withTypeMeta(kind, merged) };
    const stored = cluster.put(kind, merged as unknown as Deployment);
    return { status: existing ? 200 : 201, payload: withTypeMeta(kind, stored) };
  }

  /** Merge or strategic patch of a Secret: stringData becomes base64 data, as the API server does. */
  function patchPlain(
    kind: Kind,
    existing: PlainObject,
    body: string,
    record: RecordedRequest,
    query: Record<string, string>,
  ): { status: number; payload: unknown } {
    const type = contentTypeOf(record);
    const document = safeParse(body);
    let next: unknown;
    if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json')
      next = mergePatch(existing, document);
    else if (type === 'application/json-patch+json') next = jsonPatch(existing, document);
    else throw new HttpError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format`);
    if (!isObject(next)) throw new HttpError(422, 'Invalid', 'the patched object is not an object');
    const updated = next as unknown as PlainObject;
    updated.metadata = {
      ...updated.metadata,
      name: existing.metadata.name,
      namespace: existing.metadata.namespace ?? '',
    };
    defaultPlain(kind, updated, existing);
    recordUpdate(existing as unknown as JsonObject, updated as unknown as JsonObject, {
      manager: query['fieldManager'] ?? 'unknown',
      apiVersion: apiVersionOf(kind),
      time: cluster.isoNow(),
    });
    if (JSON.stringify(stripVolatile(updated)) === JSON.stringify(stripVolatile(existing)))
      return { status: 200, payload: withTypeMeta(kind, existing) };
    const stored = cluster.put(kind, updated as unknown as Deployment);
    return { status: 200, payload: withTypeMeta(kind, stored) };
  }

  /** Fixtures put objects in namespaces without Namespace objects: those count as existing. */
  function namespaceExists(namespace: string): boolean {
    if (['default', 'kube-system', 'kube-public'].includes(namespace)) return true;
    if (cluster.get('namespaces', '', namespace)) return true;
    return (Object.keys(RESOURCES) as Kind[]).some(
      (kind) => kind !== 'namespaces' && cluster.list(kind, namespace).length > 0,
    );
  }

  function startWatch(path: string, query: Record<string, string>, res: ServerResponse): void {
    const target = parseResourcePath(path);
    if (!target || target.name !== undefined) {
      send(res, 404, {
        kind: 'Status',
        status: 'Failure',
        code: 404,
        reason: 'NotFound',
        message: 'not found',
      });
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    res.flushHeaders();
    openWatches.add(res);
    const since = Number(query['resourceVersion'] ?? '0');
    const matches = (object: { metadata: ObjectMeta }): boolean =>
      (target.namespace === undefined || object.metadata.namespace === target.namespace) &&
      filterList([object as Deployment], query).length === 1;
    for (const object of cluster.list(target.kind, target.namespace))
      if (Number(object.metadata.resourceVersion) > since && matches(object))
        res.write(JSON.stringify({ type: 'MODIFIED', object: withTypeMeta(target.kind, object) }) + '\n');
    const onChange = (event: WatchEvent): void => {
      if (event.kind !== target.kind || !matches(event.object)) return;
      res.write(JSON.stringify({ type: event.type, object: withTypeMeta(target.kind, event.object) }) + '\n');
    };
    cluster.on('change', onChange);
    const seconds = Math.min(Number(query['timeoutSeconds'] ?? '30') || 30, 30);
    const timer = setTimeout(() => res.end(), seconds * 1000);
    const stop = (): void => {
      clearTimeout(timer);
      cluster.off('change', onChange);
      openWatches.delete(res);
    };
    res.on('close', stop);
    res.on('finish', stop);
  }

  function discoveryDocument(path: string): unknown {
    const trimmed = path.replace(/\/$/, '') || '/';
    if (trimmed === '/version')
      return {
        major: '1',
        minor: '29',
        gitVersion: 'v1.29.15-eks-double',
        gitCommit: 'double',
        gitTreeState: 'clean',
        buildDate: '2026-01-01T00:00:00Z',
        goVersion: 'go1.22',
        compiler: 'gc',
        platform: 'linux/amd64',
      };
    if (trimmed === '/api')
      return {
        kind: 'APIVersions',
        versions: ['v1'],
        serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `127.0.0.1:${port}` }],
      };
    if (trimmed === '/apis')
      return {
        kind: 'APIGroupList',
        apiVersion: 'v1',
        groups: GROUPS.map(({ name, version }) => ({
          name,
          versions: [{ groupVersion: `${name}/${version}`, version }],
          preferredVersion: { groupVersion: `${name}/${version}`, version },
        })),
      };
    const served = GROUPS.find(({ name, version }) => trimmed === `/apis/${name}/${version}`);
    if (trimmed === '/api/v1' || served) {
      const group = served?.name ?? '';
      return {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: served ? `${served.name}/${served.version}` : 'v1',
        resources: (Object.keys(RESOURCES) as Kind[])
          .filter((kind) => RESOURCES[kind].group === group)
          .flatMap((kind) => [
            {
              name: kind,
              singularName: RESOURCES[kind].singular,
              namespaced: kind !== 'namespaces',
              kind: RESOURCES[kind].kind,
              verbs: VERBS,
              shortNames: RESOURCES[kind].shortNames,
              ...(kind === 'events' || PLAIN_KINDS.has(kind) ? {} : { categories: ['all'] }),
            },
            {
              name: `${kind}/status`,
              singularName: '',
              namespaced: true,
              kind: RESOURCES[kind].kind,
              verbs: ['get', 'patch', 'update'],
            },
          ]),
      };
    }
    return undefined;
  }

  function kubeconfig(config: { token?: string; namespace?: string } = {}): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: double',
      '  cluster:',
      `    server: https://127.0.0.1:${port}`,
      `    certificate-authority-data: ${certificates.caData}`,
      'users:',
      '- name: ci',
      '  user:',
      `    token: ${config.token ?? 'k8s-aws-v1.aHR0cHM6Ly9zdHMudXMtZWFzdC0xLmFtYXpvbmF3cy5jb20vP0FjdGlvbj1HZXRDYWxsZXJJZGVudGl0eSZYLUFtei1TaWduZWRIZWFkZXJzPWhvc3QlM0J4LWs4cy1hd3MtaWQ'}`,
      'contexts:',
      '- name: double',
      '  context:',
      '    cluster: double',
      '    user: ci',
      `    namespace: ${config.namespace ?? 'default'}`,
      'current-context: double',
      '',
    ].join('\n');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const ticker = options.tickIntervalMs
    ? setInterval(() => cluster.tick(), options.tickIntervalMs)
    : undefined;

  return {
    url: `https://127.0.0.1:${port}`,
    port,
    certificates,
    cluster,
    requests,
    mutations: () => requests.filter((r) => ['PATCH', 'PUT', 'POST', 'DELETE'].includes(r.method)),
    setAuth: (mode) => {
      auth = mode;
    },
    kubeconfig,
    close: async () => {
      if (ticker) clearInterval(ticker);
      for (const res of openWatches) res.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(certificates.dir, { recursive: true, force: true });
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  const text = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function safeParse(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'BadRequest', 'the request body is not JSON');
  }
}

function parseResourcePath(
  path: string,
): { kind: Kind; namespace?: string; name?: string; subresource?: string } | undefined {
  const match =
    /^\/(?:api\/v1|apis\/([a-z0-9.]+)\/(v[0-9a-z]+))(?:\/namespaces\/([^/]+))?\/([a-z]+)(?:\/([^/]+))?(?:\/([a-z]+))?\/?$/.exec(
      path,
    );
  if (!match) return undefined;
  const kind = match[4] as Kind;
  if (!(kind in RESOURCES)) return undefined;
  if ((match[1] ?? '') !== RESOURCES[kind].group) return undefined;
  if (match[2] !== undefined && match[2] !== RESOURCES[kind].version) return undefined;
  const result: { kind: Kind; namespace?: string; name?: string; subresource?: string } = { kind };
  if (match[3] !== undefined) result.namespace = decodeURIComponent(match[3]);
  if (match[5] !== undefined) result.name = decodeURIComponent(match[5]);
  if (match[6] !== undefined) result.subresource = match[6];
  return result;
}

function apiVersionOf(kind: Kind): string {
  return RESOURCES[kind].group
    ? `${RESOURCES[kind].group}/${RESOURCES[kind].version}`
    : RESOURCES[kind].version;
}

function qualified(kind: Kind): string {
  return RESOURCES[kind].group ? `${kind}.${RESOURCES[kind].group}` : kind;
}

function withTypeMeta(kind: Kind, object: object): object {
  return { apiVersion: apiVersionOf(kind), kind: RESOURCES[kind].kind, ...clone(object) };
}

/** Label selectors (`a=b`, `a!=b`, `a in (x,y)`, `a`, `!a`) and the field selectors clients use. */
function filterList<T extends { metadata: ObjectMeta }>(items: T[], query: Record<string, string>): T[] {
  const labels = splitSelector(query['labelSelector'] ?? '');
  const fields = splitSelector(query['fieldSelector'] ?? '');
  return items.filter((item) => {
    const itemLabels = item.metadata.labels ?? {};
    const labelOk = labels.every((term) => matchTerm(term, (key) => itemLabels[key]));
    const fieldOk = fields.every((term) => matchTerm(term, (key) => fieldValue(item, key)));
    return labelOk && fieldOk;
  });
}

function splitSelector(selector: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else current += char;
  }
  if (current.trim()) terms.push(current.trim());
  return terms;
}

function matchTerm(term: string, value: (key: string) => string | undefined): boolean {
  const set = /^(\S+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term);
  if (set) {
    const values = (set[3] ?? '').split(',').map((v) => v.trim());
    const actual = value(set[1] ?? '');
    return set[2] === 'in'
      ? actual !== undefined && values.includes(actual)
      : actual === undefined || !values.includes(actual);
  }
  const inequality = /^([^!=]+)!=(.*)$/.exec(term);
  if (inequality) return value(inequality[1] ?? '') !== inequality[2];
  const equality = /^([^!=]+)==?(.*)$/.exec(term);
  if (equality) return value(equality[1] ?? '') === equality[2];
  if (term.startsWith('!')) return value(term.slice(1)) === undefined;
  return value(term) !== undefined;
}

function fieldValue(item: { metadata: ObjectMeta }, key: string): string | undefined {
  if (key === 'metadata.name') return item.metadata.name;
  if (key === 'metadata.namespace') return item.metadata.namespace;
  const involved = (item as unknown as KubeEvent).involvedObject;
  if (key.startsWith('involvedObject.') && involved)
    return (involved as Record<string, string | undefined>)[key.slice('involvedObject.'.length)];
  return undefined;
}

function wantsTable(accept: string): boolean {
  return /as=Table/.test(accept);
}

function age(object: { metadata: ObjectMeta }): string {
  return object.metadata.creationTimestamp ?? '';
}

function toTable(kind: Kind, items: Array<{ metadata: ObjectMeta }>): unknown {
  const columns: Record<Kind, Array<[string, string]>> = {
    deployments: [
      ['Name', 'string'],
      ['Ready', 'string'],
      ['Up-to-date', 'string'],
      ['Available', 'string'],
      ['Age', 'string'],
      ['Containers', 'string'],
      ['Images', 'string'],
    ],
    replicasets: [
      ['Name', 'string'],
      ['Desired', 'integer'],
      ['Current', 'integer'],
      ['Ready', 'integer'],
      ['Age', 'string'],
    ],
    pods: [
      ['Name', 'string'],
      ['Ready', 'string'],
      ['Status', 'string'],
      ['Restarts', 'string'],
      ['Age', 'string'],
    ],
    events: [
      ['Last Seen', 'string'],
      ['Type', 'string'],
      ['Reason', 'string'],
      ['Object', 'string'],
      ['Message', 'string'],
    ],
    namespaces: [
      ['Name', 'string'],
      ['Status', 'string'],
      ['Age', 'string'],
    ],
    configmaps: [
      ['Name', 'string'],
      ['Data', 'integer'],
      ['Age', 'string'],
    ],
    secrets: [
      ['Name', 'string'],
      ['Type', 'string'],
      ['Data', 'integer'],
      ['Age', 'string'],
    ],
    services: [
      ['Name', 'string'],
      ['Type', 'string'],
      ['Cluster-IP', 'string'],
      ['Age', 'string'],
    ],
    ingresses: [
      ['Name', 'string'],
      ['Age', 'string'],
    ],
    horizontalpodautoscalers: [
      ['Name', 'string'],
      ['Age', 'string'],
    ],
  };
  const cells = (item: { metadata: ObjectMeta }): unknown[] => {
    if (kind === 'deployments') {
      const d = item as Deployment;
      const containers = d.spec.template.spec.containers;
      return [
        d.metadata.name,
        `${d.status?.readyReplicas ?? 0}/${d.spec.replicas ?? 1}`,
        d.status?.updatedReplicas ?? 0,
        d.status?.availableReplicas ?? 0,
        age(d),
        containers.map((c) => c.name).join(','),
        containers.map((c) => c.image).join(','),
      ];
    }
    if (kind === 'replicasets') {
      const rs = item as ReplicaSet;
      return [
        rs.metadata.name,
        rs.spec.replicas ?? 0,
        rs.status?.replicas ?? 0,
        rs.status?.readyReplicas ?? 0,
        age(rs),
      ];
    }
    if (kind === 'pods') {
      const pod = item as Pod;
      const statuses = pod.status?.containerStatuses ?? [];
      const waiting = statuses.find((s) => s.state?.waiting)?.state?.waiting?.reason;
      return [
        pod.metadata.name,
        `${statuses.filter((s) => s.ready).length}/${statuses.length}`,
        isPodReady(pod) ? 'Running' : (waiting ?? pod.status?.phase ?? 'Pending'),
        statuses.reduce((sum, s) => sum + s.restartCount, 0),
        age(pod),
      ];
    }
    if (PLAIN_KINDS.has(kind)) {
      const plain = item as {
        metadata: ObjectMeta;
        data?: object;
        type?: string;
        spec?: { type?: string; clusterIP?: string };
      };
      if (kind === 'namespaces') return [plain.metadata.name, 'Active', age(plain)];
      if (kind === 'configmaps')
        return [plain.metadata.name, Object.keys(plain.data ?? {}).length, age(plain)];
      if (kind === 'secrets')
        return [
          plain.metadata.name,
          plain.type ?? 'Opaque',
          Object.keys(plain.data ?? {}).length,
          age(plain),
        ];
      return [plain.metadata.name, plain.spec?.type ?? 'ClusterIP', plain.spec?.clusterIP ?? '', age(plain)];
    }
    const event = item as KubeEvent;
    return [
      event.lastTimestamp ?? '',
      event.type ?? '',
      event.reason ?? '',
      `${event.involvedObject.kind.toLowerCase()}/${event.involvedObject.name}`,
      event.message ?? '',
    ];
  };
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: {},
    columnDefinitions: columns[kind].map(([name, type], index) => ({
      name,
      type,
      format: index === 0 && name === 'Name' ? 'name' : '',
      description: name,
      priority: name === 'Containers' || name === 'Images' ? 1 : 0,
    })),
    rows: items.map((item) => ({
      cells: cells(item),
      object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: clone(item.metadata) },
    })),
  };
}

/** The API server decodes into Go structs: a null creationTimestamp in the template is dropped. */
function normalizeTemplate(deployment: Deployment): void {
  const metadata = deployment.spec.template.metadata as Record<string, unknown> | undefined;
  if (metadata && metadata['creationTimestamp'] === null) delete metadata['creationTimestamp'];
}

function validateDeployment(next: Deployment, existing: Deployment): void {
  const containers = next.spec?.template?.spec?.containers;
  if (!Array.isArray(containers) || containers.length === 0)
    throw new HttpError(
      422,
      'Invalid',
      `Deployment.apps "${existing.metadata.name}" is invalid: spec.template.spec.containers: Required value`,
    );
  for (const [index, container] of containers.entries())
    if (!container.image)
      throw new HttpError(
        422,
        'Invalid',
        `Deployment.apps "${existing.metadata.name}" is invalid: spec.template.spec.containers[${index}].image: Required value`,
      );
  const selector = next.spec.selector?.matchLabels ?? {};
  const labels = next.spec.template.metadata?.labels ?? {};
  if (Object.entries(selector).some(([key, value]) => labels[key] !== value))
    throw new HttpError(
      422,
      'Invalid',
      `Deployment.apps "${existing.metadata.name}" is invalid: spec.template.metadata.labels: Invalid value: selector does not match template labels`,
    );
}

function resourceOf(path: string): string {
  return parseResourcePath(path)?.kind ?? 'unknown';
}
function groupOf(path: string): string {
  const target = parseResourcePath(path);
  return target ? RESOURCES[target.kind].group : '';
}
function namespaceOf(path: string): string {
  return parseResourcePath(path)?.namespace ?? '';
}
function verbOf(record: RecordedRequest): string {
  if (record.method === 'PATCH') return 'patch';
  if (record.method === 'PUT') return 'update';
  if (record.query['watch']) return 'watch';
  return parseResourcePath(record.path)?.name === undefined ? 'list' : 'get';
}
function describeTarget(record: RecordedRequest): string {
  const target = parseResourcePath(record.path);
  if (!target) return 'this resource';
  return target.name ? `${qualified(target.kind)} "${target.name}"` : qualified(target.kind);
}

type JsonObject = Record<string, unknown>;
interface PlainObject {
  metadata: ObjectMeta & { managedFields?: unknown[] };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  type?: string;
  spec?: { type?: string; clusterIP?: string; ports?: Array<Record<string, unknown>> };
  status?: unknown;
}

function contentTypeOf(record: RecordedRequest): string {
  return record.contentType.split(';')[0]?.trim() ?? '';
}

/** Fields the server sets on every write, left out when telling whether a write changed anything. */
function stripVolatile(object: object): unknown {
  const copy = clone(object) as JsonObject;
  const metadata = { ...(copy['metadata'] as JsonObject) };
  for (const field of ['resourceVersion', 'managedFields', 'generation', 'uid', 'creationTimestamp'])
    delete metadata[field];
  copy['metadata'] = metadata;
  delete copy['status'];
  return copy;
}

/** What the API server fills in for the plain kinds; Secret stringData is folded into base64 data. */
function defaultPlain(kind: Kind, object: PlainObject, existing: PlainObject | undefined): void {
  if (kind === 'namespaces') {
    object.metadata.labels = {
      ...object.metadata.labels,
      'kubernetes.io/metadata.name': object.metadata.name,
    };
    object.status = { phase: 'Active' };
  }
  if (kind === 'secrets') {
    object.type ??= 'Opaque';
    if (object.stringData) {
      object.data = { ...object.data };
      for (const [key, value] of Object.entries(object.stringData))
        object.data[key] = Buffer.from(value, 'utf8').toString('base64');
      delete object.stringData;
    }
  }
  if (kind === 'services') {
    object.spec = { type: 'ClusterIP', ...object.spec };
    object.spec.clusterIP ??=
      existing?.spec?.clusterIP ??
      `10.100.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
    for (const port of object.spec.ports ?? []) {
      port['protocol'] ??= 'TCP';
      port['targetPort'] ??= port['port'];
    }
  }
}

/** The defaults the API server gives a Deployment created by apply. */
function defaultDeployment(deployment: Deployment): void {
  const spec = deployment.spec;
  spec.replicas ??= 1;
  spec.strategy ??= { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } };
  spec.progressDeadlineSeconds ??= 600;
  spec.revisionHistoryLimit ??= 10;
  const pod = spec.template?.spec;
  if (!pod) return;
  pod.restartPolicy ??= 'Always';
  pod.terminationGracePeriodSeconds ??= 30;
  pod.dnsPolicy ??= 'ClusterFirst';
  pod.schedulerName ??= 'default-scheduler';
  pod.securityContext ??= {};
  for (const container of pod.containers ?? []) {
    container.imagePullPolicy ??= container.image?.endsWith(':latest') ? 'Always' : 'IfNotPresent';
    container.terminationMessagePath ??= '/dev/termination-log';
    container.terminationMessagePolicy ??= 'File';
    container.resources ??= {};
  }
}

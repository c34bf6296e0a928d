// A lean Kubernetes API client over node:https, for the few endpoints a rolling update needs:
// get and patch a Deployment, list ReplicaSets, Pods and Events. TLS is verified against the
// cluster's CA; every request carries a fresh bearer token (EKS tokens live 60 s) or a client
// certificate from a kubeconfig.
import { Agent, request } from 'node:https';
import type { Agent as HttpAgent } from 'node:http';
import { proxyAgent } from '../http/proxy.js';
import type { IncomingHttpHeaders } from 'node:http';
import type { Deployment, KubeEvent, List, Pod, ReplicaSet, Status } from './types.js';

export type Credentials =
  | { kind: 'token'; source: () => Promise<string> }
  | { kind: 'client-certificate'; cert: string; key: string }
  | { kind: 'none' };

export interface Connection {
  /** https://host[:port], without a trailing slash. */
  server: string;
  /** PEM of the cluster CA; the system roots are used when absent. */
  ca?: string | undefined;
  credentials: Credentials;
  /** Host name to check the certificate against, when it differs from the URL's (tunnels). */
  tlsServerName?: string | undefined;
}

export type PatchType = 'strategic' | 'merge' | 'json';
const PATCH_CONTENT_TYPE: Record<PatchType, string> = {
  strategic: 'application/strategic-merge-patch+json',
  merge: 'application/merge-patch+json',
  json: 'application/json-patch+json',
};

/** An answer of the API server that is not a success, with its Status reason and message. */
export class KubeApiError extends Error {
  override name = 'KubeApiError';
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly kubeMessage: string,
    readonly method: string,
    readonly path: string,
  ) {
    super(`Kubernetes API ${method} ${path} answered ${status} ${reason}: ${kubeMessage}`);
  }
}

/** The connection itself failed (TLS, refused, timeout): the message says which. */
class KubeConnectionError extends Error {
  override name = 'KubeConnectionError';
}

export interface ClientOptions {
  requestTimeoutMs?: number;
  signal?: AbortSignal | undefined;
  fieldManager?: string;
}

export class KubeClient {
  private readonly agent: Agent | HttpAgent;
  private readonly base: URL;
  /** Every request made: method and path (for tests and the debug log). */
  readonly calls: Array<{ method: string; path: string; status: number }> = [];

  constructor(
    private readonly connection: Connection,
    private readonly options: ClientOptions = {},
  ) {
    this.base = new URL(connection.server);
    if (this.base.protocol !== 'https:')
      throw new KubeConnectionError(
        `The Kubernetes API server must be an https:// URL, got ${connection.server}.`,
      );
    const credentials = connection.credentials;
    const certificate = credentials.kind === 'client-certificate' ? credentials : undefined;
    const tls = {
      ca: connection.ca || undefined,
      servername: connection.tlsServerName || undefined,
      cert: certificate?.cert,
      key: certificate?.key,
    };
    // through HTTPS_PROXY unless NO_PROXY exempts the API server
    this.agent = proxyAgent(tls) ?? new Agent({ keepAlive: true, maxSockets: 8, ...tls });
  }

  get server(): string {
    return this.connection.server;
  }

  /** Closes kept-alive connections so the process can exit at once. */
  close(): void {
    this.agent.destroy();
  }

  getDeployment(namespace: string, name: string): Promise<Deployment> {
    return this.send<Deployment>(
      'GET',
      `/apis/apps/v1/namespaces/${enc(namespace)}/deployments/${enc(name)}`,
    );
  }

  patchDeployment(namespace: string, name: string, patch: unknown, type: PatchType): Promise<Deployment> {
    const query = this.options.fieldManager ? `?fieldManager=${enc(this.options.fieldManager)}` : '';
    return this.send<Deployment>(
      'PATCH',
      `/apis/apps/v1/namespaces/${enc(namespace)}/deployments/${enc(name)}${query}`,
      { body: JSON.stringify(patch), contentType: PATCH_CONTENT_TYPE[type] },
    );
  }

  /** Any object by its API path; undefined when it does not exist. */
  async findObject<T = unknown>(path: string): Promise<T | undefined> {
    try {
      return await this.send<T>('GET', path);
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Server-side apply of one object at its resource path (`/api/v1/namespaces/ns/configmaps/name`). */
  applyObject<T = unknown>(
    path: string,
    object: unknown,
    options: { fieldManager: string; force: boolean },
  ): Promise<T> {
    const query = `?fieldManager=${enc(options.fieldManager)}${options.force ? '&force=true' : ''}`;
    return this.send<T>('PATCH', `${path}${query}`, {
      body: JSON.stringify(object),
      contentType: 'application/apply-patch+yaml',
    });
  }

  /** Merge-patches `stringData` into a Secret (the API server turns it into base64 `data`). */
  async patchSecretData(
    namespace: string,
    name: string,
    stringData: Record<string, string>,
    fieldManager: string,
  ): Promise<void> {
    await this.send(
      'PATCH',
      `/api/v1/namespaces/${enc(namespace)}/secrets/${enc(name)}?fieldManager=${enc(fieldManager)}`,
      { body: JSON.stringify({ stringData }), contentType: PATCH_CONTENT_TYPE.merge },
    );
  }

  async listReplicaSets(namespace: string, labelSelector: string): Promise<ReplicaSet[]> {
    const list = await this.send<List<ReplicaSet>>(
      'GET',
      `/apis/apps/v1/namespaces/${enc(namespace)}/replicasets?labelSelector=${enc(labelSelector)}`,
    );
    return list.items;
  }

  async listPods(namespace: string, labelSelector: string): Promise<Pod[]> {
    const list = await this.send<List<Pod>>(
      'GET',
      `/api/v1/namespaces/${enc(namespace)}/pods?labelSelector=${enc(labelSelector)}`,
    );
    return list.items;
  }

  async listEvents(namespace: string, fieldSelector: string): Promise<KubeEvent[]> {
    const list = await this.send<List<KubeEvent>>(
      'GET',
      `/api/v1/namespaces/${enc(namespace)}/events?fieldSelector=${enc(fieldSelector)}`,
    );
    return list.items;
  }

  private async headers(): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': 'aws-deploy-actions/eks',
    };
    if (this.connection.credentials.kind === 'token')
      headers['authorization'] = `Bearer ${await this.connection.credentials.source()}`;
    return headers;
  }

  private async send<T>(
    method: string,
    path: string,
    payload?: { body: string; contentType: string },
  ): Promise<T> {
    const headers = await this.headers();
    if (payload) {
      headers['content-type'] = payload.contentType;
      headers['content-length'] = String(Buffer.byteLength(payload.body));
    }
    const url = new URL(this.base.pathname.replace(/\/$/, '') + path, this.base);
    const { status, body, responseHeaders } = await new Promise<{
      status: number;
      body: string;
      responseHeaders: IncomingHttpHeaders;
    }>((resolve, reject) => {
      const req = request(
        url,
        {
          method,
          headers,
          agent: this.agent,
          timeout: this.options.requestTimeoutMs ?? 30_000,
          signal: this.options.signal,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              responseHeaders: res.headers,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('timeout', () =>
        req.destroy(
          new KubeConnectionError(
            `no answer from ${this.base.host} within ${(this.options.requestTimeoutMs ?? 30_000) / 1000}s`,
          ),
        ),
      );
      req.on('error', (error) => reject(connectionError(error, this.base.host)));
      req.end(payload?.body);
    });
    this.calls.push({ method, path, status });
    if (status >= 200 && status < 300) return JSON.parse(body) as T;
    const parsed = parseStatus(body, responseHeaders);
    throw new KubeApiError(
      status,
      parsed.reason ?? statusReason(status),
      parsed.message ?? (body.slice(0, 300) || 'no message'),
      method,
      path.split('?')[0] ?? path,
    );
  }
}

function enc(value: string): string {
  return encodeURIComponent(value);
}

function parseStatus(body: string, headers: IncomingHttpHeaders): Partial<Status> {
  if (!String(headers['content-type'] ?? '').includes('json')) return {};
  try {
    const parsed = JSON.parse(body) as Partial<Status>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

function statusReason(status: number): string {
  return (
    {
      400: 'BadRequest',
      401: 'Unauthorized',
      403: 'Forbidden',
      404: 'NotFound',
      409: 'Conflict',
      422: 'Invalid',
      429: 'TooManyRequests',
    }[status] ?? `HTTP${status}`
  );
}

function connectionError(error: Error, host: string): Error {
  if (error instanceof KubeConnectionError || error.name === 'AbortError') return error;
  const code = (error as { code?: string }).code ?? '';
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/.test(code) || /certificate/i.test(error.message))
    return new KubeConnectionError(
      `TLS to the Kubernetes API at ${host} failed (${code || error.message}): the server's certificate does not verify against the cluster CA. Check 'certificate-authority-data' (or the kubeconfig's) matches the cluster.`,
    );
  return new KubeConnectionError(
    `Could not reach the Kubernetes API at ${host}: ${code ? `${code} ` : ''}${error.message}`,
  );
}

/**
 * Worth another poll: the API server was briefly unavailable or throttling. A request cut short by
 * the run's cancel signal counts too: the poll loop then sees the signal and reports `cancelled`.
 */
export function isTransientKubeError(error: unknown): boolean {
  if (error instanceof Error && error.name === 'AbortError') return true;
  if (error instanceof KubeConnectionError) return !/TLS/.test(error.message);
  return error instanceof KubeApiError && (error.status === 429 || error.status >= 500);
}

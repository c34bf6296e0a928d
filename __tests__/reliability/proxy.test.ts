// The bundles behind an enterprise proxy: a real tinyproxy on loopback, and HTTPS_PROXY,
// HTTP_PROXY and NO_PROXY (lower-case forms too) as a self-hosted runner sets them. Its access log
// must show the AWS calls (to moto, forwarded), the smoke checks (HTTP forwarded, HTTPS through
// CONNECT) and the Kubernetes calls (CONNECT to the double's API server). A proxy that cannot be
// reached, or refuses, is one clear error naming it.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { ensureEksCluster } from '../support/eks-cluster.js';
import type { ECSClient } from '@aws-sdk/client-ecs';
import { runAction, type InputValue, type RunOptions, type RunResult } from '../support/harness.js';
import { useEmulators, type Emulators } from '../support/emulators.js';
import { startKubeDouble, type KubeDouble } from '../support/kube-double/index.js';
import { createService, ecsClient } from '../support/ecs-service.js';
import {
  makeCertificates,
  reply,
  startHttpServer,
  startHttpsServer,
  type TestServer,
} from '../support/http-servers.js';
import { freePort, startTinyProxy, type TinyProxy } from '../support/tinyproxy.js';
import { Figures } from './lib/report.js';

const figures = new Figures('proxy');

jest.setTimeout(120_000);

const REGION = 'us-east-1';
const CLUSTER = 'proxy-e2e';
let emulators: Emulators;
let proxy: TinyProxy;
let refusing: TinyProxy;
let kube: KubeDouble;
let ecs: ECSClient;
const servers: TestServer[] = [];

/** No proxy variable of the test process leaks into the child: each test sets its own. */
const NO_PROXY_ENV = {
  HTTPS_PROXY: undefined,
  HTTP_PROXY: undefined,
  NO_PROXY: undefined,
  https_proxy: undefined,
  http_proxy: undefined,
  no_proxy: undefined,
};

function run(
  name: string,
  inputs: Record<string, InputValue | undefined>,
  env: Record<string, string | undefined>,
  options: RunOptions = {},
): Promise<RunResult> {
  return runAction(name, inputs, {
    timeoutMs: 60_000,
    ...options,
    env: {
      AWS_ENDPOINT_URL: emulators.env['AWS_ENDPOINT_URL'],
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
      AWS_REGION: REGION,
      AWS_MAX_ATTEMPTS: '2',
      ...NO_PROXY_ENV,
      ...env,
    },
  });
}

const errors = (result: RunResult): string[] =>
  result.commands.filter((command) => command.command === 'error').map((command) => command.data);

const motoPort = (): string => new URL(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1').port;

beforeAll(async () => {
  emulators = await useEmulators(['moto']);
  proxy = await startTinyProxy();
  // accepts no client but 192.0.2.1 (TEST-NET): every request from loopback gets 403
  refusing = await startTinyProxy({ allow: '192.0.2.1' });
  ecs = ecsClient(emulators.env['MOTO_URL'] ?? '');
  await ensureEksCluster(emulators.env['AWS_ENDPOINT_URL'] ?? 'http://127.0.0.1:1', CLUSTER, REGION);
  kube = await startKubeDouble({ tickIntervalMs: 100 });
  kube.cluster.createDeployment({
    namespace: 'proxied',
    name: 'web',
    replicas: 2,
    containers: [{ name: 'web', image: 'repo/web:v1' }],
  });
  kube.cluster.settle();
}, 90_000);

afterAll(async () => {
  figures.save();
  ecs?.destroy();
  await kube?.close();
  await Promise.all(servers.map((server) => server.close()));
  await proxy?.stop();
  await refusing?.stop();
  await emulators?.release();
}, 60_000);

describe('AWS SDK calls', () => {
  it('go through http_proxy (lower case) to the endpoint', async () => {
    const { cluster, service } = await createService(ecs);
    const before = proxy.requests().length;
    const result = await run(
      'deploy-ecs',
      { cluster, service, image: '127.0.0.1:5000/web:v2', 'dry-run': true },
      { http_proxy: proxy.url, no_proxy: '' },
    );
    expect([result.code, errors(result)]).toEqual([0, []]);
    const seen = proxy.requests().slice(before);
    // DescribeServices, DescribeTaskDefinition… each one a forwarded POST to moto
    const forwarded = seen.filter((line) => line === `POST http://127.0.0.1:${motoPort()}/`).length;
    expect(forwarded).toBeGreaterThan(1);
    figures.proxied(
      'deploy-ecs dry run: AWS SDK calls to moto',
      'http_proxy, no_proxy=""',
      forwarded,
      'succeeded',
    );
  });

  it('skip the proxy for a NO_PROXY host', async () => {
    const { cluster, service } = await createService(ecs);
    const before = proxy.requests().length;
    const result = await run(
      'deploy-ecs',
      { cluster, service, image: '127.0.0.1:5000/web:v2', 'dry-run': true },
      { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' },
    );
    expect([result.code, errors(result)]).toEqual([0, []]);
    expect(proxy.requests().slice(before)).toEqual([]);
    figures.proxied(
      'deploy-ecs dry run, endpoint in NO_PROXY',
      'HTTP_PROXY, NO_PROXY=localhost,127.0.0.1',
      0,
      'succeeded, direct',
    );
  });

  it('a proxy that cannot be reached is one clear error naming it, and no call is made', async () => {
    const { cluster, service } = await createService(ecs);
    const closed = `http://127.0.0.1:${await freePort()}`;
    const result = await run(
      'deploy-ecs',
      { cluster, service, image: '127.0.0.1:5000/web:v2', 'dry-run': true },
      { HTTP_PROXY: closed },
    );
    expect(result.code).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toContain(
      `The proxy ${closed} (HTTP_PROXY) did not connect to 127.0.0.1:${motoPort()}`,
    );
    expect(errors(result)[0]).toContain('ECONNREFUSED');
    figures.proxied('deploy-ecs, proxy not listening', 'HTTP_PROXY', 0, 'one error naming the proxy');
  });

  it('a malformed proxy variable is one clear error before anything runs', async () => {
    const result = await run('smoke-test', { url: 'http://127.0.0.1:9/' }, { HTTPS_PROXY: 'ftp://proxy:21' });
    expect(result.code).toBe(1);
    expect(errors(result)).toEqual([
      'HTTPS_PROXY is not a proxy URL such as http://proxy.example.com:3128 (only http:// and https:// proxies are supported).',
    ]);
  });
});

describe('smoke checks', () => {
  it('go through the proxy: HTTP forwarded, HTTPS through CONNECT', async () => {
    const plain = await startHttpServer((_request, response) => reply(response, 200, 'ok'));
    const tls = await startHttpsServer(makeCertificates().valid, (_request, response) =>
      reply(response, 200, 'ok'),
    );
    servers.push(plain, tls);
    const before = proxy.requests().length;
    const result = await run(
      'smoke-test',
      { url: `${plain.url}/health, ${tls.url}/health`, insecure: true, timeout: '20s' },
      { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: '' },
      { useTestEnv: false },
    );
    expect([result.code, errors(result)]).toEqual([0, []]);
    const seen = proxy.requests().slice(before);
    expect(seen).toContain(`GET ${plain.url}/health`);
    expect(seen).toContain(`CONNECT ${new URL(tls.url).host}`);
    expect(plain.requests[0]?.headers['via']).toMatch(/tinyproxy/);
    figures.proxied(
      'smoke-test: an HTTP and an HTTPS check',
      'HTTP_PROXY, HTTPS_PROXY',
      seen.length,
      'both passed',
    );
  });

  it('a proxy that refuses the tunnel is a failed check naming the proxy and its answer', async () => {
    const tls = await startHttpsServer(makeCertificates().valid, (_request, response) =>
      reply(response, 200, 'ok'),
    );
    servers.push(tls);
    const result = await run(
      'smoke-test',
      { url: `${tls.url}/health`, insecure: true, timeout: '2s', interval: '500ms' },
      { HTTPS_PROXY: refusing.url, NO_PROXY: '' },
      { useTestEnv: false },
    );
    expect(result.code).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errors(result)[0]).toContain(`The proxy ${refusing.url} (HTTPS_PROXY) did not connect to`);
    expect(errors(result)[0]).toMatch(/answered HTTP 403/);
    expect(tls.requests).toEqual([]);
    figures.proxied(
      'smoke-test, proxy answering 403 to CONNECT',
      'HTTPS_PROXY',
      0,
      'one error naming the proxy and its answer',
    );
  });
});

describe('Kubernetes calls', () => {
  it('go through HTTPS_PROXY with CONNECT to the API server', async () => {
    const before = proxy.requests().length;
    const result = await run(
      'eks-rolling-update',
      {
        'cluster-name': CLUSTER,
        namespace: 'proxied',
        deployment: 'web',
        image: 'repo/web:v2',
        'api-server': kube.url,
        'certificate-authority-data': kube.certificates.caData,
      },
      // AWS calls (to moto, http) go direct; the API server (https) through the proxy
      { HTTPS_PROXY: proxy.url, NO_PROXY: '' },
    );
    expect([result.code, errors(result)]).toEqual([0, []]);
    const seen = proxy.requests().slice(before);
    expect(seen.filter((line) => line === `CONNECT ${new URL(kube.url).host}`).length).toBeGreaterThan(0);
    expect(seen.some((line) => line.startsWith('POST http://'))).toBe(false);
    figures.proxied(
      'eks-rolling-update: Kubernetes API calls',
      'HTTPS_PROXY (AWS over http goes direct)',
      seen.length,
      'rolled out',
    );
  });
});

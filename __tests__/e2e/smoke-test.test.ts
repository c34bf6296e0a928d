// The smoke-test bundle (node scripts/build.mjs smoke-test) spawned as the runner does, against
// local HTTP and HTTPS servers.
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { assertNoSecretLeak, runAction, type RunResult } from '../support/harness.js';
import {
  makeCertificates,
  reply,
  startHttpServer,
  startHttpsServer,
  type TestCertificates,
  type TestServer,
} from '../support/http-servers.js';

const TOKEN = 'Bearer e2e-secret-4f9d2c7a1b';
const API_KEY = 'k3y-e2e-77c1d0a9';
const servers: TestServer[] = [];
const results: RunResult[] = [];
let certificates: TestCertificates;

async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

async function smoke(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  signalAfter?: Parameters<typeof runAction>[2],
): Promise<RunResult> {
  const result = await runAction('smoke-test', inputs, {
    useTestEnv: false,
    timeoutMs: 30_000,
    env,
    ...signalAfter,
  });
  results.push(result);
  return result;
}

interface Report {
  passed: boolean;
  checks: Array<{
    name: string;
    passed: boolean;
    outcome: string;
    attempts: number;
    lastStatus: number | null;
    failureReason: string | null;
    latencyMs: { min: number; median: number; p95: number; max: number } | null;
    certificate: { subject: string; issuer: string; daysLeft: number } | null;
  }>;
}

jest.setTimeout(30_000);

beforeAll(() => {
  certificates = makeCertificates();
});
afterAll(() => certificates.cleanup());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
  for (const result of results.splice(0)) result.cleanup();
});

describe('checks YAML', () => {
  it('passes every check, masks the header values and writes outputs and a summary', async () => {
    let readyCalls = 0;
    const server = await track(
      startHttpServer((request, response) => {
        if (request.url === '/health/ready' && (readyCalls += 1) <= 2)
          return reply(response, 503, { status: 'starting' });
        if (request.url?.startsWith('/health'))
          return reply(response, 200, { status: 'ok', checks: { db: 'up' } });
        return reply(response, 200, { items: [{ status: 'active' }] }, { 'X-Release': 'v2' });
      }),
    );
    const checks = [
      `- name: live`,
      `  url: ${server.url}/health/live`,
      `- name: ready`,
      `  url: ${server.url}/health/ready`,
      `  expect-json:`,
      `    status: ok`,
      `    checks.db: up`,
      `- url: ${server.url}/api/v1/items`,
      `  headers:`,
      `    Authorization: ${TOKEN}`,
      `    X-Api-Key: "${API_KEY}"`,
      `  expect-json:`,
      `    items.0.status: active`,
      `  expect-header:`,
      `    x-release: v2`,
    ].join('\n');
    const result = await smoke({ checks, interval: '100ms', timeout: '20s' });

    expect(result.code).toBe(0);
    expect(result.outputs['passed']).toBe('true');
    expect(JSON.parse(result.outputs['failed-checks'] ?? '')).toEqual([]);
    const report = JSON.parse(result.outputs['report'] ?? '') as Report;
    expect(report.checks.map((check) => [check.name, check.outcome, check.lastStatus])).toEqual([
      ['live', 'passed', 200],
      ['ready', 'passed', 200],
      [`GET ${server.url}/api/v1/items`, 'passed', 200],
    ]);
    expect(report.checks[1]?.attempts).toBe(3);
    expect(report.checks[1]?.latencyMs?.max).toBeGreaterThanOrEqual(
      report.checks[1]?.latencyMs?.min ?? Infinity,
    );

    const api = server.requests.find((request) => request.url === '/api/v1/items');
    expect(api?.headers['authorization']).toBe(TOKEN);
    expect(result.masks).toEqual(expect.arrayContaining([TOKEN, API_KEY]));
    assertNoSecretLeak(result, [TOKEN, TOKEN.split(' ')[1] ?? '', API_KEY]);

    expect(result.summary).toContain(
      '| Check | Result | Attempts | Last status | Latency median / p95 | Certificate days left |',
    );
    expect(result.summary).toMatch(/\| ready \| ✅ passed \| 3 \| 200 \|/);
    expect(result.summary).toContain('```mermaid\nxychart-beta');
  });

  it('fails with the expectation and what was seen, and exits non-zero', async () => {
    const server = await track(
      startHttpServer((_request, response) => reply(response, 200, { status: 'degraded' })),
    );
    const checks = JSON.stringify([
      { name: 'api health', url: `${server.url}/api/v1/health`, 'expect-json': { status: 'ok' } },
    ]);
    const result = await smoke({ checks, timeout: '1s', interval: '100ms' });

    expect(result.code).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    expect(JSON.parse(result.outputs['failed-checks'] ?? '')).toEqual(['api health']);
    const report = JSON.parse(result.outputs['report'] ?? '') as Report;
    expect(report.checks[0]?.failureReason).toContain('expect-json status = "ok": found "degraded"');
    const error = result.commands.find((command) => command.command === 'error');
    expect(error?.data).toContain('Smoke test failed: 1 of 1 check failed: api health:');
    expect(result.summary).toContain('### Why checks failed');
    expect(result.summary).toMatch(/\| api health \| ❌ timed out \|/);
  });
});

describe('plain url', () => {
  it('checks each URL with the default inputs and headers, masking a credential header', async () => {
    const server = await track(startHttpServer((_request, response) => reply(response, 200, 'OK')));
    const result = await smoke({
      url: `${server.url}/, ${server.url}/health`,
      headers: `Authorization=${TOKEN}\nX-Client=smoke`,
      'consecutive-successes': '2',
      interval: '100ms',
    });
    expect(result.code).toBe(0);
    expect(
      JSON.parse(result.outputs['report'] ?? '').checks.map((check: { name: string; attempts: number }) => [
        check.name,
        check.attempts,
      ]),
    ).toEqual([
      [`GET ${server.url}/`, 2],
      [`GET ${server.url}/health`, 2],
    ]);
    expect(
      server.requests.every(
        (request) => request.headers['authorization'] === TOKEN && request.headers['x-client'] === 'smoke',
      ),
    ).toBe(true);
    expect(result.masks).toContain(TOKEN);
    expect(result.masks).not.toContain('smoke');
    assertNoSecretLeak(result, [TOKEN]);
  });

  it('trusts a CA given by NODE_EXTRA_CA_CERTS and reports the certificate', async () => {
    const server = await track(
      startHttpsServer(certificates.valid, (_request, response) => reply(response, 200, 'OK')),
    );
    const result = await smoke({ url: server.url }, { NODE_EXTRA_CA_CERTS: certificates.caPath });
    expect(result.code).toBe(0);
    const report = JSON.parse(result.outputs['report'] ?? '') as Report;
    expect(report.checks[0]?.certificate).toMatchObject({
      subject: expect.stringContaining('CN=localhost'),
      issuer: expect.stringContaining('Smoke Test CA'),
    });
    expect(result.summary).toMatch(/\| ✅ passed \| 1 \| 200 \| [^|]+ \| (89|90) \|/);
  });

  it('stops when the runner cancels, with outputs and summary', async () => {
    const server = await track(startHttpServer(() => undefined));
    const result = await runAction(
      'smoke-test',
      { url: `${server.url}/hang`, 'request-timeout': '20s' },
      {
        useTestEnv: false,
        timeoutMs: 30_000,
        signalAfter: { signal: 'SIGTERM', when: (stdout) => stdout.includes('::endgroup::') },
      },
    );
    results.push(result);
    expect(result.code).toBe(1);
    expect(result.outputs['passed']).toBe('false');
    const report = JSON.parse(result.outputs['report'] ?? '') as Report;
    expect(report.checks[0]?.outcome).toBe('cancelled');
    expect(result.summary).toContain('⏹️ cancelled');
  });
});

describe('bad inputs fail before any request', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startHttpServer((_request, response) => reply(response, 200, 'OK'));
  });
  afterAll(() => server.close());

  const cases: Array<[string, () => Record<string, string>, RegExp]> = [
    [
      'malformed YAML',
      () => ({ checks: `- url: ${server.url}\n  headers: [unclosed` }),
      /Input 'checks' is invalid at line \d+, column \d+ .*expected a YAML list of checks/,
    ],
    [
      'an invalid URL',
      () => ({ url: `${server.url}/ok\nftp://127.0.0.1/file` }),
      /Input 'url' has an invalid value "ftp:\/\/127\.0\.0\.1\/file" \(the scheme ftp: is not http or https\)/,
    ],
    [
      'an invalid status spec',
      () => ({ url: server.url, 'expect-status': '2xx,600' }),
      /Input 'expect-status' has an invalid value "2xx,600" \("600" is not a status code, range or class\)/,
    ],
    [
      'a negative duration',
      () => ({ url: server.url, timeout: '-5m' }),
      /Input 'timeout' has an invalid value "-5m": expected a duration/,
    ],
    [
      'an unknown key in a check',
      () => ({ checks: `- url: ${server.url}\n  expect-code: 200` }),
      /Input 'checks' has an invalid value "expect-code" \(unknown key in check 1\): expected one of the check keys name, url, method/,
    ],
    ['neither url nor checks', () => ({}), /Input 'url' is required: one or more URLs/],
  ];
  it.each(cases)('%s', async (_what, inputs, message) => {
    const result = await smoke(inputs());
    expect(result.code).toBe(1);
    const error = result.commands.find((command) => command.command === 'error');
    expect(error?.data).toMatch(message);
    expect(result.outputs).toEqual({});
    expect(server.requests).toHaveLength(0);
  });
});

// runSmokeChecks against real local HTTP and HTTPS servers (certificates made with openssl).
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { buildChecks, parseCheckEntries, type SmokeCheck } from '../../../shared/http/checks.js';
import { probe } from '../../../shared/http/probe.js';
import { runSmokeChecks, type SmokeOptions } from '../../../shared/http/smoke.js';
import { parseStatusSpec, type StatusSpec } from '../../../shared/http/status-spec.js';
import { loadRegexEngine } from '../../../shared/http/regex.js';
import {
  makeCertificates,
  reply,
  startHttpServer,
  startHttpsServer,
  type TestCertificates,
  type TestServer,
} from '../../support/http-servers.js';

await loadRegexEngine();

function status(text: string): StatusSpec {
  const spec = parseStatusSpec(text);
  if (typeof spec === 'string') throw new Error(spec);
  return spec;
}

/** Checks from the same YAML-shaped entries the action reads. */
function checks(...entries: Array<Record<string, unknown>>): SmokeCheck[] {
  return buildChecks([], parseCheckEntries(entries), {
    method: 'GET',
    headers: {},
    expectStatus: status('2xx'),
  });
}

const FAST: SmokeOptions = { timeoutMs: 5_000, requestTimeoutMs: 2_000, intervalMs: 10, maxIntervalMs: 20 };

let certificates: TestCertificates;
const servers: TestServer[] = [];
async function track(server: Promise<TestServer>): Promise<TestServer> {
  const started = await server;
  servers.push(started);
  return started;
}

beforeAll(() => {
  certificates = makeCertificates();
});
afterAll(() => certificates.cleanup());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('retries until healthy', () => {
  it('passes once a server that failed three times answers 200', async () => {
    const server = await track(
      startHttpServer((_request, response, n) =>
        n <= 3 ? reply(response, 503, 'warming up') : reply(response, 200, { status: 'ok' }),
      ),
    );
    const report = await runSmokeChecks(
      checks({ url: `${server.url}/health`, 'expect-json': { status: 'ok' } }),
      FAST,
    );
    const [check] = report.checks;
    expect(report.passed).toBe(true);
    expect(check).toMatchObject({ outcome: 'passed', attempts: 4, lastStatus: 200, failureReason: null });
    expect(check?.latencyMs?.count).toBe(4);
    expect(server.requests).toHaveLength(4);
  });

  it('retries a refused connection until the server comes up', async () => {
    const gone = await startHttpServer(() => undefined);
    await gone.close();
    let started: Promise<TestServer> | undefined;
    const report = await runSmokeChecks(checks({ url: `${gone.url}/health` }), {
      ...FAST,
      onProgress: (_check, line) => {
        if (!started && line.includes('connection refused'))
          started = track(startHttpServer((_request, response) => reply(response, 200, 'up'), gone.port));
      },
    });
    const server = await started;
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', lastStatus: 200 });
    expect(report.checks[0]?.attempts).toBeGreaterThan(1);
    expect(server?.requests).toHaveLength(1);
  });
});

describe('expectations that fail say what was seen', () => {
  it('fails a 200 whose JSON body reports unhealthy, naming the path and the value found', async () => {
    const server = await track(
      startHttpServer((_request, response) =>
        reply(response, 200, { status: 'degraded', checks: { db: 'down', cache: 'up' } }),
      ),
    );
    const report = await runSmokeChecks(
      checks({
        url: `${server.url}/health/ready`,
        'expect-json': { status: 'ok', 'checks.db': 'up', 'checks.queue': 'up' },
      }),
      { ...FAST, timeoutMs: 1_000 },
    );
    const [check] = report.checks;
    expect(report.passed).toBe(false);
    expect(check?.outcome).toBe('timeout');
    expect(check?.lastStatus).toBe(200);
    expect(check?.failureReason).toContain('expect-json status = "ok": found "degraded"');
    expect(check?.failureReason).toContain('expect-json checks.db = "up": found "down"');
    expect(check?.failureReason).toContain('no value at checks.queue (found an object with keys db, cache)');
    expect(check?.attempts).toBe(server.requests.length);
  });

  it('reports the status and an excerpt of the body when the status is wrong', async () => {
    const server = await track(
      startHttpServer((_request, response) => reply(response, 500, 'database connection pool exhausted')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), { ...FAST, timeoutMs: 1_000 });
    expect(report.checks[0]?.failureReason).toContain(
      'expect-status 2xx: got 500 (body "database connection pool exhausted")',
    );
  });

  it('checks body text, regex, headers and sends method, headers and body', async () => {
    const server = await track(
      startHttpServer((_request, response) =>
        reply(response, 201, { id: 7, version: '1.4.2' }, { 'X-Release': 'v1.4.2' }),
      ),
    );
    const report = await runSmokeChecks(
      checks({
        url: `${server.url}/api/v1/items`,
        method: 'post',
        headers: { Authorization: 'Bearer abc.def', 'X-Trace': 1 },
        body: { name: 'smoke' },
        'expect-status': '201',
        'expect-body': '"version"',
        'expect-body-regex': '"id":\\s*\\d+',
        'expect-header': { 'content-type': 'json', 'x-release': 'v1.4' },
        'expect-json': { id: 7 },
      }),
      FAST,
    );
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', attempts: 1 });
    const [seen] = server.requests;
    expect(seen).toMatchObject({ method: 'POST', url: '/api/v1/items', body: '{"name":"smoke"}' });
    expect(seen?.headers['authorization']).toBe('Bearer abc.def');
    expect(seen?.headers['x-trace']).toBe('1');
    expect(seen?.headers['content-type']).toBe('application/json');
  });
});

describe('network failures', () => {
  it('times out a hanging server after the request timeout and retries', async () => {
    const server = await track(startHttpServer(() => undefined));
    const report = await runSmokeChecks(checks({ url: `${server.url}/slow` }), {
      ...FAST,
      requestTimeoutMs: 150,
      timeoutMs: 1_000,
    });
    const [check] = report.checks;
    expect(check?.outcome).toBe('timeout');
    expect(check?.failureReason).toContain(
      'no complete response within 150ms (timed out waiting for the response)',
    );
    expect(check?.failureReason).toMatch(/^still failing after \d+ attempts in /);
    expect(check?.attempts).toBeGreaterThan(1);
    expect(server.requests).toHaveLength(check?.attempts ?? -1);
    expect(check?.lastStatus).toBeNull();
  });

  it('explains a connection closed in the middle of the body', async () => {
    const server = await track(
      startHttpServer((_request, response) => {
        response.writeHead(200, { 'Content-Length': '1000' });
        response.write('{"status": "o');
        setTimeout(() => response.socket?.destroy(), 20);
      }),
    );
    const result = await probe({
      url: server.url,
      method: 'GET',
      headers: {},
      timeoutMs: 2_000,
      followRedirects: true,
      insecure: false,
    });
    expect(result).toMatchObject({ kind: 'error', code: 'closed-mid-response' });
    const report = await runSmokeChecks(checks({ url: server.url }), { ...FAST, timeoutMs: 1_000 });
    expect(report.checks[0]?.failureReason).toContain(
      'closed the connection in the middle of the response body',
    );
  });

  it('explains a connection closed before any response', async () => {
    const server = await track(startHttpServer((request) => request.socket.destroy()));
    const result = await probe({
      url: server.url,
      method: 'GET',
      headers: {},
      timeoutMs: 2_000,
      followRedirects: true,
      insecure: false,
    });
    expect(result).toMatchObject({ kind: 'error', code: 'connection-reset' });
    if (result.kind === 'error') expect(result.message).toContain('closed the connection without a response');
  });
});

describe('redirects and certificates', () => {
  it('follows a redirect from http to https and reports the certificate', async () => {
    const secure = await track(
      startHttpsServer(certificates.valid, (_request, response) => reply(response, 200, { status: 'ok' })),
    );
    const plain = await track(
      startHttpServer((request, response) =>
        reply(response, 301, '', { Location: `${secure.url}${request.url ?? '/'}` }),
      ),
    );
    const url = `${plain.url}/health/live`;
    const result = await probe({
      url,
      method: 'GET',
      headers: {},
      timeoutMs: 2_000,
      followRedirects: true,
      insecure: false,
      ca: certificates.ca,
    });
    expect(result).toMatchObject({
      kind: 'response',
      status: 200,
      redirects: 1,
      finalUrl: `${secure.url}/health/live`,
    });

    const report = await runSmokeChecks(checks({ url, 'expect-json': { status: 'ok' } }), {
      ...FAST,
      ca: certificates.ca,
    });
    const [check] = report.checks;
    expect(check).toMatchObject({ outcome: 'passed', lastStatus: 200 });
    expect(check?.certificate?.subject).toContain('CN=localhost');
    expect(check?.certificate?.issuer).toContain('CN=Smoke Test CA');
    expect(check?.certificate?.daysLeft).toBeGreaterThanOrEqual(89);
    expect(secure.requests.map((request) => request.url)).toEqual(['/health/live', '/health/live']);
  });

  it('checks the redirect itself when follow-redirects is off', async () => {
    const plain = await track(
      startHttpServer((_request, response) => reply(response, 301, '', { Location: 'https://127.0.0.1:1/' })),
    );
    const report = await runSmokeChecks(
      checks({ url: plain.url, 'expect-status': '301', 'expect-header': { location: 'https://' } }),
      {
        ...FAST,
        followRedirects: false,
      },
    );
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', lastStatus: 301 });
  });

  it('refuses an expired certificate before sending the request, with its dates', async () => {
    const server = await track(
      startHttpsServer(certificates.expired, (_request, response) => reply(response, 200, 'ok')),
    );
    const report = await runSmokeChecks(
      checks({ url: `${server.url}/`, headers: { Authorization: 'Bearer not-for-an-untrusted-server' } }),
      { ...FAST, timeoutMs: 1_000, ca: certificates.ca },
    );
    const [check] = report.checks;
    expect(check?.passed).toBe(false);
    expect(check?.failureReason).toMatch(/CERT_HAS_EXPIRED/);
    expect(check?.failureReason).toMatch(
      /valid from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, expired on \d{4}-\d\d-\d\dT[\d:.]+Z \(2 days ago\)/,
    );
    expect(check?.certificate?.daysLeft).toBeLessThan(0);
    expect(server.requests).toHaveLength(0);
  });

  it('accepts the expired certificate with insecure', async () => {
    const server = await track(
      startHttpsServer(certificates.expired, (_request, response) => reply(response, 200, 'ok')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), { ...FAST, insecure: true });
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', lastStatus: 200 });
    expect(report.checks[0]?.certificate?.daysLeft).toBeLessThan(0);
  });

  it('fails a certificate expiring in 3 days under min-cert-days 14, with the expiry date', async () => {
    const server = await track(
      startHttpsServer(certificates.expiringIn3Days, (_request, response) => reply(response, 200, 'ok')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), {
      ...FAST,
      timeoutMs: 1_000,
      ca: certificates.ca,
      minCertDays: 14,
    });
    const [check] = report.checks;
    expect(check?.passed).toBe(false);
    expect(check?.lastStatus).toBe(200);
    expect(check?.certificate?.daysLeft).toBe(3);
    expect(check?.failureReason).toMatch(
      /min-cert-days 14: the certificate expires in 3 days, on \d{4}-\d\d-\d\dT/,
    );

    const lenient = await runSmokeChecks(checks({ url: server.url }), {
      ...FAST,
      ca: certificates.ca,
      minCertDays: 3,
    });
    expect(lenient.checks[0]?.passed).toBe(true);
  });

  it('refuses a certificate signed by an unknown authority', async () => {
    const server = await track(
      startHttpsServer(certificates.valid, (_request, response) => reply(response, 200, 'ok')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), { ...FAST, timeoutMs: 1_000 });
    expect(report.checks[0]?.failureReason).toMatch(
      /is not trusted: (UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)/,
    );
    expect(report.checks[0]?.failureReason).toContain('issued by O=smoke-test, CN=Smoke Test CA');
  });
});

describe('fail-fast-status and consecutive-successes', () => {
  it('fails a 404 at once with fail-fast-status 4xx', async () => {
    const server = await track(
      startHttpServer((_request, response) => reply(response, 404, 'no such route')),
    );
    const report = await runSmokeChecks(checks({ url: `${server.url}/api/v1/health` }), {
      ...FAST,
      timeoutMs: 60_000,
      failFastStatus: status('4xx'),
    });
    const [check] = report.checks;
    expect(check).toMatchObject({ outcome: 'failed', attempts: 1, lastStatus: 404 });
    expect(check?.failureReason).toContain('fail-fast-status 4xx: got 404, not retried');
    expect(check?.failureReason).toContain('body "no such route"');
    expect(server.requests).toHaveLength(1);
  });

  it('needs 3 successes in a row against a flapping server', async () => {
    const pattern = [200, 500, 200, 200, 500, 200, 200, 200];
    const server = await track(
      startHttpServer((_request, response, n) => reply(response, pattern[n - 1] ?? 200, 'x')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), { ...FAST, consecutiveSuccesses: 3 });
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', attempts: 8 });
    expect(server.requests).toHaveLength(8);
  });

  it('never passes a server that keeps flapping', async () => {
    const server = await track(
      startHttpServer((_request, response, n) => reply(response, n % 2 === 1 ? 200 : 503, 'x')),
    );
    const report = await runSmokeChecks(checks({ url: server.url }), {
      ...FAST,
      timeoutMs: 1_000,
      consecutiveSuccesses: 3,
    });
    expect(report.checks[0]?.passed).toBe(false);
    expect(report.checks[0]?.attempts).toBeGreaterThan(3);
  });
});

it('runs checks concurrently: every check has its first request before any finishes', async () => {
  let pending: Array<() => void> = [];
  const server = await track(
    startHttpServer((_request, response) => {
      pending.push(() => reply(response, 200, 'ok'));
      if (pending.length === 5) {
        for (const release of pending) release();
        pending = [];
      }
    }),
  );
  const five = checks(...[1, 2, 3, 4, 5].map((n) => ({ url: `${server.url}/${n}` })));
  // With one check at a time the server would hold the first request until the timeout.
  const report = await runSmokeChecks(five, { ...FAST, requestTimeoutMs: 3_000, timeoutMs: 3_000 });
  expect(report.checks.map((check) => check.attempts)).toEqual([1, 1, 1, 1, 1]);
  expect(report.passed).toBe(true);
});

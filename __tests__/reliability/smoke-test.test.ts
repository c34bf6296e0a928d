// smoke-test on a bad day (it calls no AWS API): a flaky local server — 503 on 20 % of requests,
// 500 on 5 %, 300 ms added to each, one dropped connection — must still pass; the Authorization
// header stays masked; a check name with Markdown and HTML cannot break the summary table; bad
// inputs are refused with one error line.
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import { runAction, type InputValue, type RunResult } from '../support/harness.js';
import { reply, startHttpServer, type TestServer } from '../support/http-servers.js';
import { Figures } from './lib/report.js';
import { SEED, errorLines, expectNoSecretLeak } from './lib/scenario.js';

jest.setTimeout(60_000);

const figures = new Figures('smoke-test');
const TOKEN = 'Bearer rel-smoke-secret-3c9e1d';
const servers: TestServer[] = [];

afterAll(async () => {
  figures.save();
  await Promise.all(servers.map((server) => server.close()));
});

const smoke = (inputs: Record<string, InputValue>): Promise<RunResult> =>
  runAction('smoke-test', inputs, { useTestEnv: false, timeoutMs: 30_000 });

/** mulberry32, the proxy's PRNG: the same seed gives the same faults. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Flaky {
  server: TestServer;
  faults: { throttle: number; http500: number; drop: number; latency: number };
}

/** The proxy's fault plan, played by the service under test itself. */
async function flakyServer(): Promise<Flaky> {
  const random = prng(SEED);
  const faults = { throttle: 0, http500: 0, drop: 0, latency: 0 };
  const server = await startHttpServer((request, response, n) => {
    void (async () => {
      await sleep(300);
      if (n === 3) {
        faults.drop += 1;
        return void request.socket.destroy();
      }
      const r = random();
      if (r < 0.2) {
        faults.throttle += 1;
        return reply(response, 503, { error: 'slow down' }, { 'Retry-After': '0' });
      }
      if (r < 0.25) {
        faults.http500 += 1;
        return reply(response, 500, { error: 'internal' });
      }
      faults.latency += 1;
      reply(response, 200, { status: 'ok' });
    })();
  });
  servers.push(server);
  return { server, faults };
}

describe('smoke-test against a flaky service', () => {
  it('passes through 503s, 500s, latency and a dropped connection; the token stays masked', async () => {
    const { server, faults } = await flakyServer();
    const result = await smoke({
      checks: [
        '- name: ready',
        `  url: ${server.url}/health/ready`,
        '- name: api',
        `  url: ${server.url}/api/v1/items`,
      ].join('\n'),
      'consecutive-successes': 3,
      headers: `Authorization=${TOKEN}`,
      interval: '100ms',
      timeout: '30s',
    });
    expect([result.code, errorLines(result)]).toEqual([0, []]);
    expect(faults.throttle + faults.http500).toBeGreaterThan(0);
    expect(faults.drop).toBe(1);
    expect(result.outputs['passed']).toBe('true');
    const report = JSON.parse(result.outputs['report'] ?? '{}') as { checks: Array<{ attempts: number }> };
    const attempts = report.checks.reduce((sum, check) => sum + check.attempts, 0);
    // every request reached the server: attempts made = requests seen
    expect(server.requests.length).toBe(attempts);
    expect(server.requests.every((request) => request.headers['authorization'] === TOKEN)).toBe(true);
    expect(result.masks).toContain(TOKEN);
    const places = expectNoSecretLeak(result, [TOKEN, TOKEN.replace('Bearer ', '')]);
    figures.faultTally('two checks, 3 consecutive successes each', server.requests.length, faults, [
      `${server.requests.length - faults.drop} requests answered, ${faults.drop} dropped; both checks passed`,
    ]);
    figures.secret('Authorization header (Bearer token)', 2, places);
    result.cleanup();
  });
});

describe('smoke-test output injection', () => {
  it('a check name with table pipes, HTML and a newline stays in its own summary cell', async () => {
    const server = await startHttpServer((_request, response) => reply(response, 200, { status: 'ok' }));
    servers.push(server);
    const name = 'api | <img src=x onerror=alert(1)> | **bold**';
    const result = await smoke({
      checks: JSON.stringify([{ name: `${name}\n| fake | row |`, url: `${server.url}/` }]),
      timeout: '10s',
    });
    expect(result.code).toBe(0);
    expect(result.summary).not.toContain('<img');
    const rows = result.summary.split('\n').filter((line) => line.includes('fake'));
    expect(rows).toHaveLength(1);
    // the row still has the table's column count: every pipe of the name is escaped
    const header = result.summary.split('\n').find((line) => /^\| *(check|name)/i.test(line)) ?? '';
    const columns = (line: string) => line.replace(/\\\|/g, '').split('|').length;
    expect(columns(rows[0] ?? '')).toBe(columns(header));
    expect(Object.keys(result.outputs).sort()).toEqual(['failed-checks', 'passed', 'report']);
    expect(JSON.parse(result.outputs['report'] ?? '{}').checks[0].name).toBe(`${name}\n| fake | row |`);
    expect(result.env).toEqual({});
    figures.injection(
      'check name with table pipes, <img onerror>, Markdown and a newline + fake row',
      'one summary row with the header column count, no raw HTML; report output keeps the name intact',
    );
    result.cleanup();
  });
});

describe('smoke-test refuses bad inputs', () => {
  const cases: Array<[string, string, Record<string, InputValue>]> = [
    ['no url and no checks', 'url', {}],
    ['url that is not http(s)', 'url', { url: 'ftp://127.0.0.1/' }],
    ['url with a newline in the host', 'url', { url: 'http://127.0.0.1\n/evil' }],
    ['unparsable checks YAML', 'checks', { checks: '- url: http://127.0.0.1/\n  headers: [unclosed' }],
    ['checks that are not a list', 'checks', { checks: 'url: http://127.0.0.1/' }],
    ['method with a space', 'method', { url: 'http://127.0.0.1/', method: 'GE T' }],
    ['status spec out of range', 'expect-status', { url: 'http://127.0.0.1/', 'expect-status': '7xx' }],
    ['negative timeout', 'timeout', { url: 'http://127.0.0.1/', timeout: '-1m' }],
    [
      'consecutive-successes zero',
      'consecutive-successes',
      { url: 'http://127.0.0.1/', 'consecutive-successes': '0' },
    ],
    ['insecure not a boolean', 'insecure', { url: 'http://127.0.0.1/', insecure: 'kinda' }],
    ['header line without =', 'headers', { url: 'http://127.0.0.1/', headers: 'Authorization Bearer x' }],
    [
      'min-cert-days above the maximum',
      'min-cert-days',
      { url: 'http://127.0.0.1/', 'min-cert-days': '99999' },
    ],
  ];
  it.each(cases)('%s', async (_name, input, inputs) => {
    const result = await smoke(inputs);
    const errors = errorLines(result);
    expect({ code: result.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
    expect(errors[0]).toContain(input);
    result.cleanup();
    figures.badInput(0, 0);
  });
});

// The retry loop with an injected clock, sleep and probe: attempts, backoff, fail-fast,
// consecutive successes, deadline and cancellation, in microseconds.
import { describe, expect, it } from '@jest/globals';
import type { SmokeCheck } from '../../../../shared/http/checks.js';
import type { ProbeRequest, ProbeResult } from '../../../../shared/http/probe.js';
import { retryDelay, runSmokeChecks, type SmokeOptions } from '../../../../shared/http/smoke.js';
import { parseStatusSpec, type StatusSpec } from '../../../../shared/http/status-spec.js';

const spec = (text: string): StatusSpec => parseStatusSpec(text) as StatusSpec;

function check(name: string, more: Partial<SmokeCheck> = {}): SmokeCheck {
  return {
    name,
    url: `https://example.com/${name}`,
    method: 'GET',
    headers: {},
    expectStatus: spec('2xx'),
    ...more,
  };
}

const ok = (status = 200, latencyMs = 10): ProbeResult => ({
  kind: 'response',
  status,
  headers: {},
  body: 'fine',
  bodyTruncated: false,
  latencyMs,
  finalUrl: 'https://example.com/',
  redirects: 0,
});
const refused: ProbeResult = {
  kind: 'error',
  code: 'connection-refused',
  message: 'connection refused by example.com',
  latencyMs: 1,
  finalUrl: 'https://example.com/',
};

/** A virtual clock that only sleep() moves; the probe takes `probeMs` of it. */
function fakeTime(probeMs = 0) {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    clock: { now: () => now },
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms: number) => (now += ms),
    probeMs,
  };
}

/** A probe answering from a script per check name (the last answer repeats). */
function scripted(time: ReturnType<typeof fakeTime>, script: Record<string, ProbeResult[]>) {
  const requests: ProbeRequest[] = [];
  const probe = async (request: ProbeRequest): Promise<ProbeResult> => {
    requests.push(request);
    const name = new URL(request.url).pathname.slice(1);
    const answers = script[name] ?? [];
    const seen = requests.filter((r) => r.url === request.url).length;
    time.advance(time.probeMs);
    return answers[Math.min(seen, answers.length) - 1] ?? refused;
  };
  return { probe, requests };
}

function options(
  time: ReturnType<typeof fakeTime>,
  probe: NonNullable<SmokeOptions['probe']>,
  more: SmokeOptions = {},
): SmokeOptions {
  return {
    clock: time.clock,
    sleep: time.sleep,
    random: () => 1,
    probe,
    now: () => Date.UTC(2026, 0, 1),
    ...more,
  };
}

describe('runSmokeChecks', () => {
  it('retries until healthy with backoff doubling from interval to the cap', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [refused, refused, refused, refused, refused, ok()] });
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, { intervalMs: 2000, maxIntervalMs: 10_000 }),
    );
    expect(report.checks[0]).toMatchObject({
      passed: true,
      outcome: 'passed',
      attempts: 6,
      lastStatus: 200,
      failureReason: null,
    });
    expect(time.sleeps).toEqual([2000, 4000, 8000, 10_000, 10_000]);
    expect(report.passed).toBe(true);
  });

  it('jitters a delay by up to 20% less', () => {
    expect(retryDelay(1, { intervalMs: 1000, maxIntervalMs: 10_000, random: () => 0 })).toBe(800);
    expect(retryDelay(3, { intervalMs: 1000, maxIntervalMs: 10_000, random: () => 1 })).toBe(4000);
    expect(retryDelay(9, { intervalMs: 1000, maxIntervalMs: 10_000, random: () => 1 })).toBe(10_000);
  });

  it('fails on the deadline with the last failure and the attempts made', async () => {
    const time = fakeTime(100);
    const { probe } = scripted(time, { a: [ok(503)] });
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, { timeoutMs: 10_000, intervalMs: 1000 }),
    );
    const [result] = report.checks;
    // attempts at 0, 1.1s, 3.2s, 7.3s; the next would be due at 7.4 + 8 s > 10 s
    expect(result).toMatchObject({ passed: false, outcome: 'timeout', attempts: 4, lastStatus: 503 });
    expect(result?.failureReason).toBe(
      'still failing after 4 attempts in 7.4s, and no time for another before the 10s timeout: expect-status 2xx: got 503 (body "fine")',
    );
  });

  it('gives a request no more than the time left', async () => {
    const time = fakeTime();
    const { probe, requests } = scripted(time, { a: [ok(500)] });
    await runSmokeChecks(
      [check('a')],
      options(time, probe, { timeoutMs: 3000, requestTimeoutMs: 10_000, intervalMs: 1000 }),
    );
    expect(requests.map((request) => request.timeoutMs)).toEqual([3000, 2000]);
  });

  it('fails at once on a fail-fast status', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [ok(404)] });
    const report = await runSmokeChecks([check('a')], options(time, probe, { failFastStatus: spec('4xx') }));
    expect(report.checks[0]).toMatchObject({ outcome: 'failed', attempts: 1, lastStatus: 404 });
    expect(report.checks[0]?.failureReason).toBe(
      'fail-fast-status 4xx: got 404, not retried; expect-status 2xx: got 404 (body "fine")',
    );
    expect(time.sleeps).toEqual([]);
  });

  it('does not fail fast on a status the check expects', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [ok(404)] });
    const report = await runSmokeChecks(
      [check('a', { expectStatus: spec('404') })],
      options(time, probe, { failFastStatus: spec('4xx') }),
    );
    expect(report.checks[0]?.outcome).toBe('passed');
  });

  it('needs consecutive successes, spaced by interval; a failure starts over', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [ok(), ok(), ok(500), ok(), ok(), ok()] });
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, { consecutiveSuccesses: 3, intervalMs: 500 }),
    );
    expect(report.checks[0]).toMatchObject({ outcome: 'passed', attempts: 6 });
    expect(time.sleeps).toEqual([500, 500, 500, 500, 500]);
  });

  it('reports too few successes in a row with the last failure', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [ok(500), ok()] });
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, { consecutiveSuccesses: 100, intervalMs: 1000, timeoutMs: 5000 }),
    );
    expect(report.checks[0]?.failureReason).toBe(
      'only 4 of 100 successes in a row after 5 attempts in 4.0s, and no time for another before the 5.0s timeout; attempt 1 failed: expect-status 2xx: got 500 (body "fine")',
    );
  });

  it('keeps the previous failure when the deadline cuts the last request short', async () => {
    const time = fakeTime();
    const timedOut = (request: ProbeRequest): ProbeResult => ({
      kind: 'error',
      code: 'timeout',
      message: `no complete response within ${request.timeoutMs}ms`,
      latencyMs: request.timeoutMs,
      finalUrl: request.url,
    });
    const probe = async (request: ProbeRequest): Promise<ProbeResult> => {
      time.advance(request.timeoutMs);
      return timedOut(request);
    };
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, { timeoutMs: 2500, requestTimeoutMs: 1000, intervalMs: 100, maxIntervalMs: 100 }),
    );
    expect(report.checks[0]?.failureReason).toMatch(
      /: no complete response within 1000ms \(the last attempt was cut short by the overall timeout\)$/,
    );
  });

  it('runs checks concurrently and reports each', async () => {
    const time = fakeTime();
    let inFlight = 0;
    let most = 0;
    const probe = async (): Promise<ProbeResult> => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return ok(200, 5);
    };
    const report = await runSmokeChecks(
      ['a', 'b', 'c', 'd'].map((name) => check(name)),
      options(time, probe),
    );
    expect(most).toBe(4);
    expect(report.checks.map((c) => c.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('fails the run when one check fails, and when there are no checks', async () => {
    const time = fakeTime();
    const { probe } = scripted(time, { a: [ok()], b: [ok(404)] });
    const report = await runSmokeChecks(
      [check('a'), check('b')],
      options(time, probe, { failFastStatus: spec('404') }),
    );
    expect(report.passed).toBe(false);
    expect(report.checks.map((c) => c.passed)).toEqual([true, false]);
    expect((await runSmokeChecks([], options(time, probe))).passed).toBe(false);
  });

  it('stops when cancelled, with the last failure', async () => {
    const time = fakeTime();
    const controller = new AbortController();
    const { probe } = scripted(time, { a: [refused] });
    const report = await runSmokeChecks(
      [check('a')],
      options(time, probe, {
        signal: controller.signal,
        sleep: async (ms) => {
          time.advance(ms);
          controller.abort();
        },
      }),
    );
    expect(report.checks[0]).toMatchObject({ outcome: 'cancelled', attempts: 1, passed: false });
    expect(report.checks[0]?.failureReason).toBe(
      'cancelled after 1 attempt; last failure: connection refused by example.com',
    );
  });

  it('computes latency statistics and keeps the certificate', async () => {
    const time = fakeTime();
    const certificate = {
      subject: 'CN=example.com',
      issuer: 'CN=R3',
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: '2027-01-01T00:00:00.000Z',
      daysLeft: 365,
    };
    const answers = [10, 30, 20, 40, 50].map((ms) => ({ ...ok(200, ms), certificate }));
    const { probe } = scripted(time, { a: answers });
    const report = await runSmokeChecks([check('a')], options(time, probe, { consecutiveSuccesses: 5 }));
    expect(report.checks[0]).toMatchObject({
      latencyMs: { count: 5, min: 10, median: 30, p95: 50, max: 50 },
      samplesMs: [10, 30, 20, 40, 50],
      certificate,
    });
  });

  it('skips the certificate check with insecure and for plain HTTP', async () => {
    const time = fakeTime();
    const certificate = {
      subject: 'CN=x',
      issuer: 'CN=x',
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: '2026-01-02T00:00:00.000Z',
      daysLeft: -3,
    };
    const { probe } = scripted(time, { a: [{ ...ok(), certificate }] });
    const strict = await runSmokeChecks([check('a')], options(time, probe, { timeoutMs: 1 }));
    expect(strict.checks[0]?.failureReason).toContain(
      'min-cert-days 14: the certificate expired on 2026-01-02T00:00:00.000Z (valid from 2026-01-01 to 2026-01-02)',
    );
    const insecure = await runSmokeChecks([check('a')], options(time, probe, { insecure: true }));
    expect(insecure.checks[0]?.passed).toBe(true);
  });

  it('passes the request settings to the probe', async () => {
    const time = fakeTime();
    const { probe, requests } = scripted(time, { a: [ok()] });
    await runSmokeChecks(
      [check('a', { method: 'POST', headers: { 'X-A': '1' }, body: '{}' })],
      options(time, probe, { requestTimeoutMs: 1234, followRedirects: false, insecure: true, ca: 'PEM' }),
    );
    expect(requests[0]).toMatchObject({
      url: 'https://example.com/a',
      method: 'POST',
      headers: { 'X-A': '1' },
      body: '{}',
      timeoutMs: 1234,
      followRedirects: false,
      insecure: true,
      ca: 'PEM',
    });
  });
});

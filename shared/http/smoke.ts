// runSmokeChecks: every check at once, each retried until it passes `consecutiveSuccesses` times
// in a row, fails on a fail-fast status, or the overall deadline ends; then one report.
import { formatDuration } from '../action/duration.js';
import { realSleep, systemClock, type Clock, type Sleep } from '../wait/poll.js';
import type { CertificateInfo } from './certificate.js';
import type { SmokeCheck } from './checks.js';
import { unmetExpectations } from './expectations.js';
import { displayUrl, probe as realProbe, type Prober, type ProbeResult } from './probe.js';
import { latencyStats, roundMs, type LatencyStats } from './stats.js';
import { matchesStatus, type StatusSpec } from './status-spec.js';

export interface SmokeOptions {
  /** Overall deadline for every check (default 5 minutes). */
  timeoutMs?: number;
  /** Limit for one request, redirects and body included (default 10 s). */
  requestTimeoutMs?: number;
  /** Delay before the first retry (default 2 s); doubles after each failure up to maxIntervalMs. */
  intervalMs?: number;
  /** Cap of the backoff (default the larger of interval and 10 s). */
  maxIntervalMs?: number;
  /** Successes in a row that make a check pass (default 1); they are spaced by `intervalMs`. */
  consecutiveSuccesses?: number;
  /** A failed attempt with one of these statuses fails the check at once. */
  failFastStatus?: StatusSpec | undefined;
  followRedirects?: boolean;
  /** Accept any certificate (and skip min-cert-days). */
  insecure?: boolean;
  /** An HTTPS check fails when the certificate expires in fewer days (default 14). */
  minCertDays?: number;
  /** Extra trusted certificate authorities (PEM). */
  ca?: string | undefined;
  signal?: AbortSignal | undefined;
  clock?: Clock;
  /** Wall clock for certificate expiry (ms since epoch); default Date.now. */
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
  probe?: Prober;
  /** One line per attempt, for the log. */
  onProgress?: (check: SmokeCheck, line: string) => void;
}

export const SMOKE_DEFAULTS = {
  timeoutMs: 300_000,
  requestTimeoutMs: 10_000,
  intervalMs: 2_000,
  consecutiveSuccesses: 1,
  followRedirects: true,
  insecure: false,
  minCertDays: 14,
} as const;

/** The least time an attempt gets (or the request timeout, if shorter); later ones are not started. */
const MIN_ATTEMPT_MS = 100;

export type CheckOutcome = 'passed' | 'failed' | 'timeout' | 'cancelled';

export interface CheckReport {
  name: string;
  /** Any password in the URL replaced by ***. */
  url: string;
  method: string;
  passed: boolean;
  outcome: CheckOutcome;
  attempts: number;
  /** Status of the last response (null when no attempt got one). */
  lastStatus: number | null;
  /** Why the check did not pass, in words; null when it passed. */
  failureReason: string | null;
  elapsedMs: number;
  latencyMs: LatencyStats | null;
  /** Latency of every attempt that got a response, in order. */
  samplesMs: number[];
  certificate: CertificateInfo | null;
}

export interface SmokeReport {
  passed: boolean;
  elapsedMs: number;
  checks: CheckReport[];
}

type Resolved = Required<Omit<SmokeOptions, 'failFastStatus' | 'ca' | 'signal' | 'onProgress'>> & {
  failFastStatus: StatusSpec | undefined;
  ca: string | undefined;
  signal: AbortSignal | undefined;
  onProgress: ((check: SmokeCheck, line: string) => void) | undefined;
};

function resolveOptions(options: SmokeOptions): Resolved {
  const intervalMs = options.intervalMs ?? SMOKE_DEFAULTS.intervalMs;
  return {
    timeoutMs: options.timeoutMs ?? SMOKE_DEFAULTS.timeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? SMOKE_DEFAULTS.requestTimeoutMs,
    intervalMs,
    maxIntervalMs: options.maxIntervalMs ?? Math.max(intervalMs, 10_000),
    consecutiveSuccesses: Math.max(1, options.consecutiveSuccesses ?? SMOKE_DEFAULTS.consecutiveSuccesses),
    failFastStatus: options.failFastStatus,
    followRedirects: options.followRedirects ?? SMOKE_DEFAULTS.followRedirects,
    insecure: options.insecure ?? SMOKE_DEFAULTS.insecure,
    minCertDays: options.minCertDays ?? SMOKE_DEFAULTS.minCertDays,
    ca: options.ca,
    signal: options.signal,
    clock: options.clock ?? systemClock,
    now: options.now ?? Date.now,
    sleep: options.sleep ?? realSleep,
    random: options.random ?? Math.random,
    probe: options.probe ?? realProbe,
    onProgress: options.onProgress,
  };
}

/** Delay after the n-th failure in a row (1-based): interval doubling to the cap, up to 20% less for jitter. */
export function retryDelay(
  failuresInRow: number,
  options: { intervalMs: number; maxIntervalMs: number; random: () => number },
): number {
  const step = Math.min(options.maxIntervalMs, options.intervalMs * 2 ** Math.max(0, failuresInRow - 1));
  return step * (0.8 + 0.2 * options.random());
}

interface Attempt {
  ok: boolean;
  reason: string;
  status: number | null;
  latencyMs: number | null;
  certificate: CertificateInfo | undefined;
  cancelled: boolean;
}

function judge(check: SmokeCheck, result: ProbeResult, options: Resolved): Attempt {
  if (result.kind === 'error')
    return {
      ok: false,
      reason: result.message,
      status: null,
      latencyMs: null,
      certificate: result.certificate,
      cancelled: result.code === 'cancelled',
    };
  const checksCertificate = result.finalUrl.startsWith('https:') && !options.insecure;
  const unmet = unmetExpectations(check, result, {
    minCertDays: checksCertificate ? options.minCertDays : undefined,
  });
  return {
    ok: unmet.length === 0,
    reason: unmet.join('; '),
    status: result.status,
    latencyMs: result.latencyMs,
    certificate: result.certificate,
    cancelled: false,
  };
}

async function runCheck(check: SmokeCheck, options: Resolved): Promise<CheckReport> {
  const { clock, signal } = options;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const samples: number[] = [];
  let attempts = 0;
  let successesInRow = 0;
  let failuresInRow = 0;
  let lastStatus: number | null = null;
  let lastReason: string | null = null;
  let lastFailure: { attempt: number; reason: string } | null = null;
  let fullyLogged = null as { attempt: number; reason: string } | null;
  let certificate: CertificateInfo | null = null;
  const progress = (line: string): void => options.onProgress?.(check, line);
  const finish = (outcome: CheckOutcome, failureReason: string | null): CheckReport => ({
    name: check.name,
    url: displayUrl(check.url),
    method: check.method,
    passed: outcome === 'passed',
    outcome,
    attempts,
    lastStatus,
    failureReason,
    elapsedMs: roundMs(clock.now() - started),
    latencyMs: latencyStats(samples),
    samplesMs: samples.map(roundMs),
    certificate,
  });
  const cancelled = (): CheckReport =>
    finish(
      'cancelled',
      `cancelled after ${attempts} attempt${attempts === 1 ? '' : 's'}${lastReason ? `; last failure: ${lastReason}` : ''}`,
    );

  for (;;) {
    if (signal?.aborted) return cancelled();
    attempts += 1;
    const requestTimeoutMs = Math.max(1, Math.min(options.requestTimeoutMs, deadline - clock.now()));
    const result = await options.probe({
      url: check.url,
      method: check.method,
      headers: check.headers,
      body: check.body,
      timeoutMs: requestTimeoutMs,
      followRedirects: options.followRedirects,
      insecure: options.insecure,
      ca: options.ca,
      signal,
      now: options.now,
    });
    const attempt = judge(check, result, options);
    if (attempt.cancelled || signal?.aborted) return cancelled();
    if (attempt.status !== null) lastStatus = attempt.status;
    if (attempt.latencyMs !== null) samples.push(attempt.latencyMs);
    if (attempt.certificate) certificate = attempt.certificate;
    const seen =
      attempt.status === null ? '' : ` (${attempt.status}, ${formatDuration(attempt.latencyMs ?? 0)})`;

    if (attempt.ok) {
      successesInRow += 1;
      failuresInRow = 0;
      lastReason = null;
      if (successesInRow >= options.consecutiveSuccesses) {
        progress(`attempt ${attempts}: passed${seen}`);
        return finish('passed', null);
      }
      progress(
        `attempt ${attempts}: ok${seen}, ${successesInRow} of ${options.consecutiveSuccesses} in a row`,
      );
    } else {
      successesInRow = 0;
      failuresInRow += 1;
      // A request the overall deadline cut short says little; the failure before it says more.
      const cutShort =
        result.kind === 'error' && result.code === 'timeout' && requestTimeoutMs < options.requestTimeoutMs;
      lastReason =
        cutShort && lastReason !== null
          ? `${lastReason} (the last attempt was cut short by the overall timeout)`
          : attempt.reason;
      if (!cutShort) lastFailure = { attempt: attempts, reason: attempt.reason };
      if (
        attempt.status !== null &&
        options.failFastStatus &&
        matchesStatus(options.failFastStatus, attempt.status)
      ) {
        const reason = `fail-fast-status ${options.failFastStatus.text}: got ${attempt.status}, not retried; ${attempt.reason}`;
        progress(`attempt ${attempts}: failed: ${reason}`);
        return finish('failed', reason);
      }
    }

    const left = deadline - clock.now();
    const delay = attempt.ok ? options.intervalMs : retryDelay(failuresInRow, options);
    // No attempt starts so late that it could only time out: stop when the next one is not due in time.
    if (delay + Math.min(options.requestTimeoutMs, MIN_ATTEMPT_MS) >= left) {
      const tried = `${attempts} attempt${attempts === 1 ? '' : 's'} in ${formatDuration(clock.now() - started)}`;
      const reason =
        lastReason === null
          ? `only ${successesInRow} of ${options.consecutiveSuccesses} successes in a row after ${tried}, and no time for another before the ${formatDuration(options.timeoutMs)} timeout` +
            (lastFailure ? `; attempt ${lastFailure.attempt} failed: ${lastFailure.reason}` : '')
          : `still failing after ${tried}, and no time for another before the ${formatDuration(options.timeoutMs)} timeout: ${lastReason}`;
      progress(`attempt ${attempts}: ${attempt.ok ? 'ok' : `failed: ${attempt.reason}`}; out of time`);
      return finish('timeout', reason);
    }
    if (!attempt.ok) {
      // The full reason once; while it stays the same, a short line keeps the count visible.
      const same =
        fullyLogged !== null && fullyLogged.reason === attempt.reason ? fullyLogged.attempt : undefined;
      if (same === undefined) fullyLogged = { attempt: attempts, reason: attempt.reason };
      const what = same === undefined ? `failed: ${attempt.reason}` : `failed again, as in attempt ${same}`;
      progress(`attempt ${attempts}: ${what}; retrying in ${formatDuration(delay)}`);
    }
    await options.sleep(delay, signal);
  }
}

/** Runs every check concurrently and reports on each; never throws for a failing check. */
export async function runSmokeChecks(
  checks: readonly SmokeCheck[],
  options: SmokeOptions = {},
): Promise<SmokeReport> {
  const resolved = resolveOptions(options);
  const started = resolved.clock.now();
  const reports = await Promise.all(checks.map((check) => runCheck(check, resolved)));
  return {
    passed: reports.length > 0 && reports.every((report) => report.passed),
    elapsedMs: roundMs(resolved.clock.now() - started),
    checks: reports,
  };
}

/** The report as the `report` output: per check, without the raw latency samples. */
export function reportForOutput(report: SmokeReport): object {
  return {
    passed: report.passed,
    elapsedMs: report.elapsedMs,
    checks: report.checks.map(({ samplesMs: _samples, ...check }) => check),
  };
}

// runSmokeChecks: every check at once, each retried until it passes `consecutiveSuccesses` times
// in a row, fails on a fail-fast status, or the overall deadline ends; then one report.
import { formatDuration } from '../action/duration.js';
import { realSleep, systemClock } from '../wait/poll.js';
import type { Timing } from '../wait/timing.js';
import type { CertificateInfo } from './certificate.js';
import type { SmokeCheck } from './checks.js';
import { unmetExpectations } from './expectations.js';
import { displayUrl, probe as realProbe, type Prober, type ProbeResult } from './probe.js';
import { latencyStats, roundMs, type LatencyStats } from './stats.js';
import { matchesStatus, type StatusSpec } from './status-spec.js';

export interface SmokeOptions extends Timing {
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
  /** Wall clock for certificate expiry (ms since epoch); default Date.now. */
  now?: () => number;
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

type Resolved = {
  [K in keyof Omit<SmokeOptions, 'failFastStatus' | 'ca' | 'signal' | 'onProgress'>]-?: Exclude<
    SmokeOptions[K],
    undefined
  >;
} & {
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

/** A check's attempts so far: what its report and its log lines are made of. */
interface Tally {
  attempts: number;
  successesInRow: number;
  failuresInRow: number;
  lastStatus: number | null;
  lastReason: string | null;
  /** The last failure the overall deadline did not cut short. */
  lastFailure: { attempt: number; reason: string } | null;
  /** The last failure logged in full (a repeat of it gets a short line). */
  fullyLogged: { attempt: number; reason: string } | null;
  certificate: CertificateInfo | null;
  samples: number[];
}

async function runCheck(check: SmokeCheck, options: Resolved): Promise<CheckReport> {
  const { clock, signal } = options;
  const started = clock.now();
  const deadline = started + options.timeoutMs;
  const tally: Tally = {
    attempts: 0,
    successesInRow: 0,
    failuresInRow: 0,
    lastStatus: null,
    lastReason: null,
    lastFailure: null,
    fullyLogged: null,
    certificate: null,
    samples: [],
  };
  const progress = (line: string): void => options.onProgress?.(check, line);
  const finish = (outcome: CheckOutcome, failureReason: string | null): CheckReport =>
    checkReport(check, tally, outcome, failureReason, clock.now() - started);
  const cancelled = (): CheckReport =>
    finish(
      'cancelled',
      `cancelled after ${tally.attempts} attempt${tally.attempts === 1 ? '' : 's'}${tally.lastReason ? `; last failure: ${tally.lastReason}` : ''}`,
    );

  for (;;) {
    if (signal?.aborted) return cancelled();
    tally.attempts += 1;
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
    if (attempt.status !== null) tally.lastStatus = attempt.status;
    if (attempt.latencyMs !== null) tally.samples.push(attempt.latencyMs);
    if (attempt.certificate) tally.certificate = attempt.certificate;

    if (attempt.ok) {
      if (countSuccess(tally, attempt, options, progress)) return finish('passed', null);
    } else {
      // A request the overall deadline cut short says little; the failure before it says more.
      const cutShort =
        result.kind === 'error' && result.code === 'timeout' && requestTimeoutMs < options.requestTimeoutMs;
      const failFast = countFailure(tally, attempt, cutShort, options);
      if (failFast) {
        progress(`attempt ${tally.attempts}: failed: ${failFast}`);
        return finish('failed', failFast);
      }
    }

    const left = deadline - clock.now();
    const delay = attempt.ok ? options.intervalMs : retryDelay(tally.failuresInRow, options);
    // No attempt starts so late that it could only time out: stop when the next one is not due in time.
    if (delay + Math.min(options.requestTimeoutMs, MIN_ATTEMPT_MS) >= left) {
      progress(`attempt ${tally.attempts}: ${attempt.ok ? 'ok' : `failed: ${attempt.reason}`}; out of time`);
      return finish('timeout', outOfTimeReason(tally, options, clock.now() - started));
    }
    if (!attempt.ok) logRetry(tally, attempt, delay, progress);
    await options.sleep(delay, signal);
  }
}

function checkReport(
  check: SmokeCheck,
  tally: Tally,
  outcome: CheckOutcome,
  failureReason: string | null,
  elapsedMs: number,
): CheckReport {
  return {
    name: check.name,
    url: displayUrl(check.url),
    method: check.method,
    passed: outcome === 'passed',
    outcome,
    attempts: tally.attempts,
    lastStatus: tally.lastStatus,
    failureReason,
    elapsedMs: roundMs(elapsedMs),
    latencyMs: latencyStats(tally.samples),
    samplesMs: tally.samples.map(roundMs),
    certificate: tally.certificate,
  };
}

/** Counts a successful attempt; true when it makes enough in a row for the check to pass. */
function countSuccess(
  tally: Tally,
  attempt: Attempt,
  options: Resolved,
  progress: (line: string) => void,
): boolean {
  tally.successesInRow += 1;
  tally.failuresInRow = 0;
  tally.lastReason = null;
  const seen = seenOf(attempt);
  if (tally.successesInRow >= options.consecutiveSuccesses) {
    progress(`attempt ${tally.attempts}: passed${seen}`);
    return true;
  }
  progress(
    `attempt ${tally.attempts}: ok${seen}, ${tally.successesInRow} of ${options.consecutiveSuccesses} in a row`,
  );
  return false;
}

/** Counts a failed attempt; returns why the check fails at once when its status is a fail-fast one. */
function countFailure(
  tally: Tally,
  attempt: Attempt,
  cutShort: boolean,
  options: Resolved,
): string | undefined {
  tally.successesInRow = 0;
  tally.failuresInRow += 1;
  tally.lastReason =
    cutShort && tally.lastReason !== null
      ? `${tally.lastReason} (the last attempt was cut short by the overall timeout)`
      : attempt.reason;
  if (!cutShort) tally.lastFailure = { attempt: tally.attempts, reason: attempt.reason };
  if (
    attempt.status !== null &&
    options.failFastStatus &&
    matchesStatus(options.failFastStatus, attempt.status)
  )
    return `fail-fast-status ${options.failFastStatus.text}: got ${attempt.status}, not retried; ${attempt.reason}`;
  return undefined;
}

/** The status and latency of an attempt that got a response, for its log line. */
function seenOf(attempt: Attempt): string {
  return attempt.status === null ? '' : ` (${attempt.status}, ${formatDuration(attempt.latencyMs ?? 0)})`;
}

function outOfTimeReason(tally: Tally, options: Resolved, elapsedMs: number): string {
  const { attempts, lastReason, lastFailure } = tally;
  const tried = `${attempts} attempt${attempts === 1 ? '' : 's'} in ${formatDuration(elapsedMs)}`;
  return lastReason === null
    ? `only ${tally.successesInRow} of ${options.consecutiveSuccesses} successes in a row after ${tried}, and no time for another before the ${formatDuration(options.timeoutMs)} timeout` +
        (lastFailure ? `; attempt ${lastFailure.attempt} failed: ${lastFailure.reason}` : '')
    : `still failing after ${tried}, and no time for another before the ${formatDuration(options.timeoutMs)} timeout: ${lastReason}`;
}

/** The full reason once; while it stays the same, a short line keeps the count visible. */
function logRetry(tally: Tally, attempt: Attempt, delay: number, progress: (line: string) => void): void {
  const { fullyLogged } = tally;
  const same =
    fullyLogged !== null && fullyLogged.reason === attempt.reason ? fullyLogged.attempt : undefined;
  if (same === undefined) tally.fullyLogged = { attempt: tally.attempts, reason: attempt.reason };
  const what = same === undefined ? `failed: ${attempt.reason}` : `failed again, as in attempt ${same}`;
  progress(`attempt ${tally.attempts}: ${what}; retrying in ${formatDuration(delay)}`);
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

// What every reliability file shares: the fault plan, running a bundle through the proxy,
// timing a cancel, the bad-input assertions and the secret search.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { assertNoSecretLeak, type RunOptions, type RunResult } from '../../support/harness.js';
import { isMutating, type CallInfo, type FaultPlan, type RecordedCall } from '../../support/proxy.js';
import type { ProxiedRun } from '../../support/proxied-run.js';

Object.assign(process.env, { AWS_EC2_METADATA_DISABLED: 'true' });

export { DUMMY_AWS_ENV, runProxied, type ProxiedRun } from '../../support/proxied-run.js';

/**
 * Seed of the fault PRNG (mulberry32): its first two draws are a throttle and an HTTP 500, so
 * every scenario, however few calls it makes, meets both kinds; later draws fall at the rates.
 */
export const SEED = 90;

/**
 * The fault matrix in one plan: throttling on 20 % of calls, HTTP 500 on 5 %, 300 ms
 * added to every call, and one dropped connection: the first `pollOperation` call after
 * `changeOperation` has gone through (a poll of the wait that follows the change).
 */
export function faultPlan(changeOperation: string, pollOperation: string, seed = SEED): FaultPlan {
  let changed = false;
  return {
    throttleRate: 0.2,
    http500Rate: 0.05,
    latencyMs: 300,
    seed,
    dropOnce: (call: CallInfo) => {
      if (call.operation === changeOperation) changed = true;
      return changed && call.operation === pollOperation;
    },
  };
}

/** Calls that reached moto (not answered by an injected fault; a delayed call still arrives). */
export const forwarded = (calls: readonly RecordedCall[], operation: string): RecordedCall[] =>
  calls.filter((call) => call.operation === operation && (!call.faulted || call.faulted === 'latency'));

/** The plan's faults all happened: throttling, HTTP 500, the one drop, latency on the rest. */
export function expectEveryFault(calls: readonly RecordedCall[], pollOperation: string): void {
  const kinds = (kind: string) => calls.filter((call) => call.faulted === kind);
  expect(kinds('throttle').length).toBeGreaterThan(0);
  expect(kinds('http500').length).toBeGreaterThan(0);
  expect(kinds('drop').map((call) => call.operation)).toEqual([pollOperation]);
  expect(calls.every((call) => call.faulted !== undefined)).toBe(true);
}

export const mutatingOperations = (calls: readonly RecordedCall[]): string[] =>
  calls.filter(isMutating).map((call) => call.operation);

export { errorLines } from '../../support/harness.js';
import { errorLines } from '../../support/harness.js';

/** Runs with `signalAfter` and measures the time from the signal to the exit of the process. */
export async function runCancelled(
  run: (signalAfter: NonNullable<RunOptions['signalAfter']>) => Promise<ProxiedRun>,
  signal: 'SIGINT' | 'SIGTERM',
  when: (stdout: string) => boolean,
): Promise<ProxiedRun & { signalToExitMs: number }> {
  let signalledAt: number | undefined;
  const ran = await run({
    signal,
    when: (stdout) => {
      if (signalledAt !== undefined || !when(stdout)) return false;
      signalledAt = performance.now();
      return true;
    },
  });
  const exitedAt = performance.now();
  if (signalledAt === undefined)
    throw new Error(`the run ended before ${signal} was sent:\n${ran.result.stdout}`);
  return { ...ran, signalToExitMs: exitedAt - signalledAt };
}

/**
 * A refused input: exit 1, exactly one error line and it names `input`, no mutating call.
 * Returns the number of AWS calls made (zero for every action today).
 */
export function expectRefused(run: ProxiedRun, input: string): { awsCalls: number; mutating: number } {
  const { result, calls } = run;
  const errors = errorLines(result);
  expect({ code: result.code, errors: errors.length }).toEqual({ code: 1, errors: 1 });
  const title = result.commands.find((command) => command.command === 'error')?.properties?.['title'] ?? '';
  expect(`${title} ${errors[0] ?? ''}`).toContain(input);
  expect(mutatingOperations(calls)).toEqual([]);
  return { awsCalls: calls.length, mutating: 0 };
}

function fileCount(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((count, entry) => {
    const path = join(dir, entry.name);
    return count + (entry.isDirectory() ? fileCount(path) : statSync(path).isFile() ? 1 : 0);
  }, 0);
}

/**
 * assertNoSecretLeak, and the number of places it searched: stdout and stderr lines, outputs,
 * state, env, the summary, and the files of the workspace and temp dirs.
 */
export function expectNoSecretLeak(result: RunResult, secrets: string[]): number {
  assertNoSecretLeak(result, secrets);
  return (
    result.stdout.split('\n').length +
    result.stderr.split('\n').length +
    Object.keys(result.outputs).length +
    Object.keys(result.state).length +
    Object.keys(result.env).length +
    1 +
    fileCount(result.tempDir)
  );
}

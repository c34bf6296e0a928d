// A bundle run with its AWS traffic through the recording proxy (support/proxy.ts): the calls it
// made come back with its result, and the proxy is left clean for the next run.
import { runAction, type InputValue, type RunOptions, type RunResult } from './harness.js';
import type { FaultPlan, Proxy, RecordedCall } from './proxy.js';

/** Dummy credentials and no instance metadata, for the test process's own clients. */
export const DUMMY_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'testing',
  AWS_SECRET_ACCESS_KEY: 'testing',
  AWS_SESSION_TOKEN: 'testing',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  AWS_EC2_METADATA_DISABLED: 'true',
};

export interface ProxiedRun {
  result: RunResult;
  calls: RecordedCall[];
}

/** Runs a bundle with its AWS traffic through `proxy`, at the action's own retry defaults. */
export async function runProxied(
  proxy: Proxy,
  name: string,
  inputs: Record<string, InputValue | undefined>,
  options: RunOptions & { faults?: FaultPlan } = {},
): Promise<ProxiedRun> {
  proxy.reset();
  if (options.faults) proxy.setFaults(options.faults);
  const result = await runAction(name, inputs, {
    timeoutMs: 60_000,
    ...options,
    env: { ...DUMMY_AWS_ENV, AWS_ENDPOINT_URL: proxy.url, ...options.env },
  });
  const calls = [...proxy.calls];
  proxy.reset();
  return { result, calls };
}

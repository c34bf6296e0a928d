import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createClient } from '../../../shared/aws/clients.js';
import { watchAlarms, type AlarmWatchResult } from '../../../shared/alarms/watch.js';
import type { RollbackPlan } from './plan.js';

export async function watchBakeWindow(
  alarms: NonNullable<RollbackPlan['alarms']>,
  region: string | undefined,
  options: { maxPollIntervalMs: number; signal: AbortSignal; onProgress: (line: string) => void },
): Promise<AlarmWatchResult> {
  const client = createClient(CloudWatchClient, { region });
  return watchAlarms({
    client,
    names: alarms.names,
    bakeTimeMs: alarms.bakeTimeMs,
    atStart: alarms.atStart,
    maxPollIntervalMs: options.maxPollIntervalMs,
    signal: options.signal,
    onProgress: options.onProgress,
  });
}

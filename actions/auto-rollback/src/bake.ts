import { resolveRegion } from '../../../shared/aws/clients.js';
import { cloudWatchClients } from '../../../shared/alarms/clients.js';
import { placeAlarms } from '../../../shared/alarms/regions.js';
import { watchAlarms, type AlarmWatchResult } from '../../../shared/alarms/watch.js';
import type { RollbackPlan } from './plan.js';

/**
 * The bake window. `regions` are the regions of the records (or of the manual target; undefined:
 * AWS_REGION): an alarm ARN is read in its own region, a bare name in theirs (refused when they
 * are several).
 */
export async function watchBakeWindow(
  alarms: NonNullable<RollbackPlan['alarms']>,
  regions: readonly (string | undefined)[],
  options: { maxPollIntervalMs: number; signal: AbortSignal; onProgress: (line: string) => void },
): Promise<AlarmWatchResult> {
  return watchAlarms({
    alarms: placeAlarms(
      alarms.names,
      regions.map((region) => region ?? resolveRegion(undefined)),
      'alarms',
    ),
    clientFor: cloudWatchClients(),
    bakeTimeMs: alarms.bakeTimeMs,
    atStart: alarms.atStart,
    maxPollIntervalMs: options.maxPollIntervalMs,
    signal: options.signal,
    onProgress: options.onProgress,
  });
}

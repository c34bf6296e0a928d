// Watches CloudWatch alarms through a bake window: the first one to enter ALARM ends the watch.
// Each alarm is read in its own region (shared/alarms/regions.ts).
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { readPlacedAlarms, type AlarmState } from './read.js';
import type { PlacedAlarm } from './regions.js';
import { pollHooks, pollUntil } from '../wait/poll.js';
import type { Timing } from '../wait/timing.js';

type AlarmsAtStart = 'ignore' | 'fail';

export interface AlarmWatchOptions extends Timing {
  alarms: readonly PlacedAlarm[];
  /** A CloudWatch client of a region (undefined: the SDK's default region). */
  clientFor: (region: string | undefined) => CloudWatchClient;
  bakeTimeMs: number;
  atStart: AlarmsAtStart;
  maxPollIntervalMs?: number;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}

/** What is watched: each alarm in its region, and where to get a client of that region. */
export type WatchedAlarms = Pick<AlarmWatchOptions, 'alarms' | 'clientFor'>;

export type AlarmWatchResult =
  | { outcome: 'clear'; alreadyInAlarm: string[]; polls: number; elapsedMs: number }
  | {
      outcome: 'alarm';
      alarm: string;
      reason: string;
      alreadyInAlarm: string[];
      polls: number;
      elapsedMs: number;
    }
  | { outcome: 'cancelled'; alreadyInAlarm: string[]; polls: number; elapsedMs: number };

export async function watchAlarms(options: AlarmWatchOptions): Promise<AlarmWatchResult> {
  const read = () => readPlacedAlarms(options.alarms, options.clientFor);
  const initial = await read();
  const alreadyInAlarm = initial.filter((alarm) => alarm.state === 'ALARM').map((alarm) => alarm.name);
  const first = initial.find((alarm) => alarm.state === 'ALARM');
  if (options.atStart === 'fail' && first)
    return {
      outcome: 'alarm',
      alarm: first.name,
      reason: `alarm ${first.name} was already in ALARM when the bake window started: ${first.reason ?? ''}`,
      alreadyInAlarm,
      polls: 1,
      elapsedMs: 0,
    };
  // With 'ignore', an alarm already firing counts only once it has recovered and fires again.
  const ignored = new Set(alreadyInAlarm);
  const watch = await pollUntil<AlarmState | null>({
    timeoutMs: options.bakeTimeMs,
    ownTime: true,
    initialDelayMs: 5000,
    maxDelayMs: options.maxPollIntervalMs ?? 15_000,
    ...pollHooks(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    check: async (attempt) => {
      const alarms = attempt === 1 ? initial : await read();
      for (const alarm of alarms) if (alarm.state !== 'ALARM') ignored.delete(alarm.name);
      const firing = alarms.find((alarm) => alarm.state === 'ALARM' && !ignored.has(alarm.name));
      if (firing)
        return {
          status: 'failed',
          reason: firing.reason ?? 'no reason given',
          value: firing,
          state: `${firing.name} in ALARM`,
        };
      const quiet = alarms.length - alarms.filter((alarm) => alarm.state === 'ALARM').length;
      return { status: 'pending', state: `${quiet}/${alarms.length} alarm(s) not in ALARM` };
    },
  });
  const base = { alreadyInAlarm, polls: watch.attempts, elapsedMs: watch.elapsedMs };
  if (watch.outcome === 'failed' && watch.value)
    return {
      outcome: 'alarm',
      alarm: watch.value.name,
      reason: `alarm ${watch.value.name} entered ALARM: ${watch.reason}`,
      ...base,
    };
  if (watch.outcome === 'cancelled') return { outcome: 'cancelled', ...base };
  return { outcome: 'clear', ...base };
}

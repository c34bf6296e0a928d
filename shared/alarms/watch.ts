// Watches CloudWatch alarms through a bake window: the first one to enter ALARM ends the watch.
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { readAlarms, type AlarmState } from './read.js';
import { pollHooks, pollUntil, type Clock, type Sleep } from '../wait/poll.js';

export type AlarmsAtStart = 'ignore' | 'fail';

export interface AlarmWatchOptions {
  client: CloudWatchClient;
  names: string[];
  bakeTimeMs: number;
  atStart: AlarmsAtStart;
  maxPollIntervalMs?: number;
  signal?: AbortSignal;
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
  onProgress?: (line: string) => void;
}

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
  const initial = await readAlarms(options.client, options.names);
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
      const alarms = attempt === 1 ? initial : await readAlarms(options.client, options.names);
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

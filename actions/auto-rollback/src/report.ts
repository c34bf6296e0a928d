// The summary of a bake window that passed; a rollback's summary is shared/targets/summary.ts.
import type { Summary } from '../../../shared/action/summary.js';

export function reportQuiet(
  summary: Summary,
  alarms: string[],
  alreadyInAlarm: string[],
  text: string,
): void {
  summary.heading('Rollback');
  summary.status('success', `Bake window passed: ${text}. Nothing rolled back.`);
  summary.table(
    ['alarm', 'at start'],
    alarms.map((alarm) => [
      alarm,
      alreadyInAlarm.includes(alarm) ? 'ALARM (ignored until it recovers)' : 'not in ALARM',
    ]),
  );
}

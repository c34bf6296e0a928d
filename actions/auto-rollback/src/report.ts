import { code, type Summary } from '../../../shared/action/summary.js';
import { formatDuration } from '../../../shared/action/duration.js';
import type { RestoreRow } from './restore.js';

const STATUS_TEXT: Record<RestoreRow['status'], string> = {
  restored: '✅ restored',
  'already-restored': '✅ already restored',
  'nothing-to-restore': '➖ nothing to restore',
  refused: '⛔ refused',
  failed: '❌ failed',
  'not-waited': '⏳ started',
};

export function reportRollback(
  summary: Summary,
  rows: RestoreRow[],
  reason: string,
  elapsedMs: number,
): void {
  const bad = rows.some((row) => row.status === 'failed' || row.status === 'refused');
  const changed = rows.filter((row) => row.changed).length;
  summary.heading('Rollback');
  summary.status(
    bad ? 'failure' : 'success',
    bad
      ? 'The rollback did not complete.'
      : changed
        ? `Restored ${changed} resource(s) to their previous state in ${formatDuration(elapsedMs)}.`
        : rows.every((row) => row.status === 'nothing-to-restore')
          ? 'The deployment changed nothing, so nothing was restored.'
          : 'Everything was already in its previous state; nothing changed.',
  );
  summary.paragraph(`Why: ${reason}`);
  summary.table(
    ['resource', 'from', 'to', 'result', 'time', 'detail'],
    rows.map((row) => [
      { markdown: code(row.resource) },
      row.from ? { markdown: code(row.from) } : '',
      row.to ? { markdown: code(row.to) } : '',
      STATUS_TEXT[row.status],
      formatDuration(row.elapsedMs),
      row.message,
    ]),
  );
}

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

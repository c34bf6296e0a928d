// The job-summary shapes every target shares: a deploy's headline from its record's status, and
// the table of a restore (auto-rollback and the root action's rollback step).
import { code, type Status, type Summary } from '../action/summary.js';
import { formatDuration } from '../action/duration.js';
import type { RecordStatus } from '../record/record.js';
import { unrestored, type RestoreRow } from './restore.js';

const STATUS_WORDS: Record<RecordStatus, Extract<Status, 'success' | 'failure' | 'warning' | 'info'>> = {
  succeeded: 'success',
  failed: 'failure',
  'timed-out': 'failure',
  cancelled: 'warning',
  planned: 'info',
  'rolled-back': 'warning',
};

/** A deploy's headline: the record's status, in words (`message`) or what was done (`done`). */
export function statusHeadline(
  summary: Summary,
  status: RecordStatus,
  done: string,
  message: string | undefined,
): void {
  summary.status(STATUS_WORDS[status], message ?? done);
}

const RESTORE_TEXT: Record<RestoreRow['status'], string> = {
  restored: '✅ restored',
  'already-restored': '✅ already restored',
  'nothing-to-restore': '➖ nothing to restore',
  refused: '⛔ refused',
  failed: '❌ failed',
  'not-waited': '⏳ started',
};

/**
 * A restore's section: did every record come back, why the rollback ran, one row per record.
 * auto-rollback writes it as its summary (level 2), the root action in its details (level 3),
 * without the reason, which its timeline already gives once.
 */
export function reportRestores(
  summary: Summary,
  rows: readonly RestoreRow[],
  report: { reason?: string | undefined; elapsedMs: number; headingLevel: 2 | 3 },
): void {
  const bad = rows.some(unrestored);
  const changed = rows.filter((row) => row.changed).length;
  summary.heading('Rollback', report.headingLevel);
  summary.status(
    bad ? 'failure' : 'success',
    bad
      ? 'The rollback did not complete.'
      : changed
        ? `Restored ${changed} resource(s) to their previous state in ${formatDuration(report.elapsedMs)}.`
        : rows.every((row) => row.status === 'nothing-to-restore')
          ? 'The deployment changed nothing, so nothing was restored.'
          : 'Everything was already in its previous state; nothing changed.',
  );
  if (report.reason) summary.paragraph(`Why: ${report.reason}`);
  restoreTable(summary, rows);
}

/** One row per record restored: resource, from, to, result, time, detail. */
export function restoreTable(summary: Summary, rows: readonly RestoreRow[]): void {
  summary.table(
    ['resource', 'from', 'to', 'result', 'time', 'detail'],
    rows.map((row) => [
      { markdown: code(row.resource) },
      row.from ? { markdown: code(row.from) } : '',
      row.to ? { markdown: code(row.to) } : '',
      RESTORE_TEXT[row.status],
      formatDuration(row.elapsedMs),
      row.message,
    ]),
  );
}

// The job summary of a CloudFormation stack deploy, the same in deploy-lambda-image and the root
// action: status before and after, parameters, the change set, failed events, stack outputs.
import { formatDuration } from '../../action/duration.js';
import { code, raw, type Summary } from '../../action/summary.js';
import type { RecordStatus } from '../../record/record.js';
import type { StackProgress } from './deploy.js';
import { statusHeadline } from '../summary.js';

export function reportStack(
  summary: Summary,
  report: {
    progress: StackProgress;
    stackName: string;
    imageUri: string | undefined;
    status: RecordStatus;
    message: string | undefined;
    dryRun: boolean;
    title: string;
    headingLevel: 2 | 3;
  },
): void {
  const { progress, stackName, imageUri, status, message, dryRun } = report;
  const sub = report.headingLevel === 2 ? 3 : 4;
  summary.heading(`${report.title}${dryRun ? ' (dry run)' : ''}`, report.headingLevel);
  const empty = progress.changeSet?.empty === true;
  statusHeadline(
    summary,
    status,
    dryRun
      ? 'Plan only: no change set was created, nothing was changed.'
      : empty
        ? `Stack ${stackName}: no changes, nothing to do.`
        : `Stack ${stackName} deployed.`,
    message,
  );
  const rows: Text2[] = [];
  if (progress.before) rows.push(['status before', progress.before.StackStatus ?? '']);
  else if (progress.previous === null) rows.push(['status before', 'no stack: created by this run']);
  if (progress.continuedRollback)
    rows.push(['rollback', 'the stack was in UPDATE_ROLLBACK_FAILED; the rollback was continued first']);
  if (imageUri) rows.push(['image', raw(code(imageUri))]);
  if (progress.after) rows.push(['status after', progress.after.StackStatus ?? '']);
  if (progress.follow) rows.push(['took', formatDuration(progress.follow.elapsedMs)]);
  summary.table(['', ''], rows);
  if (progress.plan) {
    summary.heading('Parameters', sub);
    summary.table(
      ['parameter', 'value'],
      progress.plan.rows.map((row) => [row.key, row.shown ? raw(code(row.value)) : row.value]),
    );
  }
  if (progress.changeSet && !progress.changeSet.empty) {
    summary.heading('Change set', sub);
    summary.table(
      ['action', 'resource', 'type', 'replacement'],
      progress.changeSet.changes.map((change) => [
        change.action,
        change.logicalId,
        change.type,
        change.replacement || '—',
      ]),
    );
  }
  if (progress.follow?.diagnostics) progress.follow.diagnostics(summary);
  const outputs = Object.entries(progress.outputs);
  if (outputs.length) {
    summary.heading('Stack outputs', sub);
    summary.table(
      ['output', 'value'],
      outputs.map(([key, value]) => [key, raw(code(value))]),
    );
  }
}

type Text2 = [string, string | ReturnType<typeof raw>];

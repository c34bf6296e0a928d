// Job summary of deploy-lambda-image: image from → to, version, alias weights over time, the
// change set as a table, stack outputs, and why it failed.
import { formatDuration } from '../../../shared/action/duration.js';
import type { InputValues } from '../../../shared/action/inputs.js';
import { code, raw, type Summary } from '../../../shared/action/summary.js';
import type { RecordStatus } from '../../../shared/record/record.js';
import type { StackProgress } from '../../../shared/targets/cloudformation/deploy.js';
import type { LambdaProgress } from '../../../shared/targets/lambda/deploy.js';
import { describeAlias } from '../../../shared/targets/lambda/snapshot.js';
import type { inputs } from './inputs.js';

const STATUS_WORDS: Record<RecordStatus, 'success' | 'failure' | 'warning' | 'info'> = {
  succeeded: 'success',
  failed: 'failure',
  'timed-out': 'failure',
  cancelled: 'warning',
  planned: 'info',
  'rolled-back': 'warning',
};

function headline(summary: Summary, status: RecordStatus, done: string, message: string | undefined): void {
  summary.status(STATUS_WORDS[status], message ?? done);
}

export function reportFunction(
  summary: Summary,
  report: {
    progress: LambdaProgress;
    values: InputValues<typeof inputs>;
    status: RecordStatus;
    message: string | undefined;
    dryRun: boolean;
  },
): void {
  const { progress, values, status, message, dryRun } = report;
  const name = values['function-name'] ?? '';
  summary.heading(`deploy-lambda-image: ${name}${dryRun ? ' (dry run)' : ''}`);
  headline(summary, status, dryRun ? 'Plan only: nothing was changed.' : `${name} deployed.`, message);
  const rows: Array<[string, ReturnType<typeof raw> | string]> = [];
  if (progress.snapshot) rows.push(['image before', raw(code(progress.snapshot.imageUri || '(none)'))]);
  if (progress.resolved)
    rows.push([
      'image after',
      raw(
        `${code(progress.resolved.imageUri)}${progress.resolved.via === 'index' ? ` (from the image index ${code(progress.resolved.indexDigest ?? '')})` : progress.resolved.via === 'tag' ? ` (tag ${code(values.image)} pinned)` : ''}`,
      ),
    ]);
  if (progress.codeChanged === false) rows.push(['code', 'unchanged: the function already ran this image']);
  if (progress.configurationChanged)
    rows.push([
      'configuration',
      [
        values.environment && Object.keys(values.environment).length
          ? `environment: ${Object.keys(values.environment).join(', ')} set`
          : '',
        values.description ? 'description updated' : '',
      ]
        .filter(Boolean)
        .join('; '),
    ]);
  if (progress.version) rows.push(['version', progress.version]);
  if (progress.snapshot?.alias)
    rows.push([`alias ${values.alias} before`, describeAlias(progress.snapshot.alias)]);
  if (progress.alias && progress.weights.length)
    rows.push([`alias ${values.alias} after`, describeAlias(progress.alias)]);
  summary.table(
    ['', ''],
    rows.map(([key, value]) => [key, value]),
  );
  if (progress.weights.length > 1 || (values.traffic && progress.weights.length)) {
    summary.heading('Alias weights over time', 3);
    summary.table(
      ['at', 'weights', 'step'],
      progress.weights.map((point) => [
        formatDuration(point.atMs),
        Object.entries(point.weights)
          .map(([version, percent]) => `${percent}% → v${version}`)
          .join(', '),
        point.note,
      ]),
    );
  }
}

export function reportStack(
  summary: Summary,
  report: {
    progress: StackProgress;
    stackName: string;
    imageUri: string | undefined;
    status: RecordStatus;
    message: string | undefined;
    dryRun: boolean;
  },
): void {
  const { progress, stackName, imageUri, status, message, dryRun } = report;
  summary.heading(`deploy-lambda-image: stack ${stackName}${dryRun ? ' (dry run)' : ''}`);
  const empty = progress.changeSet?.empty === true;
  headline(
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
    summary.heading('Parameters', 3);
    summary.table(
      ['parameter', 'value'],
      progress.plan.rows.map((row) => [row.key, row.shown ? raw(code(row.value)) : row.value]),
    );
  }
  if (progress.changeSet && !progress.changeSet.empty) {
    summary.heading('Change set', 3);
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
    summary.heading('Stack outputs', 3);
    summary.table(
      ['output', 'value'],
      outputs.map(([key, value]) => [key, raw(code(value))]),
    );
  }
}

type Text2 = [string, string | ReturnType<typeof raw>];

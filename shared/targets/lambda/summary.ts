// The job summary of a Lambda deploy (direct mode), the same in deploy-lambda-image and the root
// action: image from → to, version, alias before and after, alias weights over time, why it failed.
import { formatDuration } from '../../action/duration.js';
import { code, raw, type Summary } from '../../action/summary.js';
import type { RecordStatus } from '../../record/record.js';
import type { LambdaDeployRequest, LambdaProgress } from './deploy.js';
import { describeAlias } from './snapshot.js';
import { statusHeadline } from '../summary.js';

export function reportFunction(
  summary: Summary,
  report: {
    title: string;
    headingLevel: 2 | 3;
    progress: LambdaProgress;
    request: LambdaDeployRequest;
    status: RecordStatus;
    message: string | undefined;
  },
): void {
  const { progress, request: values, status, message } = report;
  const dryRun = values.dryRun;
  const name = values.functionName;
  summary.heading(`${report.title}${dryRun ? ' (dry run)' : ''}`, report.headingLevel);
  statusHeadline(summary, status, dryRun ? 'Plan only: nothing was changed.' : `${name} deployed.`, message);
  const rows: Array<[string, ReturnType<typeof raw> | string]> = [];
  if (progress.snapshot) rows.push(['image before', raw(code(progress.snapshot.imageUri || '(none)'))]);
  if (progress.resolved)
    rows.push([
      'image after',
      raw(
        `${code(progress.resolved.imageUri)}${progress.resolved.via === 'index' ? ` (from the image index ${code(progress.resolved.indexDigest ?? '')})` : progress.resolved.via === 'tag' ? ` (tag ${code(`${values.image.registry}/${values.image.repository}:${values.image.tag ?? ''}`)} pinned)` : ''}`,
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
    summary.heading('Alias weights over time', report.headingLevel === 2 ? 3 : 4);
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

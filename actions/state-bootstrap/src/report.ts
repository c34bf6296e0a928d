// The job summary: each resource and setting with created / ok / drift / fixed, and the backend config.
import { code, raw, type Summary } from '../../../shared/action/summary.js';
import type { BootstrapResult } from './bootstrap.js';
import type { StateOptions } from './options.js';
import type { SettingStatus } from './settings.js';

const STATUS_TEXT: Record<SettingStatus, string> = {
  created: '🆕 created',
  ok: '✅ ok',
  drift: '⚠️ drift',
  fixed: '🔧 fixed',
};

export function reportSummary(
  summary: Summary,
  options: StateOptions,
  result: BootstrapResult,
  elapsedMs: number,
): void {
  const drifted = result.drift.filter((entry) => !entry.fixed).length;
  summary.heading('state-bootstrap');
  summary.status(
    drifted > 0 ? 'warning' : 'success',
    raw(
      `Bucket ${code(options.bucket)}${options.lockTable ? ` and lock table ${code(options.lockTable)}` : ''} in ${code(options.region)}: ` +
        (result.created.length > 0
          ? `created ${result.created.map((entry) => entry.resource).join(' and ')}`
          : 'already there') +
        (drifted > 0 ? `; ${drifted} setting(s) drifted (rerun with \`fix-drift: true\` to fix them)` : '') +
        ` in ${(elapsedMs / 1000).toFixed(1)}s.`,
    ),
  );
  summary.table(
    ['Resource', 'Setting', 'Expected', 'Found', 'Status'],
    result.settings.map((entry) => [
      entry.resource,
      entry.setting,
      entry.expected,
      entry.status === 'created' ? '—' : entry.found,
      STATUS_TEXT[entry.status],
    ]),
  );
  if (options.locking === 'dynamodb')
    summary.paragraph(
      'DynamoDB locking is deprecated since Terraform and OpenTofu 1.10; `locking: both` keeps the table while moving to the S3 lock file.',
    );
  summary.heading(
    result.backendConfigFile
      ? raw(`Backend config (${code(result.backendConfigFile.path)})`)
      : 'Backend config',
    3,
  );
  summary.codeBlock(result.backendConfig, 'hcl');
}

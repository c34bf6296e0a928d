// state-bootstrap: a hardened S3 state bucket (and optional DynamoDB lock table), idempotent and
// drift-reporting, plus the backend config that points Terraform/OpenTofu at it.
import { info, warning } from '../../../shared/action/runtime.js';
import { readInputs } from '../../../shared/action/inputs.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import type { RunContext } from '../../../shared/action/run.js';
import { inputs, outputs } from './inputs.js';
import { resolveOptions } from './options.js';

export async function main(context: RunContext): Promise<void> {
  const options = resolveOptions(await readInputs(inputs));
  const { bootstrapState, createStateClients } = await import('./bootstrap.js');
  const { reportSummary } = await import('./report.js');

  const result = await bootstrapState(options, {
    clients: createStateClients(options.region),
    wait: { signal: context.signal, onProgress: info },
    log: info,
  });

  for (const entry of result.settings)
    info(
      `${entry.resource} ${entry.setting}: ${entry.status}${entry.status === 'drift' ? ` (expected ${entry.expected}, found ${entry.found})` : ''}`,
    );
  for (const entry of result.drift.filter((drift) => !drift.fixed))
    warning(
      `${entry.resource} ${entry.setting} drifted: expected ${entry.expected}, found ${entry.found}. Set fix-drift: true to fix it.`,
      {
        title: 'state-bootstrap drift',
      },
    );
  if (result.backendConfigFile)
    info(
      `Backend config ${result.backendConfigFile.changed ? 'written to' : 'unchanged in'} ${result.backendConfigFile.path}.`,
    );

  writeOutputs(outputs, {
    'bucket-arn': result.bucketArn,
    'lock-table-arn': result.lockTableArn ?? '',
    created: result.created,
    drift: result.drift,
    'backend-config': result.backendConfig,
  });
  reportSummary(context.summary, options, result, Date.now() - context.startedAt.getTime());
}

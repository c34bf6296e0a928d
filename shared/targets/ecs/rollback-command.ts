// The rollback command (e.g. `alembic downgrade -1`): a one-off task from the release's own task
// definition, since the downgrade scripts ship with the release, run once an ECS restore is decided
// and before the service goes back. It reuses the migration task's machinery (RunTask with the
// service's network configuration, followed to STOPPED, exit code, log tail); a task that outlives
// the wait is stopped. Its failure stops the restore.
import { type ContainerDefinition, type ECSClient, type Service } from '@aws-sdk/client-ecs';
import { ActionError } from '../../action/errors.js';
import { formatDuration } from '../../action/duration.js';
import { group, info } from '../../action/runtime.js';
import { code, raw, type Summary } from '../../action/summary.js';
import type { EcsRecord } from '../../record/record.js';
import type { EcsRestoreHook, FollowOptions } from '../types.js';
import { describeTaskDefinition } from './adapter.js';
import type { LogsClientFactory } from './diagnostics.js';
import { runMigration, type MigrationResult, type OneOffPurpose } from './migration.js';
import { shortName } from './task-definition.js';
import { createClient } from '../../aws/clients.js';

const ROLLBACK: OneOffPurpose = { startedBy: 'auto-rollback/rollback-command', noun: 'rollback' };

export { rollbackCommand, rollbackCommandDigest, ROLLBACK_COMMAND_ACCEPTED } from './command.js';

export interface RollbackCommandResult extends Omit<MigrationResult, 'status'> {
  status: MigrationResult['status'] | 'skipped';
  taskDefinitionArn: string;
  container: string;
}

/**
 * The container the command runs in: the one named, else the only container whose image this
 * release changed, else the first essential container.
 */
export function rollbackContainer(
  record: EcsRecord,
  containers: ContainerDefinition[],
  named?: string,
): ContainerDefinition {
  if (named) {
    const found = containers.find((c) => c.name === named);
    if (!found)
      throw new ActionError(
        `The rollback command's container '${named}' is not in the release's task definition (it has ${containers.map((c) => c.name).join(', ')}).`,
      );
    return found;
  }
  const before = record.previous?.images ?? {};
  const changed = Object.entries(record.current?.images ?? {})
    .filter(([name, image]) => before[name] !== image)
    .map(([name]) => name);
  const only = changed.length === 1 ? containers.find((c) => c.name === changed[0]) : undefined;
  const chosen = only ?? containers.find((c) => c.essential !== false) ?? containers[0];
  if (!chosen)
    throw new ActionError("The release's task definition has no container to run the rollback command in.");
  return chosen;
}

/**
 * Runs the command for one ECS record whose restore was decided. The service must still run the
 * release (the record's `current`): that live state, not the record, names the task definition.
 */
export async function runRollbackCommand(
  ecs: ECSClient,
  logsClient: LogsClientFactory | undefined,
  ref: { record: EcsRecord; service: Service; command: string[]; container?: string | undefined },
  options: FollowOptions,
): Promise<RollbackCommandResult> {
  const { record, service } = ref;
  const release = record.current?.taskDefinitionArn;
  const live = service.taskDefinition ?? '';
  if (!release)
    throw new ActionError(
      'The deployment record names no release task definition to run the rollback command from.',
    );
  if (live === record.previous?.taskDefinitionArn)
    return {
      status: 'skipped',
      taskDefinitionArn: release,
      container: '',
      reason: `the service already runs the previous task definition ${shortName(live)}: the rollback command ran before it was restored, so it is not run again`,
      elapsedMs: 0,
    };
  if (live !== release)
    throw new ActionError(
      `The rollback command was not run and the service was not restored: the service runs ${shortName(live)}, not the release ${shortName(release)} whose code holds the downgrade. Run the downgrade by hand, or roll back without rollback-command to restore the code only.`,
    );
  const { taskDefinition } = await describeTaskDefinition(ecs, release);
  const container = rollbackContainer(record, taskDefinition.containerDefinitions ?? [], ref.container);
  const result = await runMigration(
    ecs,
    logsClient,
    {
      cluster: record.resource.cluster,
      service,
      taskDefinitionArn: release,
      container,
      command: ref.command,
    },
    options,
    ROLLBACK,
  );
  return {
    ...result,
    taskDefinitionArn: release,
    container: container.name ?? '',
  };
}

function report(summary: Summary, result: RollbackCommandResult, command: string[]): void {
  const where = raw(
    `Rollback command ${code(command.join(' '))} in ${code(result.container || '-')} of ${code(shortName(result.taskDefinitionArn))}`,
  );
  summary.heading(where, 3);
  if (result.status === 'succeeded')
    summary.status(
      'success',
      `Succeeded in ${formatDuration(result.elapsedMs)}; the service is restored next.`,
    );
  else if (result.status === 'skipped') summary.status('success', `Not run: ${result.reason}.`);
  else {
    summary.status(
      'failure',
      `Failed (${result.status}), so the service was not restored: ${result.reason}.`,
    );
    if (result.logTail) {
      summary.paragraph(raw(`Last log lines of ${code(result.logTail.container)}:`));
      summary.codeBlock(result.logTail.lines.join('\n') || '(no log lines)');
      for (const line of result.logTail.lines) info(`  ${line}`);
    }
  }
}

/** The hook an ECS restore calls, and the results it gathered (for the outputs). */
export function rollbackCommandStep(options: {
  command: string[];
  container?: string | undefined;
  summary: Summary;
  follow: FollowOptions;
  logsClient?: LogsClientFactory;
}): { hook: EcsRestoreHook; results: RollbackCommandResult[] } {
  const results: RollbackCommandResult[] = [];
  const hook: EcsRestoreHook = async (ecs, record, service) => {
    const logsClient: LogsClientFactory =
      options.logsClient ??
      (async () =>
        createClient((await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient, {
          region: record.region,
        }));
    const result = await group(`Rollback command: ${options.command.join(' ')}`, () =>
      runRollbackCommand(
        ecs,
        logsClient,
        {
          record,
          service,
          command: options.command,
          container: options.container,
        },
        options.follow,
      ),
    );
    results.push(result);
    report(options.summary, result, options.command);
    info(
      result.status === 'succeeded'
        ? `The rollback command succeeded in ${formatDuration(result.elapsedMs)} (task ${result.taskArn ?? ''}).`
        : `The rollback command ${result.status}: ${result.reason}`,
    );
    if (result.status !== 'succeeded' && result.status !== 'skipped')
      throw new ActionError(
        `the rollback command ${result.status}, so the service was not restored: ${result.reason}`,
      );
  };
  return { hook, results };
}

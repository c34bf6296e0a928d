// The one-off migration task: RunTask from the new task definition with the service's network
// configuration and a command override on the target container, followed until STOPPED. The
// rollback command (rollback-command.ts) runs through the same code with a purpose of its own.
import {
  DescribeTasksCommand,
  RunTaskCommand,
  StopTaskCommand,
  type ECSClient,
  type RunTaskCommandInput,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import { pollHooks, pollUntil } from '../../wait/poll.js';
import type { FollowOptions } from '../types.js';
import { errorMessage } from '../../action/errors.js';
import { awslogsLocation, logTail, type LogTail, type LogsClientFactory } from './diagnostics.js';
import type { ContainerDefinition } from '@aws-sdk/client-ecs';
export { migrationCommand } from './command.js';

export interface MigrationResult {
  status: 'succeeded' | 'failed' | 'timed-out' | 'cancelled';
  taskArn?: string;
  exitCode?: number | undefined;
  reason: string;
  elapsedMs: number;
  logTail?: LogTail;
}

/** RunTask parameters copied from the service so the task lands where the service's tasks do. */
export function runTaskInput(
  service: Service,
  ref: {
    cluster: string;
    taskDefinitionArn: string;
    container: string;
    command: string[];
    startedBy: string;
  },
): RunTaskCommandInput {
  const input: RunTaskCommandInput = {
    cluster: ref.cluster,
    taskDefinition: ref.taskDefinitionArn,
    count: 1,
    startedBy: ref.startedBy,
    overrides: { containerOverrides: [{ name: ref.container, command: ref.command }] },
  };
  if (service.networkConfiguration?.awsvpcConfiguration)
    input.networkConfiguration = service.networkConfiguration;
  if (service.capacityProviderStrategy?.length)
    input.capacityProviderStrategy = service.capacityProviderStrategy;
  else if (service.launchType) input.launchType = service.launchType;
  if (service.platformVersion) input.platformVersion = service.platformVersion;
  return input;
}

/**
 * Stops a one-off task left running (timeout, cancel): a task started by this step must not
 * outlive it. Says what happened, for the result's reason.
 */
async function stopTask(
  ecs: ECSClient,
  cluster: string,
  taskArn: string,
  why: string,
  purpose: OneOffPurpose,
): Promise<string> {
  try {
    await ecs.send(
      new StopTaskCommand({ cluster, task: taskArn, reason: `${purpose.startedBy}: ${why}`.slice(0, 255) }),
    );
    return '; the task was stopped (StopTask)';
  } catch (error) {
    return `; stopping the task failed: ${errorMessage(error)}`;
  }
}

function exitOf(task: Task, container: string): { exitCode?: number; reason: string } {
  const state = task.containers?.find((c) => c.name === container);
  const reason = [task.stoppedReason, state?.reason].filter(Boolean).join('; ') || 'no reason given';
  return state?.exitCode !== undefined ? { exitCode: state.exitCode, reason } : { reason };
}

/** What a one-off task is for: its startedBy tag and the word its messages use. */
export interface OneOffPurpose {
  startedBy: string;
  noun: string;
}

const MIGRATION: OneOffPurpose = { startedBy: 'deploy-ecs/migration', noun: 'migration' };

/** Polls the task until it stopped. */
function waitForStop(ecs: ECSClient, cluster: string, taskArn: string, options: FollowOptions) {
  return pollUntil<Task>({
    check: async () => {
      const described = await ecs.send(new DescribeTasksCommand({ cluster, tasks: [taskArn] }));
      const task = described.tasks?.[0];
      if (!task) return { status: 'pending', state: 'task not visible yet' };
      return task.lastStatus === 'STOPPED'
        ? { status: 'done', value: task, state: 'STOPPED' }
        : { status: 'pending', state: task.lastStatus ?? 'PROVISIONING' };
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: Math.min(1000, options.maxPollIntervalMs),
    maxDelayMs: options.maxPollIntervalMs,
    ...pollHooks(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
}

/** A run that stopped with a non-zero (or no) exit code, with the tail of its log when it can be read. */
async function failedRun(
  exit: ReturnType<typeof exitOf>,
  run: {
    logsClient: LogsClientFactory | undefined;
    container: ContainerDefinition;
    taskArn: string;
    elapsedMs: number;
  },
  purpose: OneOffPurpose,
): Promise<MigrationResult> {
  const { taskArn, logsClient } = run;
  const containerName = run.container.name ?? '';
  const result: MigrationResult = {
    status: 'failed',
    taskArn,
    reason:
      exit.exitCode === undefined
        ? `the ${purpose.noun} task stopped without an exit code: ${exit.reason}`
        : `the ${purpose.noun} command exited with code ${exit.exitCode}: ${exit.reason}`,
    elapsedMs: run.elapsedMs,
    exitCode: exit.exitCode,
  };
  const location = awslogsLocation(run.container, taskArn);
  if (location && logsClient) {
    try {
      result.logTail = await logTail(await logsClient(), { ...location, container: containerName });
    } catch (error) {
      result.reason += `; its log tail could not be read (${errorMessage(error)})`;
    }
  }
  return result;
}

export async function runMigration(
  ecs: ECSClient,
  logsClient: LogsClientFactory | undefined,
  ref: {
    cluster: string;
    service: Service;
    taskDefinitionArn: string;
    container: ContainerDefinition;
    command: string[];
  },
  options: FollowOptions,
  purpose: OneOffPurpose = MIGRATION,
): Promise<MigrationResult> {
  const containerName = ref.container.name ?? '';
  const started = await ecs.send(
    new RunTaskCommand(
      runTaskInput(ref.service, { ...ref, container: containerName, startedBy: purpose.startedBy }),
    ),
  );
  const taskArn = started.tasks?.[0]?.taskArn;
  if (!taskArn) {
    const failure = started.failures?.[0];
    return {
      status: 'failed',
      reason: `the ${purpose.noun} task could not start: ${failure?.reason ?? 'no task returned'}${failure?.detail ? ` (${failure.detail})` : ''}`,
      elapsedMs: 0,
    };
  }
  const outcome = await waitForStop(ecs, ref.cluster, taskArn, options);
  if (outcome.outcome === 'timeout')
    return {
      status: 'timed-out',
      taskArn,
      reason:
        `the ${purpose.noun} task did not stop in time (last status ${outcome.state})` +
        (await stopTask(ecs, ref.cluster, taskArn, 'timed out', purpose)),
      elapsedMs: outcome.elapsedMs,
    };
  if (outcome.outcome === 'cancelled')
    return {
      status: 'cancelled',
      taskArn,
      reason: outcome.reason + (await stopTask(ecs, ref.cluster, taskArn, 'cancelled', purpose)),
      elapsedMs: outcome.elapsedMs,
    };
  if (outcome.outcome === 'failed')
    return { status: 'failed', taskArn, reason: outcome.reason, elapsedMs: outcome.elapsedMs };
  const exit = exitOf(outcome.value, containerName);
  if (exit.exitCode === 0)
    return { status: 'succeeded', taskArn, exitCode: 0, reason: 'exit code 0', elapsedMs: outcome.elapsedMs };
  return failedRun(
    exit,
    { logsClient, container: ref.container, taskArn, elapsedMs: outcome.elapsedMs },
    purpose,
  );
}

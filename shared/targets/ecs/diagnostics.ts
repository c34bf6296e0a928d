// Why a deployment failed, in words: the last service events, the stopped tasks of the deployment
// (stoppedReason, each container's exit code and reason) and the log tail of a stopped task.
import {
  DescribeTasksCommand,
  ListTasksCommand,
  type ContainerDefinition,
  type ECSClient,
  type Service,
  type Task,
} from '@aws-sdk/client-ecs';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { Summary } from '../../action/summary.js';
import { errorMessage } from '../../action/errors.js';
import { code } from '../../action/summary.js';

export interface StoppedTask {
  taskArn: string;
  stoppedReason: string;
  stopCode?: string | undefined;
  containers: Array<{ name: string; exitCode?: number | undefined; reason?: string | undefined }>;
}

export interface LogTail {
  container: string;
  group: string;
  stream: string;
  lines: string[];
}

export interface Diagnostics {
  events: Array<{ at: string; message: string }>;
  stoppedTasks: StoppedTask[];
  logTail?: LogTail;
  /** Diagnostics that could not be read (e.g. no permission), so the reader knows what is missing. */
  problems: string[];
}

export type LogsClientFactory = () => Promise<CloudWatchLogsClient>;

const EVENT_COUNT = 10;
const TASK_COUNT = 5;
export const LOG_LINES = 30;

export function recentEvents(service: Service | undefined, since?: Date): Diagnostics['events'] {
  return (service?.events ?? [])
    .filter((event) => !since || !event.createdAt || event.createdAt >= since)
    .slice(0, EVENT_COUNT)
    .map((event) => ({ at: event.createdAt?.toISOString() ?? '', message: event.message ?? '' }));
}

export function stoppedTaskOf(task: Task): StoppedTask {
  return {
    taskArn: task.taskArn ?? '?',
    stoppedReason: task.stoppedReason ?? '(no reason given)',
    stopCode: task.stopCode || undefined,
    containers: (task.containers ?? []).map((c) => ({
      name: c.name ?? '?',
      exitCode: c.exitCode,
      reason: c.reason || undefined,
    })),
  };
}

/** Stopped tasks started by this deployment (ECS sets a service task's startedBy to the deployment id). */
export async function stoppedTasks(
  ecs: ECSClient,
  ref: { cluster: string; service: string; deploymentId?: string; taskDefinitionArn?: string },
): Promise<Task[]> {
  const listed = await ecs.send(
    new ListTasksCommand({
      cluster: ref.cluster,
      desiredStatus: 'STOPPED',
      maxResults: 100,
      ...(ref.deploymentId !== undefined ? { startedBy: ref.deploymentId } : { serviceName: ref.service }),
    }),
  );
  const arns = listed.taskArns ?? [];
  if (!arns.length) return [];
  const described = await ecs.send(
    new DescribeTasksCommand({ cluster: ref.cluster, tasks: arns.slice(0, 100) }),
  );
  return (described.tasks ?? [])
    .filter(
      (task) =>
        (ref.deploymentId !== undefined && task.startedBy === ref.deploymentId) ||
        (ref.taskDefinitionArn !== undefined && task.taskDefinitionArn === ref.taskDefinitionArn),
    )
    .sort((a, b) => (b.stoppedAt?.getTime() ?? 0) - (a.stoppedAt?.getTime() ?? 0))
    .slice(0, TASK_COUNT);
}

/** Where a container of a task logs, when it uses the awslogs driver. */
export function awslogsLocation(
  container: ContainerDefinition,
  taskArn: string,
): { group: string; stream: string } | undefined {
  const config = container.logConfiguration;
  if (config?.logDriver !== 'awslogs') return undefined;
  const group = config.options?.['awslogs-group'];
  const prefix = config.options?.['awslogs-stream-prefix'];
  if (!group || !prefix || !container.name) return undefined;
  const taskId = taskArn.split('/').pop() ?? taskArn;
  return { group, stream: `${prefix}/${container.name}/${taskId}` };
}

export async function logTail(
  logs: CloudWatchLogsClient,
  location: { group: string; stream: string; container: string },
  lines = LOG_LINES,
): Promise<LogTail> {
  const { GetLogEventsCommand } = await import('@aws-sdk/client-cloudwatch-logs');
  const response = await logs.send(
    new GetLogEventsCommand({
      logGroupName: location.group,
      logStreamName: location.stream,
      limit: lines,
      startFromHead: false,
    }),
  );
  return {
    ...location,
    lines: (response.events ?? []).map((event) => (event.message ?? '').replace(/\s+$/, '')),
  };
}

/** The container whose logs explain a stopped task best: a non-zero exit first, then an essential one. */
export function culprit(task: Task, containers: ContainerDefinition[]): ContainerDefinition | undefined {
  const withLogs = containers.filter((c) => awslogsLocation(c, task.taskArn ?? '') !== undefined);
  const failed = (task.containers ?? [])
    .filter((c) => c.exitCode !== undefined && c.exitCode !== 0)
    .map((c) => c.name);
  return (
    withLogs.find((c) => failed.includes(c.name)) ??
    withLogs.find((c) => c.essential !== false) ??
    withLogs[0]
  );
}

function problemOf(what: string, error: unknown): string {
  return `${what}: ${errorMessage(error)}`;
}

export async function collectDiagnostics(
  ecs: ECSClient,
  logsClient: LogsClientFactory | undefined,
  ref: {
    cluster: string;
    service: string;
    deploymentId?: string;
    taskDefinitionArn?: string;
    containers: ContainerDefinition[];
    serviceState?: Service | undefined;
    since?: Date | undefined;
  },
): Promise<Diagnostics> {
  const result: Diagnostics = {
    events: recentEvents(ref.serviceState, ref.since),
    stoppedTasks: [],
    problems: [],
  };
  let tasks: Task[] = [];
  try {
    tasks = await stoppedTasks(ecs, ref);
    result.stoppedTasks = tasks.map(stoppedTaskOf);
  } catch (error) {
    result.problems.push(problemOf('stopped tasks could not be listed', error));
  }
  const task = tasks[0];
  const container = task ? culprit(task, ref.containers) : undefined;
  const location = task && container ? awslogsLocation(container, task.taskArn ?? '') : undefined;
  if (location && logsClient && container?.name) {
    try {
      result.logTail = await logTail(await logsClient(), { ...location, container: container.name });
    } catch (error) {
      result.problems.push(
        problemOf(`the log tail of ${location.group}/${location.stream} could not be read`, error),
      );
    }
  }
  return result;
}

export function renderDiagnostics(diagnostics: Diagnostics, summary: Summary): void {
  if (diagnostics.stoppedTasks.length) {
    summary.heading('Stopped tasks', 3);
    summary.table(
      ['task', 'stopped because', 'containers'],
      diagnostics.stoppedTasks.map((task) => [
        task.taskArn.split('/').pop() ?? task.taskArn,
        `${task.stopCode ? `${task.stopCode}: ` : ''}${task.stoppedReason}`,
        task.containers
          .map((c) => `${c.name} exit ${c.exitCode ?? '–'}${c.reason ? ` (${c.reason})` : ''}`)
          .join('; '),
      ]),
    );
  }
  if (diagnostics.logTail) {
    const tail = diagnostics.logTail;
    summary.paragraph({
      markdown: `Last log lines of ${code(tail.container)} (${code(`${tail.group}/${tail.stream}`)}):`,
    });
    summary.codeBlock(tail.lines.length ? tail.lines.join('\n') : '(no log lines)');
  }
  if (diagnostics.events.length) {
    summary.heading('Service events', 3);
    summary.list(diagnostics.events.map((event) => `${event.at} ${event.message}`));
  }
  if (diagnostics.problems.length) summary.list(diagnostics.problems);
}

/** The same facts as log lines. */
export function diagnosticLines(diagnostics: Diagnostics): string[] {
  return [
    ...diagnostics.stoppedTasks.map(
      (task) =>
        `stopped task ${task.taskArn.split('/').pop() ?? ''}: ${task.stoppedReason}; ` +
        task.containers
          .map((c) => `${c.name} exit ${c.exitCode ?? '–'}${c.reason ? ` (${c.reason})` : ''}`)
          .join('; '),
    ),
    ...(diagnostics.logTail
      ? [
          `last log lines of ${diagnostics.logTail.container}:`,
          ...diagnostics.logTail.lines.map((line) => `  ${line}`),
        ]
      : []),
    ...diagnostics.events.map((event) => `event ${event.at}: ${event.message}`),
    ...diagnostics.problems,
  ];
}

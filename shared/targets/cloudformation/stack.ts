// Stack state: describe, follow a stack operation to its end, and explain a failure with the
// stack events that carry a reason.
import type { CloudFormationClient, Output, Stack, StackEvent } from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';
import { errorCode } from '../../aws/errors.js';
import { pollHooks, pollUntil, systemClock } from '../../wait/poll.js';
import type { FollowOptions, FollowResult } from '../types.js';
import type { Summary } from '../../action/summary.js';

export async function describeStack(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<Stack | undefined> {
  const { DescribeStacksCommand } = await import('@aws-sdk/client-cloudformation');
  try {
    const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
    return stack?.StackStatus === 'DELETE_COMPLETE' ? undefined : stack;
  } catch (error) {
    if (errorCode(error) === 'ValidationError' && /does not exist/i.test((error as Error).message ?? ''))
      return undefined;
    throw error;
  }
}

export const isInProgress = (status: string): boolean =>
  status.endsWith('_IN_PROGRESS') && status !== 'REVIEW_IN_PROGRESS';

export type StackGoal = 'deployed' | 'rolled-back';

/** Statuses that end a stack operation well, per goal. */
const SUCCESS: Record<StackGoal, readonly string[]> = {
  deployed: ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'IMPORT_COMPLETE'],
  'rolled-back': ['UPDATE_ROLLBACK_COMPLETE', 'UPDATE_COMPLETE', 'CREATE_COMPLETE'],
};

export interface FailedEvent {
  timestamp: string;
  logicalResourceId: string;
  resourceType: string;
  status: string;
  reason: string;
}

/** Events since `since` that failed or carry a reason, oldest first. */
export async function failureEvents(
  cfn: CloudFormationClient,
  stackName: string,
  since: Date,
): Promise<FailedEvent[]> {
  const { DescribeStackEventsCommand } = await import('@aws-sdk/client-cloudformation');
  const events: StackEvent[] = [];
  let nextToken: string | undefined;
  do {
    const page = await cfn.send(
      new DescribeStackEventsCommand({
        StackName: stackName,
        NextToken: nextToken || undefined,
      }),
    );
    const recent = (page.StackEvents ?? []).filter(
      (event) => !event.Timestamp || event.Timestamp.getTime() >= since.getTime() - 1000,
    );
    events.push(...recent);
    nextToken = recent.length === (page.StackEvents ?? []).length ? page.NextToken : undefined;
  } while (nextToken);
  return events
    .filter(
      (event) =>
        /FAILED$/.test(event.ResourceStatus ?? '') ||
        (event.ResourceStatusReason && !/User Initiated/i.test(event.ResourceStatusReason)),
    )
    .reverse()
    .map((event) => ({
      timestamp: event.Timestamp?.toISOString() ?? '',
      logicalResourceId: event.LogicalResourceId ?? '',
      resourceType: event.ResourceType ?? '',
      status: event.ResourceStatus ?? '',
      reason: event.ResourceStatusReason ?? '',
    }));
}

export function renderFailedEvents(events: readonly FailedEvent[]): (summary: Summary) => void {
  return (summary) => {
    summary.heading('Stack events', 3);
    summary.table(
      ['time', 'resource', 'type', 'status', 'reason'],
      events.map((event) => [
        event.timestamp,
        event.logicalResourceId,
        event.resourceType,
        event.status,
        event.reason,
      ]),
    );
  };
}

/** Follows a stack until its operation ends; a failure carries the failed events. */
export async function followStack(
  cfn: CloudFormationClient,
  stackName: string,
  goal: StackGoal,
  options: FollowOptions,
  since: Date = new Date((options.clock ?? systemClock).now()),
): Promise<FollowResult & { stack?: Stack | undefined; events?: FailedEvent[] }> {
  let last: Stack | undefined;
  const outcome = await pollUntil<Stack>({
    check: async () => {
      const stack = await describeStack(cfn, stackName);
      if (!stack)
        return { status: 'failed', reason: `stack ${stackName} no longer exists`, state: 'DELETE_COMPLETE' };
      last = stack;
      const status = stack.StackStatus ?? 'UNKNOWN';
      if (SUCCESS[goal].includes(status)) return { status: 'done', value: stack, state: status };
      if (isInProgress(status)) return { status: 'pending', state: status };
      return {
        status: 'failed',
        reason: `stack ${stackName} ended in ${status}${stack.StackStatusReason ? `: ${stack.StackStatusReason}` : ''}`,
        value: stack,
        state: status,
      };
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: 1000,
    maxDelayMs: options.maxPollIntervalMs,
    ...pollHooks(options),
    onProgress: (line) => options.onProgress?.(`${stackName}: ${line}`),
  });
  const base = {
    state: outcome.state,
    elapsedMs: outcome.elapsedMs,
    polls: outcome.attempts,
    stack: last,
  };
  switch (outcome.outcome) {
    case 'done':
      return { ...base, status: 'succeeded' };
    case 'failed': {
      const events = await failureEvents(cfn, stackName, since).catch(() => []);
      const first = events.find((event) => /FAILED$/.test(event.status));
      const reason = `${outcome.reason}${first ? ` (${first.logicalResourceId} ${first.status}: ${first.reason})` : ''}`;
      return {
        ...base,
        status: 'failed',
        reason,
        events,
        diagnostics: events.length ? renderFailedEvents(events) : undefined,
      };
    }
    case 'timeout':
      return {
        ...base,
        status: 'timed-out',
        reason: `stack ${stackName} was still ${outcome.state} after ${Math.round(options.timeoutMs / 1000)}s`,
      };
    case 'cancelled':
      return { ...base, status: 'cancelled', reason: outcome.reason };
  }
}

export function outputsOf(stack: Stack | undefined): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const output of stack?.Outputs ?? ([] as Output[]))
    if (output.OutputKey) outputs[output.OutputKey] = output.OutputValue ?? '';
  return outputs;
}

/** ROLLBACK_COMPLETE after a failed creation: the stack can only be deleted. */
export function rollbackCompleteError(stackName: string): ActionError {
  return new ActionError(
    `Stack ${stackName} is in ROLLBACK_COMPLETE: its creation failed and CloudFormation rolled it back, so it cannot be updated. ` +
      `Read its events for the cause, delete it (aws cloudformation delete-stack --stack-name ${stackName}) and rerun this step to create it again.`,
  );
}

export async function templateOf(cfn: CloudFormationClient, stackName: string): Promise<string | undefined> {
  const { GetTemplateCommand } = await import('@aws-sdk/client-cloudformation');
  return (await cfn.send(new GetTemplateCommand({ StackName: stackName, TemplateStage: 'Original' })))
    .TemplateBody;
}

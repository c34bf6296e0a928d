// One script on one instance over SSM Run Command: SendCommand, then GetCommandInvocation until
// the invocation ends, CancelCommand when the wait is cancelled or runs out of time.
import {
  CancelCommandCommand,
  GetCommandInvocationCommand,
  SendCommandCommand,
  type GetCommandInvocationCommandOutput,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { pollHooks, pollUntil } from '../../wait/poll.js';
import type { FollowOptions } from '../types.js';
import { isRetryable } from '../../aws/errors.js';

export interface CommandRequest {
  instanceId: string;
  script: string;
  documentName: string;
  /** Shown in the SSM console's command history; no secret ever goes here. */
  comment: string;
  executionTimeoutSeconds: number;
  logGroup?: string | undefined;
}

export interface CommandRun {
  commandId: string;
  /** SSM's status: Success, Failed, Cancelled, TimedOut… or the wait's own end. */
  status: string;
  /** The script's exit code; -1 when it did not end by itself. */
  exitCode: number;
  stdout: string;
  stderr: string;
  elapsedMs: number;
  /** Set when this wait ended it: the command was cancelled. */
  stopped?: 'timeout' | 'cancelled';
}

const TERMINAL = new Set(['Success', 'Failed', 'Cancelled', 'TimedOut']);

/** GetCommandInvocation right after SendCommand may not know the invocation yet. */
function isNotYetKnown(error: unknown): boolean {
  return (error as { name?: unknown } | null)?.name === 'InvocationDoesNotExist';
}

export async function sendScript(
  ssm: SSMClient,
  request: CommandRequest,
  signal?: AbortSignal,
): Promise<string> {
  const parameters: Record<string, string[]> = { commands: [request.script] };
  if (request.documentName === 'AWS-RunShellScript')
    parameters['executionTimeout'] = [String(request.executionTimeoutSeconds)];
  const response = await ssm.send(
    new SendCommandCommand({
      InstanceIds: [request.instanceId],
      DocumentName: request.documentName,
      Comment: request.comment.slice(0, 100),
      Parameters: parameters,
      ...(request.logGroup
        ? {
            CloudWatchOutputConfig: {
              CloudWatchOutputEnabled: true,
              CloudWatchLogGroupName: request.logGroup,
            },
          }
        : {}),
    }),
    signal ? { abortSignal: signal } : {},
  );
  const commandId = response.Command?.CommandId;
  if (!commandId) throw new Error(`SendCommand to ${request.instanceId} returned no command id.`);
  return commandId;
}

function runOf(commandId: string, invocation: GetCommandInvocationCommandOutput | undefined): CommandRun {
  return {
    commandId,
    status: invocation?.Status ?? 'Pending',
    exitCode: invocation?.ResponseCode ?? -1,
    stdout: invocation?.StandardOutputContent ?? '',
    stderr: invocation?.StandardErrorContent ?? '',
    elapsedMs: 0,
  };
}

async function invocation(
  ssm: SSMClient,
  commandId: string,
  instanceId: string,
): Promise<GetCommandInvocationCommandOutput | undefined> {
  try {
    return await ssm.send(new GetCommandInvocationCommand({ CommandId: commandId, InstanceId: instanceId }));
  } catch (error) {
    if (isNotYetKnown(error)) return undefined;
    throw error;
  }
}

/** Cancels the command and reads what it wrote; best effort, never throws. */
async function cancel(ssm: SSMClient, commandId: string, instanceId: string): Promise<CommandRun> {
  try {
    await ssm.send(new CancelCommandCommand({ CommandId: commandId, InstanceIds: [instanceId] }));
    return runOf(commandId, await invocation(ssm, commandId, instanceId));
  } catch {
    return runOf(commandId, undefined);
  }
}

/** Sends the script and follows it to its end (or cancels it). */
export async function runScript(
  ssm: SSMClient,
  request: CommandRequest,
  follow: FollowOptions,
): Promise<CommandRun> {
  const commandId = await sendScript(ssm, request, follow.signal);
  const outcome = await pollUntil<GetCommandInvocationCommandOutput>({
    check: async () => {
      const found = await invocation(ssm, commandId, request.instanceId);
      const status = found?.Status ?? 'Pending';
      const detail =
        found?.StatusDetails && found.StatusDetails !== status ? ` (${found.StatusDetails})` : '';
      const state = `${request.instanceId}: ${status}${detail}`;
      return found && TERMINAL.has(status)
        ? { status: 'done', value: found, state }
        : { status: 'pending', state };
    },
    timeoutMs: follow.timeoutMs,
    initialDelayMs: 1000,
    maxDelayMs: follow.maxPollIntervalMs,
    retryOn: (error) => isRetryable(error),
    ...(follow.onProgress ? { onProgress: follow.onProgress } : {}),
    ...pollHooks(follow),
  });
  if (outcome.outcome === 'done') return { ...runOf(commandId, outcome.value), elapsedMs: outcome.elapsedMs };
  const stopped = outcome.outcome === 'cancelled' ? 'cancelled' : 'timeout';
  const last = await cancel(ssm, commandId, request.instanceId);
  return { ...last, elapsedMs: outcome.elapsedMs, stopped, exitCode: -1 };
}

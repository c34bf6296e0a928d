// Waiting for a function to settle: Lambda refuses a change while the previous one is still being
// applied (ResourceConflictException), so every mutating call is preceded and followed by a wait
// for LastUpdateStatus Successful, and a conflict is retried after waiting again.
import type { FunctionConfiguration, LambdaClient } from '@aws-sdk/client-lambda';
import { ActionError } from '../../action/errors.js';
import { errorCode } from '../../aws/errors.js';
import { pollHooks, pollUntil, realSleep, type Check } from '../../wait/poll.js';
import type { FollowOptions } from '../types.js';

export type WaitOptions = Omit<FollowOptions, 'maxPollIntervalMs'> & { maxPollIntervalMs?: number };

export class FunctionUpdateFailed extends ActionError {
  override name = 'FunctionUpdateFailed';
}

function checkConfiguration(config: FunctionConfiguration): Check<FunctionConfiguration> {
  const state = config.State ?? 'Active';
  const update = config.LastUpdateStatus ?? 'Successful';
  if (state === 'Failed')
    return {
      status: 'failed',
      reason: `the function is Failed: ${config.StateReason ?? 'no reason given'}`,
      state,
    };
  if (update === 'Failed')
    return {
      status: 'failed',
      reason: `the last update failed${config.LastUpdateStatusReasonCode ? ` (${config.LastUpdateStatusReasonCode})` : ''}: ${config.LastUpdateStatusReason ?? 'no reason given'}`,
      state: `LastUpdateStatus ${update}`,
    };
  if (state === 'Pending' || update === 'InProgress')
    return { status: 'pending', state: `State ${state}, LastUpdateStatus ${update}` };
  return { status: 'done', value: config, state: `State ${state}, LastUpdateStatus ${update}` };
}

/** Polls the function (or one version) until its last update has settled; throws when it failed. */
export async function waitForFunction(
  lambda: LambdaClient,
  functionName: string,
  options: WaitOptions,
  qualifier?: string,
): Promise<FunctionConfiguration> {
  const { GetFunctionConfigurationCommand } = await import('@aws-sdk/client-lambda');
  // Settled at the first look is the usual case: only a real wait is worth a progress line.
  let waited = false;
  const outcome = await pollUntil({
    check: async () => {
      const check = checkConfiguration(
        await lambda.send(
          new GetFunctionConfigurationCommand({
            FunctionName: functionName,
            Qualifier: qualifier || undefined,
          }),
        ),
      );
      if (check.status !== 'done') waited = true;
      return check;
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: 500,
    maxDelayMs: options.maxPollIntervalMs ?? 5000,
    ...pollHooks(options),
    onProgress: (line) => {
      if (waited) options.onProgress?.(`${functionName}${qualifier ? `:${qualifier}` : ''}: ${line}`);
    },
  });
  switch (outcome.outcome) {
    case 'done':
      return outcome.value;
    case 'failed':
      throw new FunctionUpdateFailed(`Lambda function ${functionName}: ${outcome.reason}.`);
    case 'timeout':
      throw new ActionError(
        `Lambda function ${functionName} did not settle within ${Math.round(options.timeoutMs / 1000)}s (${outcome.state}).`,
      );
    case 'cancelled':
      throw new ActionError(`Stopped waiting for Lambda function ${functionName}: ${outcome.reason}.`);
  }
}

export function isUpdateConflict(error: unknown): boolean {
  return errorCode(error) === 'ResourceConflictException';
}

const MAX_CONFLICT_RETRIES = 5;

/**
 * Runs one mutating call between two waits. A ResourceConflictException ("an update is in
 * progress", from another client or a settling configuration) is retried after waiting again.
 */
export async function mutate<T>(
  lambda: LambdaClient,
  functionName: string,
  options: WaitOptions,
  call: () => Promise<T>,
  { waitAfter = true }: { waitAfter?: boolean } = {},
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    await waitForFunction(lambda, functionName, options);
    try {
      const result = await call();
      if (waitAfter) await waitForFunction(lambda, functionName, options);
      return result;
    } catch (error) {
      if (!isUpdateConflict(error) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      options.onProgress?.(
        `${functionName}: an update is in progress (ResourceConflictException); waiting to retry`,
      );
      // A conflict can be reported before GetFunctionConfiguration shows InProgress.
      await (options.sleep ?? realSleep)(1000 * attempt, options.signal);
    }
  }
}

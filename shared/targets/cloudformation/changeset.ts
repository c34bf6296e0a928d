// Change sets: create, wait until computed, read the changes, execute. An empty change set is a
// success with nothing to do.
import type {
  Change,
  CloudFormationClient,
  CreateChangeSetCommandInput,
} from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';
import { errorCode } from '../../aws/errors.js';
import { pollHooks, pollUntil } from '../../wait/poll.js';
import type { FollowOptions } from '../types.js';

/** Status reasons (and errors) that mean "the template and parameters change nothing". */
const NO_CHANGES = /didn't contain changes|No updates are to be performed/i;

export function isNoChanges(reason: string | undefined): boolean {
  return NO_CHANGES.test(reason ?? '');
}

export interface ChangeRow {
  action: string;
  logicalId: string;
  type: string;
  replacement: string;
}

export type ChangeSetOutcome =
  | { empty: true; changeSetName: string }
  | { empty: false; changeSetName: string; changeSetId: string; changes: ChangeRow[] };

export async function createChangeSet(
  cfn: CloudFormationClient,
  input: CreateChangeSetCommandInput & { ChangeSetName: string; StackName: string },
  options: FollowOptions,
): Promise<ChangeSetOutcome> {
  const { CreateChangeSetCommand, DescribeChangeSetCommand, DeleteChangeSetCommand } =
    await import('@aws-sdk/client-cloudformation');
  let changeSetId: string;
  try {
    changeSetId = (await cfn.send(new CreateChangeSetCommand(input))).Id ?? input.ChangeSetName;
  } catch (error) {
    // Some implementations refuse an empty change set at creation instead of marking it FAILED.
    if (errorCode(error) === 'ValidationError' && isNoChanges((error as Error).message))
      return { empty: true, changeSetName: input.ChangeSetName };
    throw error;
  }
  const changes: Change[] = [];
  const outcome = await pollUntil<true>({
    check: async () => {
      const described = await cfn.send(
        new DescribeChangeSetCommand({ ChangeSetName: changeSetId, StackName: input.StackName }),
      );
      const status = described.Status ?? 'UNKNOWN';
      if (status === 'CREATE_COMPLETE') {
        changes.push(...(described.Changes ?? []));
        let nextToken = described.NextToken;
        while (nextToken) {
          const page = await cfn.send(
            new DescribeChangeSetCommand({
              ChangeSetName: changeSetId,
              StackName: input.StackName,
              NextToken: nextToken,
            }),
          );
          changes.push(...(page.Changes ?? []));
          nextToken = page.NextToken;
        }
        return { status: 'done', value: true, state: status };
      }
      if (status === 'FAILED')
        return { status: 'failed', reason: described.StatusReason ?? 'no reason given', state: status };
      return { status: 'pending', state: `change set ${status}` };
    },
    timeoutMs: options.timeoutMs,
    initialDelayMs: 1000,
    maxDelayMs: Math.min(options.maxPollIntervalMs, 5000),
    ...pollHooks(options),
    onProgress: (line) => options.onProgress?.(`${input.StackName}: ${line}`),
  });
  if (outcome.outcome === 'failed') {
    if (isNoChanges(outcome.reason)) {
      // Leave no FAILED change set behind; its absence matters to no one, so a refusal is only logged.
      await cfn
        .send(new DeleteChangeSetCommand({ ChangeSetName: changeSetId, StackName: input.StackName }))
        .catch((error: unknown) =>
          options.onProgress?.(`could not delete the empty change set: ${(error as Error).message}`),
        );
      return { empty: true, changeSetName: input.ChangeSetName };
    }
    throw new ActionError(
      `Change set ${input.ChangeSetName} for stack ${input.StackName} failed: ${outcome.reason}.`,
    );
  }
  if (outcome.outcome !== 'done')
    throw new ActionError(
      `Change set ${input.ChangeSetName} for stack ${input.StackName} was not ready: ${outcome.outcome} (${outcome.state}).`,
    );
  return {
    empty: false,
    changeSetName: input.ChangeSetName,
    changeSetId,
    changes: changes.map((change) => ({
      action: change.ResourceChange?.Action ?? change.Type ?? '',
      logicalId: change.ResourceChange?.LogicalResourceId ?? '',
      type: change.ResourceChange?.ResourceType ?? '',
      replacement: change.ResourceChange?.Replacement ?? '',
    })),
  };
}

export async function executeChangeSet(
  cfn: CloudFormationClient,
  stackName: string,
  changeSetId: string,
): Promise<void> {
  const { ExecuteChangeSetCommand } = await import('@aws-sdk/client-cloudformation');
  await cfn.send(new ExecuteChangeSetCommand({ StackName: stackName, ChangeSetName: changeSetId }));
}

export function changeSetName(now: Date, caller = 'aws-deploy-actions'): string {
  return `${caller}-${now
    .toISOString()
    .replace(/[-:.TZ]/g, '')
    .slice(0, 17)}`;
}

export function assertTemplateSize(body: string, path: string): void {
  if (Buffer.byteLength(body, 'utf8') > 51_200)
    throw new ActionError(
      `Template ${path} is ${Buffer.byteLength(body, 'utf8')} bytes; CloudFormation accepts at most 51,200 bytes inline. Upload larger templates to S3 (aws cloudformation package).`,
    );
}

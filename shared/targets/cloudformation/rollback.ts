// The CloudFormation rollback path: cancel an update in progress, continue a rollback stuck in
// UPDATE_ROLLBACK_FAILED, otherwise redeploy the recorded previous template and parameters.
import type { CloudFormationClient, Stack } from '@aws-sdk/client-cloudformation';
import { errorCode } from '../../aws/errors.js';
import type { CloudFormationRecord } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbMismatch, parseBreadcrumb } from '../../record/breadcrumb.js';
import type { RestoreOptions, RestoreResult } from '../types.js';
import { isNoChanges } from './changeset.js';
import { holds, previousTemplate, restoreParameters } from './state.js';
import { describeStack, followStack, isInProgress, templateOf } from './stack.js';

const describe = (name: string, stack: Stack | undefined): string =>
  `${name} (${stack?.StackStatus ?? 'absent'})`;

/**
 * The states CloudFormation resolves itself: an update in progress is cancelled, a rollback stuck
 * in UPDATE_ROLLBACK_FAILED is continued. Undefined for any other state.
 */
async function resolveInCloudFormation(
  cfn: CloudFormationClient,
  stackName: string,
  stack: Stack,
  options: RestoreOptions,
): Promise<RestoreResult | undefined> {
  const { CancelUpdateStackCommand, ContinueUpdateRollbackCommand } =
    await import('@aws-sdk/client-cloudformation');
  const status = stack.StackStatus ?? '';
  let to: string;
  if (status === 'UPDATE_IN_PROGRESS') {
    await cfn.send(new CancelUpdateStackCommand({ StackName: stackName }));
    to = `${stackName} (update cancelled, rolled back)`;
  } else if (status === 'UPDATE_ROLLBACK_FAILED') {
    await cfn.send(new ContinueUpdateRollbackCommand({ StackName: stackName }));
    to = `${stackName} (rollback continued)`;
  } else return undefined;
  const follow = options.wait ? await followStack(cfn, stackName, 'rolled-back', options) : undefined;
  return { changed: true, from: describe(stackName, stack), to, follow };
}

export async function restoreStack(
  cfn: CloudFormationClient,
  record: CloudFormationRecord,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const { stackName } = record.resource;
  let stack = await describeStack(cfn, stackName);
  const to = `${stackName} with the previous template and parameters`;
  if (!stack)
    return {
      changed: false,
      from: describe(stackName, stack),
      to,
      refused: `stack ${stackName} does not exist: there is nothing to roll back.`,
    };
  const found = stack.Tags?.find((tag) => tag.Key === BREADCRUMB_KEY)?.Value;
  if (!options.trustLiveState) {
    const mismatch = breadcrumbMismatch(record, found, `the tags of stack ${stackName}`);
    if (mismatch) return { changed: false, from: describe(stackName, stack), to, refused: mismatch };
  }
  const status = stack.StackStatus ?? '';
  const resolved = await resolveInCloudFormation(cfn, stackName, stack, options);
  if (resolved) return resolved;
  if (isInProgress(status)) {
    const settled = await followStack(cfn, stackName, 'rolled-back', options);
    stack = settled.stack ?? stack;
  }
  const from = describe(stackName, stack);
  const previous = record.previous;
  if (!previous?.templateGzip || !record.current)
    return {
      changed: false,
      from,
      to,
      refused: `stack ${stackName} did not exist before this deployment, so there is no previous template to restore; delete the stack if it must go.`,
    };
  const templateBody = previousTemplate(previous);
  const liveTemplate = await templateOf(cfn, stackName);
  if (holds(stack, liveTemplate, previous)) return { changed: false, from, to };
  if (!options.force && !holds(stack, liveTemplate, record.current))
    return {
      changed: false,
      from,
      to,
      refused: `stack ${stackName} no longer holds the template and parameters this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
    };
  const startedAt = new Date(options.clock ? options.clock.now() : Date.now());
  const { UpdateStackCommand } = await import('@aws-sdk/client-cloudformation');
  try {
    await cfn.send(
      new UpdateStackCommand({
        StackName: stackName,
        TemplateBody: templateBody,
        Parameters: restoreParameters(previous, parseBreadcrumb(found)?.key),
        ...(previous.capabilities?.length ? { Capabilities: previous.capabilities as never } : {}),
      }),
    );
  } catch (error) {
    if (errorCode(error) === 'ValidationError' && isNoChanges((error as Error).message))
      return { changed: false, from, to };
    throw error;
  }
  if (!options.wait) return { changed: true, from, to };
  const follow = await followStack(cfn, stackName, 'deployed', options, startedAt);
  return { changed: true, from, to, follow };
}

// CloudFormation mode of deploy-lambda-image and of the release action: a change set whose image
// parameter changes while every other parameter keeps its value, executed and followed to the end.
import type { CloudFormationClient, RollbackConfiguration, Stack } from '@aws-sdk/client-cloudformation';
import { ActionError } from '../../action/errors.js';
import type { CloudFormationState } from '../../record/record.js';
import { systemClock } from '../../wait/poll.js';
import type { FollowOptions, FollowResult } from '../types.js';
import { changeSetName, createChangeSet, executeChangeSet, type ChangeSetOutcome } from './changeset.js';
import { planParameters, type ParameterPlan, type TemplateParameter } from './parameters.js';
import { currentStackState, previousStackState } from './state.js';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId, newSealKey } from '../../record/breadcrumb.js';
import {
  describeStack,
  followStack,
  isInProgress,
  outputsOf,
  rollbackCompleteError,
  templateOf,
  type FailedEvent,
} from './stack.js';

export interface StackDeployRequest {
  /** The action deploying: names the change set and describes it (default aws-deploy-actions). */
  caller?: string;
  stackName: string;
  templateBody: string;
  imageParameter: string;
  /** Digest-pinned image for the image parameter; absent when the overrides carry it. */
  imageUri?: string | undefined;
  overrides: Record<string, string>;
  /** Parameters whose values the summary may show (others: changed or unchanged only). */
  showParameters?: readonly string[] | undefined;
  capabilities: string[];
  tags: Record<string, string>;
  rollbackAlarmArns: string[];
  rollbackMonitoringMinutes?: number | undefined;
  dryRun: boolean;
  /** Called for every secret value before anything can log it (NoEcho parameters). */
  onSecret: (value: string) => void;
}

export interface StackProgress {
  /** The record's id, in the breadcrumb tag the change set puts on the stack. */
  recordId?: string;
  before?: Stack;
  previous?: CloudFormationState | null;
  template?: TemplateParameter[];
  plan?: ParameterPlan;
  /** ContinueUpdateRollback was needed before deploying. */
  continuedRollback?: boolean;
  changeSet?: ChangeSetOutcome;
  follow?: FollowResult & { events?: FailedEvent[]; stack?: Stack | undefined };
  after?: Stack;
  current?: CloudFormationState;
  outputs: Record<string, string>;
}

export async function templateParameters(
  cfn: CloudFormationClient,
  templateBody: string,
): Promise<TemplateParameter[]> {
  const { GetTemplateSummaryCommand } = await import('@aws-sdk/client-cloudformation');
  const summary = await cfn.send(new GetTemplateSummaryCommand({ TemplateBody: templateBody }));
  return (summary.Parameters ?? []).flatMap((p) =>
    p.ParameterKey
      ? [{ key: p.ParameterKey, noEcho: p.NoEcho === true, hasDefault: p.DefaultValue !== undefined }]
      : [],
  );
}

/** Brings a stack to a state it can be updated from: waits out an operation, continues a stuck rollback. */
async function settle(
  cfn: CloudFormationClient,
  request: StackDeployRequest,
  options: FollowOptions,
  progress: StackProgress,
): Promise<Stack | undefined> {
  let stack = await describeStack(cfn, request.stackName);
  const status = stack?.StackStatus ?? '';
  if (stack && isInProgress(status)) {
    options.onProgress?.(`${request.stackName} is ${status}: waiting for that operation to end first`);
    const settled = await followStack(cfn, request.stackName, 'rolled-back', options);
    stack = settled.stack;
  }
  const now = stack?.StackStatus ?? '';
  if (now === 'ROLLBACK_COMPLETE') throw rollbackCompleteError(request.stackName);
  if (now === 'UPDATE_ROLLBACK_FAILED') {
    if (request.dryRun) return stack;
    const { ContinueUpdateRollbackCommand } = await import('@aws-sdk/client-cloudformation');
    options.onProgress?.(`${request.stackName} is UPDATE_ROLLBACK_FAILED: continuing the rollback first`);
    await cfn.send(new ContinueUpdateRollbackCommand({ StackName: request.stackName }));
    progress.continuedRollback = true;
    const continued = await followStack(cfn, request.stackName, 'rolled-back', options);
    if (continued.status !== 'succeeded')
      throw new ActionError(
        `Stack ${request.stackName} is stuck in UPDATE_ROLLBACK_FAILED and continuing the rollback did not finish: ${continued.reason ?? continued.state}. Fix the resources named in its events, or skip them (aws cloudformation continue-update-rollback --resources-to-skip).`,
      );
    stack = continued.stack;
  }
  if (
    /^(ROLLBACK_FAILED|DELETE_FAILED|DELETE_IN_PROGRESS|IMPORT_ROLLBACK_FAILED)$/.test(
      stack?.StackStatus ?? '',
    )
  )
    throw new ActionError(
      `Stack ${request.stackName} is in ${stack?.StackStatus ?? ''} and cannot be updated: read its events, fix or delete it, and rerun.`,
    );
  return stack;
}

/** Tags given replace the stack's tags: keep the others, the new breadcrumb replaces the old one. */
function stackTags(
  before: Stack | undefined,
  given: Record<string, string>,
  breadcrumb: string,
): Record<string, string> {
  return {
    ...Object.fromEntries(
      (before?.Tags ?? []).flatMap((tag) =>
        tag.Key && tag.Key !== BREADCRUMB_KEY ? [[tag.Key, tag.Value ?? '']] : [],
      ),
    ),
    ...given,
    [BREADCRUMB_KEY]: breadcrumb,
  };
}

/** The alarms that roll the stack back during the update, if any. */
function rollbackConfiguration(request: StackDeployRequest): RollbackConfiguration | undefined {
  if (!request.rollbackAlarmArns.length) return undefined;
  return {
    RollbackTriggers: request.rollbackAlarmArns.map((Arn) => ({ Arn, Type: 'AWS::CloudWatch::Alarm' })),
    MonitoringTimeInMinutes: request.rollbackMonitoringMinutes,
  };
}

export async function deployStack(
  cfn: CloudFormationClient,
  request: StackDeployRequest,
  options: FollowOptions,
  progress: StackProgress = { outputs: {} },
): Promise<StackProgress> {
  const clock = options.clock ?? systemClock;
  const before = await settle(cfn, request, options, progress);
  const exists = before !== undefined && before.StackStatus !== 'REVIEW_IN_PROGRESS';
  if (before) progress.before = before;
  const template = await templateParameters(cfn, request.templateBody);
  progress.template = template;
  for (const parameter of template)
    if (parameter.noEcho && request.overrides[parameter.key] !== undefined)
      request.onSecret(request.overrides[parameter.key] as string);
  const plan = planParameters({
    template,
    stack: exists ? before : undefined,
    overrides: request.overrides,
    imageParameter: request.imageParameter,
    imageUri: request.imageUri,
    showParameters: request.showParameters,
  });
  progress.plan = plan;
  const sealKey = newSealKey();
  const set = plan.rows.filter((row) => row.action === 'set').map((row) => row.key);
  progress.previous =
    exists && before
      ? previousStackState(before, await templateOf(cfn, request.stackName), set, sealKey, plan.secretKeys)
      : null;
  if (request.dryRun) return progress;
  progress.recordId = newRecordId();
  const breadcrumb = breadcrumbOf(
    {
      id: progress.recordId,
      target: 'cloudformation',
      resource: { stackName: request.stackName },
      previous: progress.previous,
    },
    sealKey,
  );
  const tags = stackTags(exists ? before : undefined, request.tags, breadcrumb);

  const startedAt = new Date(clock.now());
  const changeSet = await createChangeSet(
    cfn,
    {
      StackName: request.stackName,
      ChangeSetName: changeSetName(startedAt, request.caller),
      ChangeSetType: exists ? 'UPDATE' : 'CREATE',
      TemplateBody: request.templateBody,
      Parameters: plan.parameters,
      Capabilities: request.capabilities as never,
      Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
      RollbackConfiguration: rollbackConfiguration(request),
      Description: request.caller ?? 'aws-deploy-actions',
    },
    options,
  );
  progress.changeSet = changeSet;
  if (!changeSet.empty) {
    await executeChangeSet(cfn, request.stackName, changeSet.changeSetId);
    progress.follow = await followStack(cfn, request.stackName, 'deployed', options, startedAt);
  }
  // following the stack already read it; an empty change set changed nothing to read again
  const after = progress.follow?.stack ?? (await describeStack(cfn, request.stackName));
  if (after) progress.after = after;
  progress.outputs = outputsOf(after);
  progress.current = currentStackState(after, request.templateBody, request.capabilities, plan.secretKeys);
  return progress;
}

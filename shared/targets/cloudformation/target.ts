// CloudFormation behind the target contract (../types.ts): a stack whose image parameter changes
// through a change set while every other parameter keeps its value. One orchestration and one job
// summary for deploy-lambda-image (CloudFormation mode) and the root action.
import { ActionError } from '../../action/errors.js';
import { group, info, setSecret } from '../../action/runtime.js';
import { createClient } from '../../aws/clients.js';
import type { CloudFormationRecord } from '../../record/record.js';
import { describeResource } from '../../record/describe.js';
import { concluded } from '../result.js';
import type { DeployContext, DeployResult, Target } from '../types.js';
import type { ImageReference } from '../lambda/image.js';
import type { StackDeployRequest, StackProgress } from './deploy.js';

export interface StackTargetRequest extends Omit<
  StackDeployRequest,
  'imageUri' | 'rollbackAlarmArns' | 'onSecret'
> {
  /** Resolved to a digest-pinned URI for the image parameter; absent when the overrides carry it. */
  image?: ImageReference | undefined;
  /** The image's platform when it is an index; default x86_64. */
  architecture?: string | undefined;
  /** Alarm names for the stack's rollback configuration. */
  rollbackAlarms: readonly string[];
}

async function cloudFormationClient(region: string) {
  const { CloudFormationClient } = await import('@aws-sdk/client-cloudformation');
  return createClient(CloudFormationClient, { region });
}

async function resolveImageUri(image: ImageReference, architecture: string | undefined, region: string) {
  const [{ ECRClient }, { resolveImage, platformArchitecture }] = await Promise.all([
    import('@aws-sdk/client-ecr'),
    import('../lambda/image.js'),
  ]);
  const ecr = createClient(ECRClient, { region });
  return (await resolveImage(ecr, image, platformArchitecture(architecture ?? 'x86_64'))).imageUri;
}

async function rollbackAlarmArns(names: readonly string[], region: string): Promise<string[]> {
  if (!names.length) return [];
  const [{ CloudWatchClient }, { alarmArns }] = await Promise.all([
    import('@aws-sdk/client-cloudwatch'),
    import('../../alarms/read.js'),
  ]);
  return alarmArns(createClient(CloudWatchClient, { region }), [...names]);
}

async function deploy(
  request: StackTargetRequest,
  context: DeployContext,
): Promise<DeployResult<CloudFormationRecord>> {
  const { region, follow } = context;
  const [cfn, { deployStack }, { stackRecord }, { reportStack }] = await Promise.all([
    cloudFormationClient(region),
    import('./deploy.js'),
    import('../lambda/record.js'),
    import('./summary.js'),
  ]);
  const { image, architecture, rollbackAlarms, ...stack } = request;
  const progress: StackProgress = { outputs: {} };
  let imageUri: string | undefined;
  let error: unknown;
  try {
    if (image) {
      imageUri = await resolveImageUri(image, architecture, region);
      info(
        `Image ${image.registry}/${image.repository}${image.tag ? `:${image.tag}` : `@${image.digest ?? ''}`} → ${imageUri}`,
      );
    }
    const alarmArns = await rollbackAlarmArns(rollbackAlarms, region);
    await group(request.dryRun ? 'Plan (dry run)' : `Stack ${request.stackName}`, () =>
      deployStack(
        cfn,
        { ...stack, imageUri, rollbackAlarmArns: alarmArns, onSecret: setSecret },
        follow,
        progress,
      ),
    );
  } catch (caught) {
    error = caught;
  }
  let { status, message } = concluded(request.dryRun, error, follow.signal);
  if (error === undefined && progress.follow && progress.follow.status !== 'succeeded') {
    status = progress.follow.status;
    message = `Stack ${request.stackName} did not deploy: ${progress.follow.reason ?? progress.follow.state}.`;
    error = new ActionError(message);
  }
  const record = stackRecord(progress, request.stackName, {
    region,
    status,
    startedAt: context.startedAt,
    message,
  });
  reportStack(context.summary, {
    title: `${context.caller}: stack ${request.stackName}`,
    headingLevel: context.headingLevel ?? 2,
    progress,
    stackName: request.stackName,
    imageUri,
    status,
    message,
    dryRun: request.dryRun,
  });
  return {
    records: record ? [record] : [],
    outputs: { 'image-uri': imageUri, 'stack-outputs': progress.after ? progress.outputs : undefined },
    error,
  };
}

export const cloudFormationTarget: Target<StackTargetRequest, CloudFormationRecord, { stackName: string }> = {
  deploy,
  async snapshot(subject, region) {
    const [cfn, { manualStackRecord }] = await Promise.all([
      cloudFormationClient(region),
      import('./manual.js'),
    ]);
    return manualStackRecord(cfn, region, subject);
  },
  async restore(record, options) {
    const [cfn, { restoreStack }] = await Promise.all([
      cloudFormationClient(record.region),
      import('./rollback.js'),
    ]);
    return restoreStack(cfn, record, options);
  },
  describe: describeResource,
};

// The deploy step of the release, built from shared/targets: ECS (deployService), Lambda direct
// mode (deployFunction), CloudFormation mode (deployStack), EKS (rollOutDeployments) or EC2
// (deployInstances). Never throws: the caller decides between rollback and failure from the records
// and the error.
import { group, info, setSecret } from '../../../shared/action/runtime.js';
import { ActionError } from '../../../shared/action/errors.js';
import { code, raw, type Summary } from '../../../shared/action/summary.js';
import type { DeploymentRecord, RecordStatus } from '../../../shared/record/record.js';
import type { FollowOptions } from '../../../shared/targets/types.js';
import { createClient } from '../../../shared/aws/clients.js';
import { rollbackCommandDigest } from '../../../shared/targets/ecs/command.js';
import type { LambdaProgress } from '../../../shared/targets/lambda/deploy.js';
import type { StackProgress } from '../../../shared/targets/cloudformation/deploy.js';
import type {
  DeployPlan,
  Ec2ReleasePlan,
  EcsPlan,
  EksPlan,
  FunctionPlan,
  StackPlan,
  Values,
} from './plan.js';
import { confirmImagesBeforeDeploy, resolvedDigests } from '../../../shared/aws/image-exists.js';
import { withImageDigests } from '../../../shared/record/image-digests.js';
import { imagesToDeploy } from '../../../shared/targets/ecs/request.js';
import { imagesOfRequest } from '../../../shared/targets/eks/images.js';

export interface DeployResult {
  /**
   * One per resource changed (EKS: one per Deployment); empty when the deploy failed before it
   * could read the live state.
   */
  records: DeploymentRecord[];
  /** The target action's outputs. */
  outputs: Record<string, string | object>;
  /** Why the deploy failed (its own error, for the run wrapper to describe). */
  error?: unknown;
}

export interface DeployContext {
  region: string;
  startedAt: Date;
  follow: FollowOptions;
  /** Where the target writes its details (images, diagnostics). */
  details: Summary;
}

async function deployEcs(plan: EcsPlan, values: Values, context: DeployContext): Promise<DeployResult> {
  const [{ ECSClient }, { deployService, ecsOutputs }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../../shared/targets/ecs/deploy.js'),
  ]);
  const ecs = createClient(ECSClient, { region: context.region });
  const logsClient = async () =>
    createClient((await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient, {
      region: context.region,
    });
  const result: DeployResult = { records: [], outputs: {} };
  try {
    const digests = resolvedDigests(
      await confirmImagesBeforeDeploy(imagesToDeploy(values, plan.file), { summary: context.details }),
    );
    await deployService(
      ecs,
      logsClient,
      {
        cluster: plan.cluster,
        service: plan.service,
        region: context.region,
        ...(values.image ? { image: values.image } : {}),
        ...(values.container ? { container: values.container } : {}),
        images: values.images,
        ...(plan.file ? { file: plan.file } : {}),
        environment: values.environment,
        ...(values['desired-count'] !== undefined ? { desiredCount: values['desired-count'] } : {}),
        forceNewDeployment: values['force-new-deployment'],
        ...(plan.command ? { migrationCommand: plan.command } : {}),
        ...(plan.rollbackCommand
          ? { rollbackCommandDigest: rollbackCommandDigest(plan.rollbackCommand) }
          : {}),
        wait: true,
        ifInProgress: 'wait',
        dryRun: false,
      },
      context.follow,
      {
        summary: context.details,
        startedAt: context.startedAt,
        onRecord: (outcome) => {
          result.records = [withImageDigests(outcome.record, digests)];
          result.outputs = ecsOutputs(outcome);
        },
      },
    );
  } catch (error) {
    result.error = error;
  }
  return result;
}

async function deployFunction(
  plan: FunctionPlan,
  values: Values,
  context: DeployContext,
): Promise<DeployResult> {
  const [{ LambdaClient }, { ECRClient }, lambdaTarget, { functionOutputs, functionRecord }] =
    await Promise.all([
      import('@aws-sdk/client-lambda'),
      import('@aws-sdk/client-ecr'),
      import('../../../shared/targets/lambda/deploy.js'),
      import('../../../shared/targets/lambda/record.js'),
    ]);
  const clients = {
    lambda: createClient(LambdaClient, { region: context.region }),
    ecr: createClient(ECRClient, { region: context.region }),
  };
  const progress: LambdaProgress = { weights: [] };
  let status: RecordStatus = 'succeeded';
  let message: string | undefined;
  let error: unknown;
  try {
    await lambdaTarget.deployFunction(
      clients,
      {
        functionName: plan.functionName,
        image: plan.image,
        publish: true,
        ...(values.alias ? { alias: values.alias } : {}),
        ...(plan.traffic ? { traffic: plan.traffic } : {}),
        alarms: [],
        ...(Object.keys(values.environment).length ? { environment: values.environment } : {}),
        dryRun: false,
      },
      context.follow,
      progress,
    );
  } catch (caught) {
    error = caught;
    status = context.follow.signal?.aborted ? 'cancelled' : 'failed';
    message = caught instanceof Error ? caught.message : String(caught);
  }
  const record = functionRecord(
    progress,
    { functionName: plan.functionName, alias: values.alias },
    { region: context.region, status, startedAt: context.startedAt, message },
  );
  const previous = progress.snapshot;
  context.details.heading(raw(`Lambda ${code(plan.functionName)}`), 3);
  context.details.table(
    ['', 'before', 'after'],
    [
      [
        'image',
        raw(code(previous?.imageUri ?? '(unknown)')),
        raw(code(progress.resolved?.imageUri ?? '(unchanged)')),
      ],
      ...(values.alias
        ? [[`alias ${values.alias}`, previous?.alias?.version ?? '(none)', progress.version ?? '(unchanged)']]
        : []),
    ],
  );
  return {
    records: record ? [record] : [],
    outputs: functionOutputs(progress),
    ...(error !== undefined ? { error } : {}),
  };
}

async function deployStack(plan: StackPlan, values: Values, context: DeployContext): Promise<DeployResult> {
  const [{ CloudFormationClient }, stackTarget, { stackRecord }] = await Promise.all([
    import('@aws-sdk/client-cloudformation'),
    import('../../../shared/targets/cloudformation/deploy.js'),
    import('../../../shared/targets/lambda/record.js'),
  ]);
  const cfn = createClient(CloudFormationClient, { region: context.region });
  const progress: StackProgress = { outputs: {} };
  let imageUri: string | undefined;
  let status: RecordStatus = 'succeeded';
  let message: string | undefined;
  let error: unknown;
  try {
    if (plan.image) {
      const [{ ECRClient }, { resolveImage, platformArchitecture }] = await Promise.all([
        import('@aws-sdk/client-ecr'),
        import('../../../shared/targets/lambda/image.js'),
      ]);
      const resolved = await resolveImage(
        createClient(ECRClient, { region: context.region }),
        plan.image,
        platformArchitecture(values.architecture ?? 'x86_64'),
      );
      imageUri = resolved.imageUri;
      info(`Image ${values.image} → ${imageUri}`);
    }
    await group(`Stack ${plan.stackName}`, () =>
      stackTarget.deployStack(
        cfn,
        {
          caller: 'aws-deploy-actions-release',
          stackName: plan.stackName,
          templateBody: plan.templateBody,
          imageParameter: values['image-parameter'],
          ...(imageUri ? { imageUri } : {}),
          overrides: values['parameter-overrides'],
          showParameters: values['show-parameters'],
          capabilities: values.capabilities,
          tags: {},
          rollbackAlarmArns: [],
          dryRun: false,
          onSecret: setSecret,
        },
        context.follow,
        progress,
      ),
    );
    if (progress.follow && progress.follow.status !== 'succeeded') {
      status = progress.follow.status;
      message = `Stack ${plan.stackName} did not deploy: ${progress.follow.reason ?? progress.follow.state}.`;
      error = new ActionError(message);
    }
  } catch (caught) {
    error = caught;
    status = context.follow.signal?.aborted ? 'cancelled' : 'failed';
    message = caught instanceof Error ? caught.message : String(caught);
  }
  const record = stackRecord(progress, plan.stackName, {
    region: context.region,
    status,
    startedAt: context.startedAt,
    message,
  });
  const parameter = (state: { parameters: { key: string; value?: string }[] } | null | undefined) =>
    state?.parameters.find((p) => p.key === values['image-parameter'])?.value;
  context.details.heading(raw(`Stack ${code(plan.stackName)}`), 3);
  context.details.paragraph(
    raw(
      `${code(values['image-parameter'])}: ${code(parameter(progress.previous) ?? '(none)')} → ${code(parameter(progress.current) ?? '(unchanged)')}`,
    ),
  );
  return {
    records: record ? [record] : [],
    outputs: {
      ...(imageUri ? { 'image-uri': imageUri } : {}),
      ...(progress.after ? { 'stack-outputs': progress.outputs } : {}),
    },
    ...(error !== undefined ? { error } : {}),
  };
}

async function deployEks(plan: EksPlan, context: DeployContext): Promise<DeployResult> {
  const { rollOutDeployments, eksOutputs } = await import('../../../shared/targets/eks/deploy.js');
  const result: DeployResult = { records: [], outputs: {} };
  try {
    const digests = resolvedDigests(
      await confirmImagesBeforeDeploy(imagesOfRequest(plan.images), { summary: context.details }),
    );
    await rollOutDeployments(
      {
        cluster: plan.cluster,
        namespace: plan.namespace,
        deployments: plan.deployments,
        images: plan.images,
        changeCause: plan.changeCause,
        region: context.region,
        ...(plan.kubeconfig ? { kubeconfig: plan.kubeconfig } : {}),
        ...(plan.apiServer ? { apiServer: plan.apiServer } : {}),
        ...(plan.caData ? { caData: plan.caData } : {}),
        // The release restores every Deployment itself, after a failed rollout as after a failed
        // smoke test or bake.
        ifRolloutFails: 'caller-restores',
      },
      context.follow,
      {
        summary: context.details,
        startedAt: context.startedAt,
        headingLevel: 3,
        onOutcome: (outcome) => {
          result.records = outcome.records.map((record) => withImageDigests(record, digests));
          result.outputs = eksOutputs(outcome);
        },
      },
    );
  } catch (error) {
    result.error = error;
  }
  return result;
}

async function deployEc2(
  deploy: Ec2ReleasePlan,
  values: Values,
  context: DeployContext,
): Promise<DeployResult> {
  const [{ SSMClient }, { deployInstances, ec2Outputs }] = await Promise.all([
    import('@aws-sdk/client-ssm'),
    import('../../../shared/targets/ec2/deploy.js'),
  ]);
  const result: DeployResult = { records: [], outputs: {} };
  try {
    await deployInstances(
      { ssm: createClient(SSMClient, { region: context.region }) },
      {
        plan: deploy.plan,
        region: context.region,
        rollback: values.rollback,
        maxConcurrency: values['max-concurrency'],
        maxErrors: values['max-errors'],
        dryRun: false,
        documentName: values['document-name'],
        ...(values['cloudwatch-log-group'] ? { logGroup: values['cloudwatch-log-group'] } : {}),
      },
      context.follow,
      {
        summary: context.details,
        startedAt: context.startedAt,
        onRecord: (outcome) => {
          result.records = [outcome.record];
          result.outputs = ec2Outputs(outcome);
        },
      },
    );
  } catch (error) {
    result.error = error;
  }
  return result;
}

export function deployTarget(
  plan: DeployPlan,
  values: Values,
  context: DeployContext,
): Promise<DeployResult> {
  switch (plan.target) {
    case 'ecs':
      return deployEcs(plan, values, context);
    case 'eks':
      return deployEks(plan, context);
    case 'ec2':
      return deployEc2(plan, values, context);
    case 'lambda':
      return plan.mode === 'direct'
        ? deployFunction(plan, values, context)
        : deployStack(plan, values, context);
  }
}

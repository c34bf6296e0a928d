// The deploy step of the release: the plan's target through the target contract
// (shared/targets/registry.ts), the same deploy the deploy actions run. Never throws: the caller
// decides between rollback and failure from the records and the error.
import type { DeployContext, DeployResult, EksConnection } from '../../../shared/targets/types.js';
import { loadTarget } from '../../../shared/targets/registry.js';
import { rollbackCommandDigest } from '../../../shared/targets/ecs/command.js';
import { confirmImagesBeforeDeploy, resolvedDigests } from '../../../shared/aws/image-exists.js';
import { withImageDigests } from '../../../shared/record/image-digests.js';
import { imagesToDeploy } from '../../../shared/targets/ecs/request.js';
import { imagesOfRequest } from '../../../shared/targets/eks/images.js';
import type { Connections } from '../../../shared/targets/types.js';
import type {
  DeployPlan,
  Ec2ReleasePlan,
  EcsPlan,
  EksPlan,
  FunctionPlan,
  StackPlan,
  Values,
} from './plan.js';

export type { DeployResult };

export interface ReleaseDeployContext extends Omit<DeployContext, 'caller' | 'headingLevel' | 'summary'> {
  /** Where the target writes its section (under a level-3 heading): the release's details. */
  details: DeployContext['summary'];
}

/** How the rollback step reaches what the deploy reached: the same EKS cluster, the same health check. */
export function connectionsOf(deploy: DeployPlan): Connections {
  if (deploy.target === 'eks') return { eks: eksConnectionOf(deploy) };
  if (deploy.target === 'ec2')
    return {
      ec2: { healthCommand: deploy.plan.healthCommand, healthTimeoutMs: deploy.plan.healthTimeoutMs },
    };
  return {};
}

function eksConnectionOf(plan: EksPlan): EksConnection {
  return { apiServer: plan.apiServer, caData: plan.caData, kubeconfig: plan.kubeconfig };
}

/** The images confirmed to exist, each with the digest it resolved to; or the error of a missing one. */
async function confirmImages(
  images: Parameters<typeof confirmImagesBeforeDeploy>[0],
  context: DeployContext,
): Promise<{ digests: Map<string, string> } | { error: unknown }> {
  try {
    return {
      digests: resolvedDigests(await confirmImagesBeforeDeploy(images, { summary: context.summary })),
    };
  } catch (error) {
    return { error };
  }
}

/** The deploy's records, each with the digests its images resolved to (`current.imageDigests`). */
function withDigests(result: DeployResult, digests: ReadonlyMap<string, string>): DeployResult {
  return { ...result, records: result.records.map((record) => withImageDigests(record, digests)) };
}

async function deployEcs(plan: EcsPlan, values: Values, context: DeployContext): Promise<DeployResult> {
  const confirmed = await confirmImages(imagesToDeploy(values, plan.file), context);
  if ('error' in confirmed) return { records: [], outputs: {}, error: confirmed.error };
  const result = await (
    await loadTarget('ecs')
  ).deploy(
    {
      cluster: plan.cluster,
      service: plan.service,
      image: values.image || undefined,
      container: values.container || undefined,
      images: values.images,
      file: plan.file,
      environment: values.environment,
      desiredCount: values['desired-count'],
      forceNewDeployment: values['force-new-deployment'],
      migrationCommand: plan.command,
      rollbackCommandDigest: plan.rollbackCommand ? rollbackCommandDigest(plan.rollbackCommand) : undefined,
      wait: true,
      ifInProgress: 'wait',
      dryRun: false,
    },
    context,
  );
  return withDigests(result, confirmed.digests);
}

async function deployFunction(
  plan: FunctionPlan,
  values: Values,
  context: DeployContext,
): Promise<DeployResult> {
  return (await loadTarget('lambda')).deploy(
    {
      functionName: plan.functionName,
      image: plan.image,
      publish: true,
      alias: values.alias || undefined,
      traffic: plan.traffic,
      alarms: [],
      environment: Object.keys(values.environment).length ? values.environment : undefined,
      dryRun: false,
    },
    context,
  );
}

async function deployStack(plan: StackPlan, values: Values, context: DeployContext): Promise<DeployResult> {
  return (await loadTarget('cloudformation')).deploy(
    {
      caller: 'aws-deploy-actions-release',
      stackName: plan.stackName,
      templateBody: plan.templateBody,
      imageParameter: values['image-parameter'],
      image: plan.image,
      architecture: values.architecture,
      overrides: values['parameter-overrides'],
      showParameters: values['show-parameters'],
      capabilities: values.capabilities,
      tags: {},
      rollbackAlarms: [],
      dryRun: false,
    },
    context,
  );
}

async function deployEks(plan: EksPlan, context: DeployContext): Promise<DeployResult> {
  const confirmed = await confirmImages(imagesOfRequest(plan.images), context);
  if ('error' in confirmed) return { records: [], outputs: {}, error: confirmed.error };
  const result = await (
    await loadTarget('eks')
  ).deploy(
    {
      cluster: plan.cluster,
      namespace: plan.namespace,
      deployments: plan.deployments,
      images: plan.images,
      changeCause: plan.changeCause,
      connection: eksConnectionOf(plan),
      // The release restores every Deployment itself, after a failed rollout as after a failed
      // smoke test or bake.
      ifRolloutFails: 'caller-restores',
    },
    context,
  );
  return withDigests(result, confirmed.digests);
}

async function deployEc2(
  deploy: Ec2ReleasePlan,
  values: Values,
  context: DeployContext,
): Promise<DeployResult> {
  return (await loadTarget('ec2')).deploy(
    {
      plan: deploy.plan,
      rollback: values.rollback,
      maxConcurrency: values['max-concurrency'],
      maxErrors: values['max-errors'],
      dryRun: false,
      documentName: values['document-name'],
      logGroup: values['cloudwatch-log-group'] || undefined,
    },
    context,
  );
}

export function deployTarget(
  plan: DeployPlan,
  values: Values,
  release: ReleaseDeployContext,
): Promise<DeployResult> {
  const { details, ...common } = release;
  const context: DeployContext = { ...common, summary: details, caller: 'release', headingLevel: 3 };
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

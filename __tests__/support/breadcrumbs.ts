// Hand-made records for rollback tests, anchored as their deploy would anchor them: a record id and
// the breadcrumb (shared/record/breadcrumb.ts) written where each deploy writes it. moto applies
// the tags of an update change set to nothing (real CloudFormation puts them on the stack when it
// executes the change set), so a stack's breadcrumb is written here with UpdateStack, as
// CloudFormation does on execution; moto has no UpdateStack-without-changes error to get in the way.
import { TagResourceCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { TagResourceCommand as TagFunctionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import {
  DescribeStacksCommand,
  UpdateStackCommand,
  type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';
import type { Stack } from '@aws-sdk/client-cloudformation';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId, newSealKey } from '../../shared/record/breadcrumb.js';
import type {
  CloudFormationRecord,
  DeploymentRecord,
  EcsRecord,
  EksRecord,
  LambdaRecord,
} from '../../shared/record/record.js';
import type { KubeDouble } from './kube-double/index.js';
import type { Deployment } from '../../shared/kube/types.js';
import { previousStackState } from '../../shared/targets/cloudformation/state.js';

export function withId<R extends DeploymentRecord>(record: R): R & { id: string } {
  return { ...record, id: record.id ?? newRecordId() };
}

/** deploy-ecs tags the revision it registers (the record's current one). */
export async function anchorEcs(ecs: ECSClient, record: EcsRecord): Promise<EcsRecord & { id: string }> {
  const anchored = withId(record);
  await ecs.send(
    new TagResourceCommand({
      resourceArn: anchored.current?.taskDefinitionArn ?? '',
      tags: [{ key: BREADCRUMB_KEY, value: breadcrumbOf(anchored) }],
    }),
  );
  return anchored;
}

/** deploy-lambda-image tags the function. */
export async function anchorLambda(
  lambda: LambdaClient,
  functionArn: string,
  record: LambdaRecord,
): Promise<LambdaRecord & { id: string }> {
  const anchored = withId(record);
  await lambda.send(
    new TagFunctionCommand({ Resource: functionArn, Tags: { [BREADCRUMB_KEY]: breadcrumbOf(anchored) } }),
  );
  return anchored;
}

/** eks-rolling-update annotates the Deployment (metadata, not the pod template: no new revision). */
export function anchorEks(kube: KubeDouble, record: EksRecord): EksRecord & { id: string } {
  const anchored = withId(record);
  const { namespace, deployment } = anchored.resource;
  const live = kube.cluster.get<Deployment>('deployments', namespace, deployment);
  if (!live) throw new Error(`no Deployment ${namespace}/${deployment} in the kube double`);
  live.metadata.annotations = { ...live.metadata.annotations, [BREADCRUMB_KEY]: breadcrumbOf(anchored) };
  kube.cluster.put('deployments', live);
  return anchored;
}

export async function describe(cfn: CloudFormationClient, stackName: string): Promise<Stack> {
  const stack = (await cfn.send(new DescribeStacksCommand({ StackName: stackName }))).Stacks?.[0];
  if (!stack) throw new Error(`no stack ${stackName}`);
  return stack;
}

/**
 * The state a deploy of `stackName` records before its change set (`set`: the parameters it
 * changes), and a function that anchors the finished record on the stack as execution would.
 */
export async function stackDeployment(
  cfn: CloudFormationClient,
  stackName: string,
  templateBody: string,
  set: string[],
): Promise<{
  previous: NonNullable<CloudFormationRecord['previous']>;
  anchor: (record: CloudFormationRecord) => Promise<CloudFormationRecord & { id: string }>;
}> {
  const key = newSealKey();
  const previous = previousStackState(await describe(cfn, stackName), templateBody, set, key);
  return {
    previous,
    anchor: async (record) => {
      const anchored = withId(record);
      await cfn.send(
        new UpdateStackCommand({
          StackName: stackName,
          UsePreviousTemplate: true,
          Parameters: ((await describe(cfn, stackName)).Parameters ?? []).map((p) => ({
            ParameterKey: p.ParameterKey,
            UsePreviousValue: true,
          })),
          Tags: [{ Key: BREADCRUMB_KEY, Value: breadcrumbOf(anchored, key) }],
        }),
      );
      return anchored;
    },
  };
}

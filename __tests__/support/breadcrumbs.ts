// Hand-made records for rollback tests, anchored as their deploy would anchor them: a record id and
// the breadcrumb (shared/record/breadcrumb.ts) written where each deploy writes it. moto applies
// the tags of an update change set to nothing (real CloudFormation puts them on the stack when it
// executes the change set), so a test passes a stack's breadcrumb tags to the update it makes.
import { TagResourceCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { TagResourceCommand as TagFunctionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { DescribeStacksCommand, type CloudFormationClient } from '@aws-sdk/client-cloudformation';
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
 * changes), and the stack tags that deploy's change set carries, to pass to the update that stands
 * in for it (moto applies no change-set tags to an updated stack and refuses a tags-only update).
 */
export async function stackDeployment(
  cfn: CloudFormationClient,
  stackName: string,
  templateBody: string,
  set: string[],
): Promise<{
  previous: NonNullable<CloudFormationRecord['previous']>;
  id: string;
  tags: Array<{ Key: string; Value: string }>;
}> {
  const key = newSealKey();
  const id = newRecordId();
  const previous = previousStackState(await describe(cfn, stackName), templateBody, set, key);
  return {
    previous,
    id,
    tags: [
      {
        Key: BREADCRUMB_KEY,
        Value: breadcrumbOf({ id, target: 'cloudformation', resource: { stackName }, previous }, key),
      },
    ],
  };
}

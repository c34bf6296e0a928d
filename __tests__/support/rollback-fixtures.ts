// Deployments made in moto the way each deploy action makes them, with the anchored record the
// action would output: the starting point of the rollback tests (e2e, reliability, hostile records).
import { RegisterTaskDefinitionCommand, UpdateServiceCommand, type ECSClient } from '@aws-sdk/client-ecs';
import {
  CreateAliasCommand,
  GetFunctionCommand,
  PublishVersionCommand,
  UpdateAliasCommand,
  UpdateFunctionCodeCommand,
  waitUntilFunctionUpdatedV2,
  type LambdaClient,
} from '@aws-sdk/client-lambda';
import {
  CreateStackCommand,
  UpdateStackCommand,
  type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';
import type { ECRClient } from '@aws-sdk/client-ecr';
import {
  RECORD_SCHEMA,
  type CloudFormationRecord,
  type EcsRecord,
  type LambdaRecord,
} from '../../shared/record/record.js';
import { currentStackState } from '../../shared/targets/cloudformation/state.js';
import { anchorEcs, anchorLambda, describe, stackDeployment } from './breadcrumbs.js';
import { CONTAINERS, createService } from './ecs-service.js';
import {
  createImageFunction,
  createRepository,
  ensureRole,
  putImage,
  REGISTRY,
} from '../fixtures/lambda/moto.js';

/** A service moved from revision 1 to 2 (one image changed), and the record deploy-ecs writes. */
export async function ecsDeployment(
  ecs: ECSClient,
  launchType?: 'FARGATE',
): Promise<{
  record: EcsRecord;
  first: string;
  second: string;
  family: string;
}> {
  const {
    cluster,
    service,
    family,
    taskDefinitionArn: first,
  } = await createService(ecs, launchType ? { launchType } : {});
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      containerDefinitions: CONTAINERS.map((c) =>
        c.name === 'app' ? { ...c, image: '127.0.0.1:5000/web:v2' } : c,
      ),
    }),
  );
  const second = registered.taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(new UpdateServiceCommand({ cluster, service, taskDefinition: second }));
  const record = await anchorEcs(ecs, {
    schema: RECORD_SCHEMA,
    target: 'ecs',
    region: 'us-east-1',
    resource: { cluster, service },
    previous: { taskDefinitionArn: first, desiredCount: 0 },
    current: { taskDefinitionArn: second, desiredCount: 0 },
    status: 'failed',
    startedAt: new Date().toISOString(),
  });
  return { record, first, second, family };
}

/** A function whose alias `live` moved from version 1 (image v1) to 2 (v2), and its record. */
export async function lambdaAliasDeployment(
  clients: { lambda: LambdaClient; ecr: ECRClient },
  endpoint: string,
  names: { repository: string; functionName: string; seed: number },
): Promise<{ record: LambdaRecord; v1: string; v2: string }> {
  const { lambda, ecr } = clients;
  const { repository, functionName: name, seed } = names;
  await ensureRole(endpoint);
  await createRepository(ecr, repository);
  const v1 = `${REGISTRY}/${repository}@${await putImage(ecr, repository, 'v1', seed * 10 + 1)}`;
  const v2 = `${REGISTRY}/${repository}@${await putImage(ecr, repository, 'v2', seed * 10 + 2)}`;
  await createImageFunction(lambda, name, v1);
  await lambda.send(new PublishVersionCommand({ FunctionName: name }));
  await lambda.send(new CreateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '1' }));
  await lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ImageUri: v2 }));
  await waitUntilFunctionUpdatedV2({ client: lambda, maxWaitTime: 30 }, { FunctionName: name });
  await lambda.send(new PublishVersionCommand({ FunctionName: name }));
  await lambda.send(new UpdateAliasCommand({ FunctionName: name, Name: 'live', FunctionVersion: '2' }));
  const arn =
    (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration?.FunctionArn ?? '';
  const record = await anchorLambda(lambda, arn, {
    schema: RECORD_SCHEMA,
    target: 'lambda',
    region: 'us-east-1',
    resource: { functionName: name, alias: 'live' },
    previous: { imageUri: v1, version: '1' },
    current: { imageUri: v2, version: '2' },
    status: 'failed',
    startedAt: new Date().toISOString(),
  });
  return { record, v1, v2 };
}

/** One SNS topic named after `suffix` and the Stage parameter. */
export const topicTemplate = (suffix: string, extraResources: Record<string, unknown> = {}): string =>
  JSON.stringify({
    Parameters: { Stage: { Type: 'String' } },
    Resources: {
      Topic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: { 'Fn::Sub': `\${Stage}-${suffix}` } } },
      ...extraResources,
    },
  });

/** A stack created with one template and updated to another, and the record of that update. */
export async function stackUpdate(
  cfn: CloudFormationClient,
  stackName: string,
): Promise<{ record: CloudFormationRecord; before: string; after: string }> {
  const before = topicTemplate('orders');
  const after = topicTemplate('orders-v2');
  const Parameters = [{ ParameterKey: 'Stage', ParameterValue: 'prod' }];
  await cfn.send(new CreateStackCommand({ StackName: stackName, TemplateBody: before, Parameters }));
  const deploy = await stackDeployment(cfn, stackName, before, []);
  await cfn.send(
    new UpdateStackCommand({ StackName: stackName, TemplateBody: after, Parameters, Tags: deploy.tags }),
  );
  const record: CloudFormationRecord = {
    schema: RECORD_SCHEMA,
    id: deploy.id,
    target: 'cloudformation',
    region: 'us-east-1',
    resource: { stackName },
    previous: deploy.previous,
    current: currentStackState(await describe(cfn, stackName), after, []),
    status: 'failed',
    startedAt: new Date().toISOString(),
  };
  return { record, before, after };
}

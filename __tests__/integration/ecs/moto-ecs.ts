// Helpers for the ECS tests against moto: clients on the emulator and services moto can follow.
//
// What moto 5.2.1 does with ECS deployments (checked against its source and by these tests):
// - CreateService makes one PRIMARY deployment; its rolloutState is COMPLETED only when the
//   service's desiredCount is <= MOTO_ECS_SERVICE_RUNNING (server env, default 0), otherwise
//   IN_PROGRESS for ever with runningCount 0. A service with desiredCount 0 is therefore "stable".
// - UpdateService never creates a new deployment: it changes service.taskDefinition, keeps the
//   deployment (with the old taskDefinition) and only gives it a new id on forceNewDeployment.
//   No FAILED rollouts, no circuit breaker, no service events: those paths are unit-tested.
// - RunTask answers RUNNING; each DescribeTasks then moves a task one step on (DEACTIVATING,
//   STOPPING, DEPROVISIONING, STOPPED: the fourth describe sees it STOPPED) while desiredStatus
//   stays RUNNING and no stopCode is set. Only the first container of the task definition is
//   listed, PENDING with exitCode 0, so a migration that exits non-zero is unit-tested only.
// - awsvpc RunTask/CreateService need subnets that exist in moto's EC2; the fixtures here use
//   bridge networking for services and tasks.
import { randomUUID } from 'node:crypto';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type ContainerDefinition,
} from '@aws-sdk/client-ecs';
import { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';

export const CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing', sessionToken: 'testing' };

export function ecsClient(endpoint: string): ECSClient {
  return new ECSClient({ region: 'us-east-1', endpoint, credentials: CREDENTIALS, maxAttempts: 3 });
}

export function logsClient(endpoint: string): CloudWatchLogsClient {
  return new CloudWatchLogsClient({
    region: 'us-east-1',
    endpoint,
    credentials: CREDENTIALS,
    maxAttempts: 3,
  });
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export const CONTAINERS: ContainerDefinition[] = [
  {
    name: 'app',
    image: '127.0.0.1:5000/web:v1',
    essential: true,
    memory: 256,
    secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/web/db' }],
    logConfiguration: {
      logDriver: 'awslogs',
      options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
    },
  },
  { name: 'sidecar', image: 'busybox:1.36', essential: false, memory: 64 },
];

/** A cluster and a service running revision 1 of a two-container family. */
export async function createService(
  ecs: ECSClient,
  options: { desiredCount?: number; containers?: ContainerDefinition[]; launchType?: 'FARGATE' | 'EC2' } = {},
): Promise<{ cluster: string; service: string; family: string; taskDefinitionArn: string }> {
  const cluster = uniqueName('cluster');
  const service = uniqueName('svc');
  const family = uniqueName('family');
  await ecs.send(new CreateClusterCommand({ clusterName: cluster }));
  const registered = await ecs.send(
    new RegisterTaskDefinitionCommand({
      family,
      containerDefinitions: options.containers ?? CONTAINERS,
      tags: [{ key: 'team', value: 'web' }],
    }),
  );
  const taskDefinitionArn = registered.taskDefinition?.taskDefinitionArn ?? '';
  await ecs.send(
    new CreateServiceCommand({
      cluster,
      serviceName: service,
      taskDefinition: taskDefinitionArn,
      desiredCount: options.desiredCount ?? 0,
      ...(options.launchType ? { launchType: options.launchType } : {}),
    }),
  );
  return { cluster, service, family, taskDefinitionArn };
}

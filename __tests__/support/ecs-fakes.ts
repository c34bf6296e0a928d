// Shared helpers for the ECS unit tests: the fake clock, and builders for DescribeServices answers.
import type { Deployment, DescribeServicesCommandOutput, Service } from '@aws-sdk/client-ecs';

export { fakeTime } from './fake-time.js';

export const CLUSTER = 'prod';
export const SERVICE = 'web';
export const OLD_TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:6';
export const NEW_TD = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7';
export const NEW_ID = 'ecs-svc/1111111111111111111';
export const OLD_ID = 'ecs-svc/2222222222222222222';

export function deployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    id: NEW_ID,
    status: 'PRIMARY',
    taskDefinition: NEW_TD,
    desiredCount: 2,
    runningCount: 0,
    pendingCount: 2,
    failedTasks: 0,
    rolloutState: 'IN_PROGRESS',
    createdAt: new Date('2026-11-23T10:00:00Z'),
    ...overrides,
  };
}

export function service(
  deployments: Deployment[],
  overrides: Partial<Service> = {},
): DescribeServicesCommandOutput {
  return {
    $metadata: {},
    services: [
      {
        serviceName: SERVICE,
        status: 'ACTIVE',
        taskDefinition: deployments.find((d) => d.status === 'PRIMARY')?.taskDefinition ?? OLD_TD,
        desiredCount: 2,
        deployments,
        events: [],
        ...overrides,
      },
    ],
    failures: [],
  };
}

export function throttled(): Error {
  return Object.assign(new Error('Rate exceeded'), {
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 400 },
  });
}

// A rollback without a record: the service's previous state is found live, as an ECS
// runbook does by hand (the revision before the one the service runs, or the one asked for).
import { ListTaskDefinitionsCommand, type ECSClient } from '@aws-sdk/client-ecs';
import { ActionError } from '../../action/errors.js';
import { RECORD_SCHEMA, type EcsRecord } from '../../record/record.js';
import { describeTaskDefinition } from './adapter.js';
import { describeService } from './follow.js';
import { familyOf, revisionOf, shortName } from './task-definition.js';

export interface ManualEcsTarget {
  cluster: string;
  service: string;
  /** Task-definition ARN or family:revision. */
  to?: string | undefined;
}

async function earlierRevision(ecs: ECSClient, currentArn: string): Promise<string> {
  const family = familyOf(currentArn);
  const current = revisionOf(currentArn) ?? Number.POSITIVE_INFINITY;
  let nextToken: string | undefined;
  do {
    const page = await ecs.send(
      new ListTaskDefinitionsCommand({
        familyPrefix: family,
        status: 'ACTIVE',
        sort: 'DESC',
        nextToken: nextToken || undefined,
      }),
    );
    const earlier = (page.taskDefinitionArns ?? []).find(
      (arn) => familyOf(arn) === family && (revisionOf(arn) ?? current) < current,
    );
    if (earlier) return earlier;
    nextToken = page.nextToken;
  } while (nextToken);
  throw new ActionError(
    `No ACTIVE revision of task-definition family '${family}' is older than ${shortName(currentArn)}: nothing to roll back to. Name one with 'to'.`,
  );
}

export async function manualEcsRecord(
  ecs: ECSClient,
  region: string,
  target: ManualEcsTarget,
): Promise<EcsRecord> {
  const service = await describeService(ecs, target);
  const currentArn = service.taskDefinition;
  if (!currentArn) throw new ActionError(`ECS service '${target.service}' has no task definition.`);
  const previousArn = target.to
    ? ((await describeTaskDefinition(ecs, target.to)).taskDefinition.taskDefinitionArn ?? target.to)
    : await earlierRevision(ecs, currentArn);
  const desiredCount = service.desiredCount ?? 0;
  return {
    schema: RECORD_SCHEMA,
    target: 'ecs',
    region,
    resource: { cluster: target.cluster, service: target.service },
    previous: { taskDefinitionArn: previousArn, desiredCount },
    current: { taskDefinitionArn: currentArn, desiredCount },
    status: 'succeeded',
    startedAt: new Date().toISOString(),
  };
}

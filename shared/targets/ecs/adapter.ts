// The ECS target adapter: snapshot the live service, apply a new revision, restore a snapshot,
// prune old revisions. A deploy is snapshot → apply → follow; a rollback is restore → follow.
import {
  DeregisterTaskDefinitionCommand,
  DescribeTaskDefinitionCommand,
  ListTaskDefinitionsCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UpdateServiceCommand,
  type ECSClient,
  type Service,
  type Tag,
  type TaskDefinition,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import type { EcsRecord } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbMismatch } from '../../record/breadcrumb.js';
import type { RestoreOptions, RestoreResult, RollbackAdapter } from '../types.js';
import { describeService, followDeployment, type ServiceRef } from './follow.js';
import { familyOf, imagesOf, revisionOf, shortName, type RegisterInput } from './task-definition.js';
import { ActionError } from '../../action/errors.js';

export interface EcsSnapshot {
  service: Service;
  taskDefinition: TaskDefinition;
  tags: Tag[];
}

export async function describeTaskDefinition(
  ecs: ECSClient,
  arn: string,
): Promise<{ taskDefinition: TaskDefinition; tags: Tag[] }> {
  const response = await ecs.send(
    new DescribeTaskDefinitionCommand({ taskDefinition: arn, include: ['TAGS'] }),
  );
  if (!response.taskDefinition) throw new ActionError(`Task definition ${arn} was not found.`);
  return { taskDefinition: response.taskDefinition, tags: response.tags ?? [] };
}

export async function snapshot(ecs: ECSClient, ref: ServiceRef): Promise<EcsSnapshot> {
  const service = await describeService(ecs, ref);
  if (service.status !== undefined && service.status !== 'ACTIVE')
    throw new ActionError(
      `ECS service '${ref.service}' in cluster '${ref.cluster}' is ${service.status}; only an ACTIVE service can be deployed to.`,
    );
  if (!service.taskDefinition) throw new ActionError(`ECS service '${ref.service}' has no task definition.`);
  const { taskDefinition, tags } = await describeTaskDefinition(ecs, service.taskDefinition);
  return { service, taskDefinition, tags };
}

export async function registerTaskDefinition(ecs: ECSClient, input: RegisterInput): Promise<TaskDefinition> {
  const response = await ecs.send(new RegisterTaskDefinitionCommand(input));
  if (!response.taskDefinition?.taskDefinitionArn)
    throw new ActionError('RegisterTaskDefinition returned no task definition.');
  return response.taskDefinition;
}

/** The register input without the breadcrumb tag of the revision it was copied from. */
export function withoutBreadcrumb(input: RegisterInput): RegisterInput {
  const tags = (input.tags ?? []).filter((tag) => tag.key !== BREADCRUMB_KEY);
  const copy: RegisterInput = { ...input };
  if (tags.length) copy.tags = tags;
  else delete copy.tags;
  return copy;
}

/** Writes the breadcrumb on a revision that already exists (a deploy that registers none). */
export async function tagTaskDefinition(ecs: ECSClient, arn: string, tag: Tag): Promise<void> {
  await ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [tag] }));
}

/** The deployment an UpdateService created: the PRIMARY one (running the new task definition). */
export function newDeploymentId(service: Service, taskDefinitionArn: string): string | undefined {
  const deployments = service.deployments ?? [];
  const primary =
    deployments.find((d) => d.status === 'PRIMARY' && d.taskDefinition === taskDefinitionArn) ??
    deployments.find((d) => d.status === 'PRIMARY');
  return primary?.id;
}

export interface UpdateRequest extends ServiceRef {
  taskDefinitionArn: string;
  desiredCount?: number | undefined;
  forceNewDeployment?: boolean;
}

export async function updateService(
  ecs: ECSClient,
  request: UpdateRequest,
): Promise<{ service: Service; deploymentId: string }> {
  const input: UpdateServiceCommandInput = {
    cluster: request.cluster,
    service: request.service,
    taskDefinition: request.taskDefinitionArn,
  };
  if (request.desiredCount !== undefined) input.desiredCount = request.desiredCount;
  if (request.forceNewDeployment) input.forceNewDeployment = true;
  const response = await ecs.send(new UpdateServiceCommand(input));
  const service = response.service;
  const deploymentId = service ? newDeploymentId(service, request.taskDefinitionArn) : undefined;
  if (!service || !deploymentId)
    throw new ActionError(`UpdateService on '${request.service}' returned no PRIMARY deployment to follow.`);
  return { service, deploymentId };
}

/** All ACTIVE revisions of a family, newest first. */
export async function activeRevisions(ecs: ECSClient, family: string): Promise<string[]> {
  const arns: string[] = [];
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
    arns.push(...(page.taskDefinitionArns ?? []).filter((arn) => familyOf(arn) === family));
    nextToken = page.nextToken;
  } while (nextToken);
  return arns.sort((a, b) => (revisionOf(b) ?? 0) - (revisionOf(a) ?? 0));
}

/** Deregisters revisions of the family beyond the newest `keep`, never one in `inUse`. */
export async function pruneRevisions(
  ecs: ECSClient,
  family: string,
  keep: number,
  inUse: Set<string>,
): Promise<string[]> {
  const revisions = await activeRevisions(ecs, family);
  const doomed = revisions.slice(keep).filter((arn) => !inUse.has(arn));
  for (const arn of doomed) await ecs.send(new DeregisterTaskDefinitionCommand({ taskDefinition: arn }));
  return doomed;
}

/** Task definitions the service still runs or may fall back to. */
export function inUseBy(service: Service): Set<string> {
  const arns = new Set<string>();
  if (service.taskDefinition) arns.add(service.taskDefinition);
  for (const deployment of service.deployments ?? [])
    if (deployment.taskDefinition) arns.add(deployment.taskDefinition);
  return arns;
}

/**
 * The ECS restore (auto-rollback, the release action's rollback): the breadcrumb on the record's
 * revision must name this record and its previous state; then back to `previous.taskDefinitionArn`
 * (and the desired count, only when the deploy changed it), unless someone deployed since; then
 * follow.
 */
export function createEcsRollback(ecs: ECSClient): RollbackAdapter<EcsRecord> {
  return {
    async restore(record: EcsRecord, options: RestoreOptions): Promise<RestoreResult> {
      const { previous, current } = record;
      if (!previous || !current) throw new ActionError('The deployment record has no ECS change to undo.');
      const ref = record.resource;
      const countChanged = current.desiredCount !== previous.desiredCount;
      const to = `${shortName(previous.taskDefinitionArn)}${countChanged ? ` × ${previous.desiredCount}` : ''}`;
      if (!options.trustLiveState) {
        const { tags } = await describeTaskDefinition(ecs, current.taskDefinitionArn);
        const found = tags.find((tag) => tag.key === BREADCRUMB_KEY)?.value;
        const mismatch = breadcrumbMismatch(
          record,
          found,
          `task definition ${shortName(current.taskDefinitionArn)}`,
        );
        if (mismatch)
          return { changed: false, from: shortName(current.taskDefinitionArn), to, refused: mismatch };
      }
      const service = await describeService(ecs, ref);
      const live = service.taskDefinition ?? '';
      const from = `${shortName(live)}${countChanged ? ` × ${service.desiredCount ?? 0}` : ''}`;
      const countBack = !countChanged || service.desiredCount === previous.desiredCount;
      if (live === previous.taskDefinitionArn && countBack) return { changed: false, from, to };
      // A record's previous revision is anchored by the breadcrumb; one found live must be of the family.
      if (options.trustLiveState && familyOf(previous.taskDefinitionArn) !== familyOf(live))
        return {
          changed: false,
          from,
          to,
          refused: `${shortName(previous.taskDefinitionArn)} is not of the family the service runs (${familyOf(live)}): a rollback stays within the service's own lineage.`,
        };
      if (!options.force && live !== current.taskDefinitionArn && live !== previous.taskDefinitionArn)
        return {
          changed: false,
          from,
          to,
          refused: `the service now runs ${shortName(live)}, not ${shortName(current.taskDefinitionArn)} that this deployment rolled out: someone deployed since. Set force: true to roll back anyway.`,
        };
      // the rollback command (e.g. a schema downgrade) runs here, only when the restore happens
      if (options.beforeEcsRestore) await options.beforeEcsRestore(ecs, record, service);
      const { deploymentId } = await updateService(ecs, {
        ...ref,
        taskDefinitionArn: previous.taskDefinitionArn,
        ...(countChanged ? { desiredCount: previous.desiredCount } : {}),
      });
      if (!options.wait) return { changed: true, from, to };
      const follow = await followDeployment(ecs, { ...ref, deploymentId }, options);
      return { changed: true, from, to, follow };
    },
  };
}

export { imagesOf };

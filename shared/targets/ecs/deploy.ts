// The ECS deploy, shared by deploy-ecs and the root release action: snapshot the service → render
// the new revision → (migration task) → UpdateService → follow this deployment → explain failures.
// The record is handed to `onRecord` as soon as it is final, before a failure is thrown, so the
// caller can write outputs (deploy-ecs) or restore the previous state (release).
import type { ECSClient, Service } from '@aws-sdk/client-ecs';
import { ActionError } from '../../action/errors.js';
import { group, info, warning } from '../../action/runtime.js';
import { formatDuration } from '../../action/duration.js';
import { code, raw, type Summary } from '../../action/summary.js';
import { RECORD_SCHEMA, type EcsRecord, type EcsState, type RecordStatus } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId } from '../../record/breadcrumb.js';
import type { FollowOptions } from '../types.js';
import {
  describeDeployment,
  deploymentInProgress,
  describeService,
  followDeployment,
  waitForQuiet,
  type ServiceRef,
} from './follow.js';
import {
  inUseBy,
  pruneRevisions,
  registerTaskDefinition,
  snapshot,
  tagTaskDefinition,
  updateService,
  withoutBreadcrumb,
} from './adapter.js';
import {
  collectDiagnostics,
  diagnosticLines,
  renderDiagnostics,
  type LogsClientFactory,
} from './diagnostics.js';
import { runMigration } from './migration.js';
import type { TaskDefinitionFile } from './file.js';
import {
  checkImageTargets,
  diff,
  imagesOf,
  render,
  selectContainer,
  shortName,
  toRegisterInput,
} from './task-definition.js';

export type IfInProgress = 'wait' | 'fail' | 'ignore';

/** What to deploy; every value already validated (see deploy-ecs's and release's inputs). */
export interface EcsDeployRequest extends ServiceRef {
  region: string;
  image?: string;
  container?: string;
  /** container → image */
  images: Record<string, string>;
  /** Base task definition from a file; default the one the service runs. */
  file?: TaskDefinitionFile;
  environment: Record<string, string>;
  desiredCount?: number;
  forceNewDeployment: boolean;
  migrationCommand?: string[];
  wait: boolean;
  ifInProgress: IfInProgress;
  keepRevisions?: number;
  dryRun: boolean;
}

export interface EcsDeployOutcome {
  record: EcsRecord;
  /** rolloutState reached, when a deployment was looked at. */
  rolloutState?: string;
}

export interface EcsDeployContext {
  summary: Summary;
  startedAt: Date;
  /** Called once with the final record (success, failure or cancel), before a failure is thrown. */
  onRecord?: (outcome: EcsDeployOutcome) => void;
}

/** The deploy-ecs outputs of an outcome (also the root action's ECS outputs). */
export function ecsOutputs(outcome: EcsDeployOutcome): {
  'previous-task-definition-arn'?: string;
  'task-definition-arn'?: string;
  'deployment-id'?: string;
  'rollout-state'?: string;
} {
  const { previous, current } = outcome.record;
  return {
    ...(previous ? { 'previous-task-definition-arn': previous.taskDefinitionArn } : {}),
    ...(current ? { 'task-definition-arn': current.taskDefinitionArn } : {}),
    ...(current?.deploymentId ? { 'deployment-id': current.deploymentId } : {}),
    ...(outcome.rolloutState ? { 'rollout-state': outcome.rolloutState } : {}),
  };
}

/** Milliseconds until the credentials expire, when that is known. */
async function credentialsLifetimeMs(provider: unknown): Promise<number | undefined> {
  const fromEnv = process.env['AWS_CREDENTIAL_EXPIRATION'];
  if (fromEnv && !Number.isNaN(Date.parse(fromEnv))) return Date.parse(fromEnv) - Date.now();
  if (typeof provider !== 'function') return undefined;
  try {
    const identity = (await (provider as () => Promise<{ expiration?: Date }>)()) ?? {};
    return identity.expiration ? identity.expiration.getTime() - Date.now() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Just before UpdateService: the service must still be as the snapshot saw it (same revision, no
 * deployment started since), or another deploy is changing it and this one would silently undo
 * that change. if-in-progress: ignore deploys anyway; wait and fail stop here.
 */
async function checkUnchanged(
  ecs: ECSClient,
  ref: ServiceRef,
  seen: Service,
  ifInProgress: IfInProgress,
  onRace: () => void,
): Promise<void> {
  if (ifInProgress === 'ignore') return;
  const now = await describeService(ecs, ref);
  const ids = (service: Service): string =>
    (service.deployments ?? [])
      .map((d) => d.id ?? '')
      .sort()
      .join(',');
  const what =
    now.taskDefinition !== seen.taskDefinition
      ? `it now runs ${shortName(now.taskDefinition ?? '?')}, not ${shortName(seen.taskDefinition ?? '?')}`
      : ids(now) !== ids(seen) && deploymentInProgress(now)
        ? `deployment ${deploymentInProgress(now)?.id ?? '?'} started`
        : undefined;
  if (!what) return;
  onRace();
  throw new ActionError(
    `Not deploying: '${ref.service}' changed since this step read it (${what}): another deploy is under way, and deploying now would silently undo its change. Rerun once it has settled.`,
  );
}

export async function deployService(
  ecs: ECSClient,
  logsClient: LogsClientFactory,
  request: EcsDeployRequest,
  follow: FollowOptions,
  context: EcsDeployContext,
): Promise<EcsDeployOutcome> {
  const ref: ServiceRef = { cluster: request.cluster, service: request.service };
  const summary = context.summary;
  let live = await snapshot(ecs, ref);
  // if-in-progress: wait → the snapshot (and so the record's `previous`) is taken once the other
  // deployment settled, never of a revision its circuit breaker is about to reject.
  const before = deploymentInProgress(live.service);
  if (before && request.ifInProgress === 'wait' && !request.dryRun) {
    const quiet = await group(`Waiting for deployment ${before.id ?? ''} already in progress`, () =>
      waitForQuiet(ecs, ref, follow),
    );
    if (quiet.status === 'cancelled') {
      summary.status(
        'warning',
        `Cancelled while waiting for the deployment already in progress: ${quiet.state}`,
      );
      throw new ActionError(
        `Cancelled while waiting for the deployment already in progress (${quiet.state}).`,
      );
    }
    if (quiet.status !== 'succeeded')
      throw new ActionError(
        `Not deploying: the deployment already in progress did not settle: ${quiet.reason ?? quiet.state}.`,
      );
    live = await snapshot(ecs, ref);
  }
  const liveArn = live.taskDefinition.taskDefinitionArn ?? live.service.taskDefinition ?? '';
  const previous: EcsState = {
    taskDefinitionArn: liveArn,
    desiredCount: live.service.desiredCount ?? 0,
    images: imagesOf(live.taskDefinition),
  };
  const record: EcsRecord = {
    schema: RECORD_SCHEMA,
    id: newRecordId(),
    target: 'ecs',
    region: request.region,
    resource: ref,
    previous,
    current: null,
    status: 'failed',
    startedAt: context.startedAt.toISOString(),
  };
  let outcome: EcsDeployOutcome | undefined;
  /** Set just before the service is changed: a failure from then on may have changed it. */
  let attempted: EcsState | null = null;
  const finish = (
    status: RecordStatus,
    current: EcsState | null,
    extra: { rolloutState?: string; message?: string } = {},
  ): EcsDeployOutcome => {
    record.status = status;
    record.current = current;
    record.finishedAt = new Date().toISOString();
    if (extra.message) record.message = extra.message;
    outcome = { record, ...(extra.rolloutState ? { rolloutState: extra.rolloutState } : {}) };
    context.onRecord?.(outcome);
    return outcome;
  };

  try {
    // What to register: the base with the new images and environment.
    const base = request.file
      ? toRegisterInput(request.file.taskDefinition, request.file.tags)
      : toRegisterInput(live.taskDefinition, live.tags);
    const containers = base.containerDefinitions ?? [];
    const images: Record<string, string> = { ...request.images };
    checkImageTargets(containers, images);
    if (request.container) selectContainer(containers, request.container);
    if (request.image) images[selectContainer(containers, request.container || undefined)] = request.image;
    const command = request.migrationCommand;
    const needsTarget = Object.keys(request.environment).length > 0 || command !== undefined;
    const targets = Object.keys(images).length
      ? Object.keys(images)
      : needsTarget
        ? [selectContainer(containers, request.container || undefined)]
        : [];
    const next = render(base, { images, environment: request.environment, environmentTargets: targets });
    const liveInput = withoutBreadcrumb(toRegisterInput(live.taskDefinition, live.tags));
    const changes = diff(liveInput, withoutBreadcrumb(next));
    const newRevision = changes.length > 0;
    const desiredCount = request.desiredCount;
    const countChanges = desiredCount !== undefined && desiredCount !== previous.desiredCount;
    const update = newRevision || countChanges || request.forceNewDeployment;
    const nextImages = imagesOf(next);

    summary.table(
      ['container', 'from', 'to'],
      Object.keys(nextImages).map((name) => [
        name,
        raw(code(previous.images?.[name] ?? '(new)')),
        nextImages[name] === previous.images?.[name] ? 'unchanged' : raw(code(nextImages[name] ?? '')),
      ]),
    );

    const busy = deploymentInProgress(live.service);
    if (busy && update) {
      const what = `deployment ${busy.id ?? '?'} of '${request.service}' is still in progress (${describeDeployment(busy)})`;
      if (request.ifInProgress === 'fail' && !request.dryRun)
        throw new ActionError(
          `Not deploying: ${what}. Set if-in-progress to wait or ignore to deploy anyway.`,
        );
      if (request.ifInProgress === 'ignore') warning(`${what}; deploying over it (if-in-progress: ignore).`);
    }

    if (request.dryRun) {
      summary.status('info', 'Dry run: nothing was changed.');
      summary.paragraph(
        newRevision
          ? `A new revision of ${live.taskDefinition.family ?? 'the family'} would be registered with these changes:`
          : 'The task definition would not change.',
      );
      if (newRevision) summary.codeBlock(changes.join('\n'), 'diff');
      const plan = update
        ? `UpdateService ${request.service}: task definition ${newRevision ? 'new revision' : shortName(liveArn)}` +
          `${countChanges ? `, desired count ${previous.desiredCount} → ${desiredCount}` : ''}` +
          `${request.forceNewDeployment ? ', force new deployment' : ''}` +
          `${command ? `, after the migration command ${JSON.stringify(command)}` : ''}`
        : 'No UpdateService: the service already runs this task definition.';
      summary.paragraph(plan);
      if (busy && update)
        summary.paragraph(`Another deployment is in progress; if-in-progress is ${request.ifInProgress}.`);
      for (const line of [...changes, plan]) info(line);
      return finish('planned', null, { message: plan });
    }

    if (!update) {
      const primary = live.service.deployments?.find((d) => d.status === 'PRIMARY');
      const current: EcsState = { ...previous, ...(primary?.id ? { deploymentId: primary.id } : {}) };
      info(`'${request.service}' already runs ${shortName(liveArn)} with these images: nothing to deploy.`);
      summary.status('success', raw(`Already up to date: ${code(shortName(liveArn))}; nothing was changed.`));
      return finish('succeeded', current, {
        rolloutState: primary?.rolloutState ?? 'COMPLETED',
        message: 'already up to date',
      });
    }

    if (request.wait) {
      const lifetime = await credentialsLifetimeMs(ecs.config.credentials);
      if (lifetime !== undefined && lifetime < follow.timeoutMs)
        warning(
          `The AWS credentials expire in ${formatDuration(Math.max(0, lifetime))}, before the wait-timeout of ${formatDuration(follow.timeoutMs)}: ` +
            'a long rollout may outlive them. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.',
        );
    }

    // The breadcrumb (record id + digest of `previous`) goes on the revision the service will run.
    const breadcrumb = { key: BREADCRUMB_KEY, value: breadcrumbOf({ ...record, id: record.id ?? '' }) };
    const registered = newRevision
      ? await group('Registering the task definition', async () => {
          const tagged = withoutBreadcrumb(next);
          tagged.tags = [...(tagged.tags ?? []), breadcrumb];
          const definition = await registerTaskDefinition(ecs, tagged);
          info(`Registered ${definition.taskDefinitionArn ?? ''}`);
          return definition;
        })
      : undefined;
    const taskDefinitionArn = registered?.taskDefinitionArn ?? liveArn;
    const current: EcsState = {
      taskDefinitionArn,
      desiredCount: desiredCount ?? previous.desiredCount,
      images: nextImages,
    };
    summary.paragraph(
      raw(`Task definition: ${code(shortName(liveArn))} → ${code(shortName(taskDefinitionArn))}`),
    );

    if (command) {
      const containerName = request.container || (targets[0] ?? selectContainer(containers, undefined));
      const container = (registered?.containerDefinitions ?? next.containerDefinitions ?? []).find(
        (c) => c.name === containerName,
      ) ?? { name: containerName };
      const migration = await group(`Migration: ${command.join(' ')}`, () =>
        runMigration(
          ecs,
          logsClient,
          { cluster: request.cluster, service: live.service, taskDefinitionArn, container, command },
          follow,
        ),
      );
      if (migration.status !== 'succeeded') {
        summary.status(
          'failure',
          `The migration task failed, the service was not updated: ${migration.reason}`,
        );
        if (migration.logTail) {
          summary.paragraph(raw(`Last log lines of ${code(migration.logTail.container)}:`));
          summary.codeBlock(migration.logTail.lines.join('\n') || '(no log lines)');
          for (const line of migration.logTail.lines) info(`  ${line}`);
        }
        const status =
          migration.status === 'cancelled'
            ? 'cancelled'
            : migration.status === 'timed-out'
              ? 'timed-out'
              : 'failed';
        finish(status, null, { message: `migration: ${migration.reason}` });
        throw new ActionError(
          `The migration task failed, so the service was not updated: ${migration.reason}.`,
        );
      }
      summary.paragraph(`Migration task succeeded in ${formatDuration(migration.elapsedMs)}.`);
    }

    if (follow.signal?.aborted) {
      finish('cancelled', null, { message: 'cancelled before UpdateService' });
      throw new ActionError('Cancelled before the service was updated.');
    }
    await checkUnchanged(ecs, ref, live.service, request.ifInProgress, () =>
      finish('failed', null, { message: 'another deploy changed the service since it was read' }),
    );
    if (!registered) await tagTaskDefinition(ecs, taskDefinitionArn, breadcrumb);
    attempted = current;
    const updated = await updateService(ecs, {
      ...ref,
      taskDefinitionArn,
      ...(desiredCount !== undefined ? { desiredCount } : {}),
      forceNewDeployment: request.forceNewDeployment,
    });
    current.deploymentId = updated.deploymentId;
    info(`UpdateService started deployment ${updated.deploymentId}.`);

    if (!request.wait) {
      summary.status(
        'info',
        raw(`Deployment ${code(updated.deploymentId)} started; not waiting for it (wait: false).`),
      );
      return finish('succeeded', current, {
        rolloutState: 'IN_PROGRESS',
        message: 'not waited for (wait: false)',
      });
    }

    const followed = await group(`Following deployment ${updated.deploymentId}`, () =>
      followDeployment(ecs, { ...ref, deploymentId: updated.deploymentId }, follow),
    );
    const rolloutState =
      followed.deployment?.rolloutState ?? (followed.status === 'failed' ? 'FAILED' : 'IN_PROGRESS');
    const took = formatDuration(followed.elapsedMs);
    if (followed.status === 'succeeded') {
      summary.status(
        'success',
        raw(
          `Deployment ${code(updated.deploymentId)} COMPLETED in ${took} (${followed.polls} ${followed.polls === 1 ? 'poll' : 'polls'}).`,
        ),
      );
      if (request.keepRevisions !== undefined && registered?.family) {
        const inUse = inUseBy(followed.service ?? updated.service);
        inUse.add(previous.taskDefinitionArn);
        const removed = await pruneRevisions(ecs, registered.family, request.keepRevisions, inUse);
        if (removed.length) {
          info(`Deregistered ${removed.length} old revision(s): ${removed.map(shortName).join(', ')}`);
          summary.paragraph(`Deregistered old revisions: ${removed.map(shortName).join(', ')}`);
        }
      }
      return finish('succeeded', current, { rolloutState });
    }

    const reason = followed.reason ?? followed.state;
    if (followed.status === 'cancelled') {
      summary.status(
        'warning',
        `Cancelled after ${took}; the deployment was left as it was: ${followed.state}`,
      );
      finish('cancelled', current, { rolloutState, message: reason });
      throw new ActionError(
        `Cancelled while following deployment ${updated.deploymentId} (state reached: ${followed.state}).`,
      );
    }
    summary.status(
      'failure',
      `Deployment ${updated.deploymentId} ${followed.status === 'timed-out' ? 'timed out' : 'failed'} after ${took}: ${reason}`,
    );
    const diagnostics = await group('Why the deployment failed', async () => {
      const found = await collectDiagnostics(ecs, logsClient, {
        ...ref,
        deploymentId: updated.deploymentId,
        taskDefinitionArn,
        containers: registered?.containerDefinitions ?? next.containerDefinitions ?? [],
        ...(followed.service ? { serviceState: followed.service } : {}),
        ...(followed.deployment?.createdAt ? { since: followed.deployment.createdAt } : {}),
      });
      for (const line of diagnosticLines(found)) info(line);
      return found;
    });
    renderDiagnostics(diagnostics, summary);
    finish(followed.status, current, { rolloutState, message: reason });
    throw new ActionError(
      `Deployment ${updated.deploymentId} of '${request.service}' ${followed.status === 'timed-out' ? 'timed out' : 'failed'}: ${reason}.`,
    );
  } catch (error) {
    if (!outcome)
      finish('failed', record.current ?? attempted, {
        message: error instanceof Error ? error.message : String(error),
      });
    throw error;
  }
}

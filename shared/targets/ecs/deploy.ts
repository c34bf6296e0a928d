// The ECS deploy, shared by deploy-ecs and the root release action: snapshot the service → render
// the new revision → (migration task) → UpdateService → follow this deployment → explain failures.
// It never throws: the result carries the final record, the outputs and the error, so the caller
// can write outputs (deploy-ecs) or restore the previous state (release).
import type { ContainerDefinition, ECSClient, Service, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { ActionError, errorMessage } from '../../action/errors.js';
import { group, info, warning } from '../../action/runtime.js';
import { formatDuration } from '../../action/duration.js';
import { code, raw, type Summary } from '../../action/summary.js';
import { RECORD_SCHEMA, type EcsRecord, type EcsState, type RecordStatus } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId } from '../../record/breadcrumb.js';
import type { DeployResult, FollowOptions } from '../types.js';
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
  type EcsSnapshot,
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
  type RegisterInput,
} from './task-definition.js';

export type IfInProgress = 'wait' | 'fail' | 'ignore';

/** What to deploy; every value already validated (see deploy-ecs's and release's inputs). */
export interface EcsDeployRequest extends ServiceRef {
  region: string;
  image?: string | undefined;
  container?: string | undefined;
  /** container → image */
  images: Record<string, string>;
  /** Base task definition from a file; default the one the service runs. */
  file?: TaskDefinitionFile | undefined;
  environment: Record<string, string>;
  desiredCount?: number | undefined;
  forceNewDeployment: boolean;
  migrationCommand?: string[] | undefined;
  /** Recorded in `current` so that a rollback can check it is given the same command. */
  rollbackCommandDigest?: string | undefined;
  wait: boolean;
  ifInProgress: IfInProgress;
  keepRevisions?: number | undefined;
  dryRun: boolean;
}

export interface EcsDeployOutcome {
  record: EcsRecord;
  /** rolloutState reached, when a deployment was looked at. */
  rolloutState?: string | undefined;
}

export interface EcsDeployContext {
  summary: Summary;
  startedAt: Date;
}

/** The deploy-ecs outputs of an outcome (also the root action's ECS outputs). */
export function ecsOutputs(outcome: EcsDeployOutcome): Record<string, string | undefined> {
  const { previous, current } = outcome.record;
  return {
    'previous-task-definition-arn': previous?.taskDefinitionArn,
    'task-definition-arn': current?.taskDefinitionArn,
    'deployment-id': current?.deploymentId,
    'rollout-state': outcome.rolloutState,
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

/** One deploy under way: what every phase reads, and the outcome once it is final. */
interface Run {
  ecs: ECSClient;
  logsClient: LogsClientFactory;
  request: EcsDeployRequest;
  follow: FollowOptions;
  summary: Summary;
  ref: ServiceRef;
  live: EcsSnapshot;
  record: EcsRecord;
  outcome?: EcsDeployOutcome;
  /** Set just before the service is changed: a failure from then on may have changed it. */
  attempted?: EcsState;
}

/** What the new revision is and whether the service must be updated. */
interface Change {
  containers: ContainerDefinition[];
  next: RegisterInput;
  changes: string[];
  newRevision: boolean;
  countChanges: boolean;
  update: boolean;
  nextImages: Record<string, string>;
  /** Containers the images and environment go to (the migration runs in the first). */
  targets: string[];
}

function finish(
  run: Run,
  status: RecordStatus,
  current: EcsState | null,
  extra: { rolloutState?: string; message?: string } = {},
): EcsDeployOutcome {
  run.record = {
    ...run.record,
    status,
    current,
    finishedAt: new Date().toISOString(),
    ...(extra.message ? { message: extra.message } : {}),
  };
  run.outcome = { record: run.record, rolloutState: extra.rolloutState };
  return run.outcome;
}

export async function deployService(
  ecs: ECSClient,
  logsClient: LogsClientFactory,
  request: EcsDeployRequest,
  follow: FollowOptions,
  context: EcsDeployContext,
): Promise<DeployResult<EcsRecord>> {
  let run: Run | undefined;
  let error: unknown;
  try {
    const ref: ServiceRef = { cluster: request.cluster, service: request.service };
    const live = await readLive(ecs, ref, request, follow, context.summary);
    const record = firstRecord(request, ref, live, context.startedAt);
    run = { ecs, logsClient, request, follow, summary: context.summary, ref, live, record };
    await deploySteps(run);
  } catch (caught) {
    error = caught;
    if (run && !run.outcome)
      finish(run, 'failed', run.record.current ?? run.attempted ?? null, { message: errorMessage(caught) });
  }
  const outcome = run?.outcome;
  return {
    records: outcome ? [outcome.record] : [],
    outputs: outcome ? ecsOutputs(outcome) : {},
    error,
  };
}

/**
 * The live service. if-in-progress: wait → the snapshot (and so the record's `previous`) is taken
 * once the other deployment settled, never of a revision its circuit breaker is about to reject.
 */
async function readLive(
  ecs: ECSClient,
  ref: ServiceRef,
  request: EcsDeployRequest,
  follow: FollowOptions,
  summary: Summary,
): Promise<EcsSnapshot> {
  const live = await snapshot(ecs, ref);
  const before = deploymentInProgress(live.service);
  if (!before || request.ifInProgress !== 'wait' || request.dryRun) return live;
  const quiet = await group(`Waiting for deployment ${before.id ?? ''} already in progress`, () =>
    waitForQuiet(ecs, ref, follow),
  );
  if (quiet.status === 'cancelled') {
    summary.status(
      'warning',
      `Cancelled while waiting for the deployment already in progress: ${quiet.state}`,
    );
    throw new ActionError(`Cancelled while waiting for the deployment already in progress (${quiet.state}).`);
  }
  if (quiet.status !== 'succeeded')
    throw new ActionError(
      `Not deploying: the deployment already in progress did not settle: ${quiet.reason ?? quiet.state}.`,
    );
  return snapshot(ecs, ref);
}

function firstRecord(
  request: EcsDeployRequest,
  ref: ServiceRef,
  live: EcsSnapshot,
  startedAt: Date,
): EcsRecord {
  return {
    schema: RECORD_SCHEMA,
    id: newRecordId(),
    target: 'ecs',
    region: request.region,
    resource: ref,
    previous: {
      taskDefinitionArn: liveArnOf(live),
      desiredCount: live.service.desiredCount ?? 0,
      images: imagesOf(live.taskDefinition),
    },
    current: null,
    status: 'failed',
    startedAt: startedAt.toISOString(),
  };
}

function liveArnOf(live: EcsSnapshot): string {
  return live.taskDefinition.taskDefinitionArn ?? live.service.taskDefinition ?? '';
}

function previousOf(run: Run): EcsState {
  // firstRecord always sets it
  return run.record.previous!;
}

async function deploySteps(run: Run): Promise<void> {
  const { request, summary } = run;
  const previous = previousOf(run);
  const change = planChange(run);
  summary.table(
    ['container', 'from', 'to'],
    Object.keys(change.nextImages).map((name) => [
      name,
      raw(code(previous.images?.[name] ?? '(new)')),
      change.nextImages[name] === previous.images?.[name]
        ? 'unchanged'
        : raw(code(change.nextImages[name] ?? '')),
    ]),
  );
  checkBusy(run, change);
  if (request.dryRun) return void reportDryRun(run, change);
  if (!change.update) return void upToDate(run);
  if (request.wait) await warnIfCredentialsExpireFirst(run);
  const { registered, taskDefinitionArn, breadcrumb } = await registerRevision(run, change);
  const current: EcsState = {
    taskDefinitionArn,
    desiredCount: request.desiredCount ?? previous.desiredCount,
    images: change.nextImages,
    rollbackCommandDigest: request.rollbackCommandDigest || undefined,
  };
  summary.paragraph(
    raw(`Task definition: ${code(shortName(liveArnOf(run.live)))} → ${code(shortName(taskDefinitionArn))}`),
  );
  if (request.migrationCommand) await migrate(run, change, registered, taskDefinitionArn);
  if (run.follow.signal?.aborted) {
    finish(run, 'cancelled', null, { message: 'cancelled before UpdateService' });
    throw new ActionError('Cancelled before the service was updated.');
  }
  await checkUnchanged(run.ecs, run.ref, run.live.service, request.ifInProgress, () =>
    finish(run, 'failed', null, { message: 'another deploy changed the service since it was read' }),
  );
  if (!registered) await tagTaskDefinition(run.ecs, taskDefinitionArn, breadcrumb);
  run.attempted = current;
  const updated = await updateService(run.ecs, {
    ...run.ref,
    taskDefinitionArn,
    desiredCount: request.desiredCount,
    forceNewDeployment: request.forceNewDeployment,
  });
  current.deploymentId = updated.deploymentId;
  info(`UpdateService started deployment ${updated.deploymentId}.`);
  if (!request.wait) {
    summary.status(
      'info',
      raw(`Deployment ${code(updated.deploymentId)} started; not waiting for it (wait: false).`),
    );
    finish(run, 'succeeded', current, {
      rolloutState: 'IN_PROGRESS',
      message: 'not waited for (wait: false)',
    });
    return;
  }
  await followAndConclude(run, change, { current, registered, updated });
}

/** What to register: the base with the new images and environment; what changes. */
function planChange(run: Run): Change {
  const { request, live } = run;
  const previous = previousOf(run);
  const base = request.file
    ? toRegisterInput(request.file.taskDefinition, request.file.tags)
    : toRegisterInput(live.taskDefinition, live.tags);
  const containers = base.containerDefinitions ?? [];
  const images: Record<string, string> = { ...request.images };
  checkImageTargets(containers, images);
  if (request.container) selectContainer(containers, request.container);
  if (request.image) images[selectContainer(containers, request.container || undefined)] = request.image;
  const needsTarget = Object.keys(request.environment).length > 0 || request.migrationCommand !== undefined;
  const targets = Object.keys(images).length
    ? Object.keys(images)
    : needsTarget
      ? [selectContainer(containers, request.container || undefined)]
      : [];
  const next = render(base, { images, environment: request.environment, environmentTargets: targets });
  const liveInput = withoutBreadcrumb(toRegisterInput(live.taskDefinition, live.tags));
  const changes = diff(liveInput, withoutBreadcrumb(next));
  const newRevision = changes.length > 0;
  const countChanges = request.desiredCount !== undefined && request.desiredCount !== previous.desiredCount;
  return {
    containers,
    next,
    changes,
    newRevision,
    countChanges,
    update: newRevision || countChanges || request.forceNewDeployment,
    nextImages: imagesOf(next),
    targets,
  };
}

function checkBusy(run: Run, change: Change): void {
  const { request } = run;
  const busy = deploymentInProgress(run.live.service);
  if (!busy || !change.update) return;
  const what = `deployment ${busy.id ?? '?'} of '${request.service}' is still in progress (${describeDeployment(busy)})`;
  if (request.ifInProgress === 'fail' && !request.dryRun)
    throw new ActionError(`Not deploying: ${what}. Set if-in-progress to wait or ignore to deploy anyway.`);
  if (request.ifInProgress === 'ignore') warning(`${what}; deploying over it (if-in-progress: ignore).`);
}

function reportDryRun(run: Run, change: Change): void {
  const { request, summary, live } = run;
  const previous = previousOf(run);
  const command = request.migrationCommand;
  summary.status('info', 'Dry run: nothing was changed.');
  summary.paragraph(
    change.newRevision
      ? `A new revision of ${live.taskDefinition.family ?? 'the family'} would be registered with these changes:`
      : 'The task definition would not change.',
  );
  if (change.newRevision) summary.codeBlock(change.changes.join('\n'), 'diff');
  const plan = change.update
    ? `UpdateService ${request.service}: task definition ${change.newRevision ? 'new revision' : shortName(liveArnOf(live))}` +
      `${change.countChanges ? `, desired count ${previous.desiredCount} → ${request.desiredCount}` : ''}` +
      `${request.forceNewDeployment ? ', force new deployment' : ''}` +
      `${command ? `, after the migration command ${JSON.stringify(command)}` : ''}`
    : 'No UpdateService: the service already runs this task definition.';
  summary.paragraph(plan);
  if (deploymentInProgress(live.service) && change.update)
    summary.paragraph(`Another deployment is in progress; if-in-progress is ${request.ifInProgress}.`);
  for (const line of [...change.changes, plan]) info(line);
  finish(run, 'planned', null, { message: plan });
}

function upToDate(run: Run): void {
  const liveArn = liveArnOf(run.live);
  const primary = run.live.service.deployments?.find((d) => d.status === 'PRIMARY');
  const current: EcsState = { ...previousOf(run), ...(primary?.id ? { deploymentId: primary.id } : {}) };
  info(`'${run.request.service}' already runs ${shortName(liveArn)} with these images: nothing to deploy.`);
  run.summary.status('success', raw(`Already up to date: ${code(shortName(liveArn))}; nothing was changed.`));
  finish(run, 'succeeded', current, {
    rolloutState: primary?.rolloutState ?? 'COMPLETED',
    message: 'already up to date',
  });
}

async function warnIfCredentialsExpireFirst(run: Run): Promise<void> {
  const lifetime = await credentialsLifetimeMs(run.ecs.config.credentials);
  const timeoutMs = run.follow.timeoutMs;
  if (lifetime !== undefined && lifetime < timeoutMs)
    warning(
      `The AWS credentials expire in ${formatDuration(Math.max(0, lifetime))}, before the wait-timeout of ${formatDuration(timeoutMs)}: ` +
        'a long rollout may outlive them. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.',
    );
}

/** The breadcrumb (record id + digest of `previous`) goes on the revision the service will run. */
async function registerRevision(
  run: Run,
  change: Change,
): Promise<{ registered: TaskDefinition | undefined; taskDefinitionArn: string; breadcrumb: Tag }> {
  const breadcrumb = { key: BREADCRUMB_KEY, value: breadcrumbOf({ ...run.record, id: run.record.id ?? '' }) };
  const registered = change.newRevision
    ? await group('Registering the task definition', async () => {
        const tagged = withoutBreadcrumb(change.next);
        tagged.tags = [...(tagged.tags ?? []), breadcrumb];
        const definition = await registerTaskDefinition(run.ecs, tagged);
        info(`Registered ${definition.taskDefinitionArn ?? ''}`);
        return definition;
      })
    : undefined;
  return { registered, taskDefinitionArn: registered?.taskDefinitionArn ?? liveArnOf(run.live), breadcrumb };
}

/** The migration task, from the new revision; its failure leaves the service as it was. */
async function migrate(
  run: Run,
  change: Change,
  registered: TaskDefinition | undefined,
  taskDefinitionArn: string,
): Promise<void> {
  const { request, summary } = run;
  const command = request.migrationCommand ?? [];
  const containerName =
    request.container || (change.targets[0] ?? selectContainer(change.containers, undefined));
  const container = (registered?.containerDefinitions ?? change.next.containerDefinitions ?? []).find(
    (c) => c.name === containerName,
  ) ?? { name: containerName };
  const migration = await group(`Migration: ${command.join(' ')}`, () =>
    runMigration(
      run.ecs,
      run.logsClient,
      { cluster: request.cluster, service: run.live.service, taskDefinitionArn, container, command },
      run.follow,
    ),
  );
  if (migration.status === 'succeeded') {
    summary.paragraph(`Migration task succeeded in ${formatDuration(migration.elapsedMs)}.`);
    return;
  }
  summary.status('failure', `The migration task failed, the service was not updated: ${migration.reason}`);
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
  finish(run, status, null, { message: `migration: ${migration.reason}` });
  throw new ActionError(`The migration task failed, so the service was not updated: ${migration.reason}.`);
}

async function followAndConclude(
  run: Run,
  change: Change,
  started: {
    current: EcsState;
    registered: TaskDefinition | undefined;
    updated: { deploymentId: string; service: Service };
  },
): Promise<void> {
  const { summary, ref } = run;
  const { current, registered, updated } = started;
  const followed = await group(`Following deployment ${updated.deploymentId}`, () =>
    followDeployment(run.ecs, { ...ref, deploymentId: updated.deploymentId }, run.follow),
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
    await prune(run, registered, followed.service ?? updated.service);
    finish(run, 'succeeded', current, { rolloutState });
    return;
  }
  const reason = followed.reason ?? followed.state;
  if (followed.status === 'cancelled') {
    summary.status(
      'warning',
      `Cancelled after ${took}; the deployment was left as it was: ${followed.state}`,
    );
    finish(run, 'cancelled', current, { rolloutState, message: reason });
    throw new ActionError(
      `Cancelled while following deployment ${updated.deploymentId} (state reached: ${followed.state}).`,
    );
  }
  const failed = followed.status === 'timed-out' ? 'timed out' : 'failed';
  summary.status('failure', `Deployment ${updated.deploymentId} ${failed} after ${took}: ${reason}`);
  const diagnostics = await group('Why the deployment failed', async () => {
    const found = await collectDiagnostics(run.ecs, run.logsClient, {
      ...ref,
      deploymentId: updated.deploymentId,
      taskDefinitionArn: current.taskDefinitionArn,
      containers: registered?.containerDefinitions ?? change.next.containerDefinitions ?? [],
      serviceState: followed.service,
      since: followed.deployment?.createdAt,
    });
    for (const line of diagnosticLines(found)) info(line);
    return found;
  });
  renderDiagnostics(diagnostics, summary);
  finish(run, followed.status, current, { rolloutState, message: reason });
  throw new ActionError(
    `Deployment ${updated.deploymentId} of '${run.request.service}' ${failed}: ${reason}.`,
  );
}

/** keep-revisions: deregister the family's old revisions no service runs. */
async function prune(run: Run, registered: TaskDefinition | undefined, service: Service): Promise<void> {
  if (run.request.keepRevisions === undefined || !registered?.family) return;
  const inUse = inUseBy(service);
  inUse.add(previousOf(run).taskDefinitionArn);
  const removed = await pruneRevisions(run.ecs, registered.family, run.request.keepRevisions, inUse);
  if (!removed.length) return;
  info(`Deregistered ${removed.length} old revision(s): ${removed.map(shortName).join(', ')}`);
  run.summary.paragraph(`Deregistered old revisions: ${removed.map(shortName).join(', ')}`);
}

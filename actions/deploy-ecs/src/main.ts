// deploy-ecs: new task-definition revision with the new image(s) → update the service → follow
// this deployment to COMPLETED or FAILED → explain failures → record.
import { readInputs, type InputValues } from '../../../shared/action/inputs.js';
import { ActionError, InputError } from '../../../shared/action/errors.js';
import { group, info, warning } from '../../../shared/action/runtime.js';
import { writeOutputs } from '../../../shared/action/outputs.js';
import { formatDuration } from '../../../shared/action/duration.js';
import { code, raw } from '../../../shared/action/summary.js';
import type { RunContext } from '../../../shared/action/run.js';
import type { Clock, Sleep } from '../../../shared/wait/poll.js';
import { resolveRegion } from '../../../shared/aws/clients.js';
import {
  RECORD_SCHEMA,
  type EcsRecord,
  type EcsState,
  type RecordStatus,
} from '../../../shared/record/record.js';
import { IMAGE_ACCEPTED, imageProblem } from '../../../shared/targets/ecs/image.js';
import { readTaskDefinitionFile, type TaskDefinitionFile } from '../../../shared/targets/ecs/file.js';
import { migrationCommand } from '../../../shared/targets/ecs/command.js';
import {
  checkImageTargets,
  diff,
  imagesOf,
  render,
  selectContainer,
  shortName,
  toRegisterInput,
} from '../../../shared/targets/ecs/task-definition.js';
import { inputs, outputs } from './inputs.js';

type Inputs = InputValues<typeof inputs>;

/** Checks across inputs, before any AWS call. */
export function validate(values: Inputs): { file?: TaskDefinitionFile; command?: string[] } {
  if (values.image && Object.keys(values.images).length)
    throw new InputError(
      'images',
      Object.keys(values.images).join(', '),
      "either 'image' (with 'container') or 'images', not both",
    );
  for (const [container, image] of Object.entries(values.images)) {
    const problem = imageProblem(image);
    if (problem)
      throw new InputError(
        'images',
        `${container}=${image}`,
        `container=image lines with ${IMAGE_ACCEPTED}`,
        problem,
      );
  }
  const result: { file?: TaskDefinitionFile; command?: string[] } = {};
  if (values['migration-command']) {
    const command = migrationCommand(values['migration-command']);
    if (!command)
      throw new InputError(
        'migration-command',
        values['migration-command'],
        inputs['migration-command'].accepted,
        'a JSON array of strings was expected',
      );
    result.command = command;
  }
  if (values['task-definition']) result.file = readTaskDefinitionFile(values['task-definition']);
  return result;
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

/** Seams for unit tests: time, so that waits run in microseconds. */
export interface MainDependencies {
  clock?: Clock;
  sleep?: Sleep;
  random?: () => number;
}

export async function main(context: RunContext, dependencies: MainDependencies = {}): Promise<void> {
  const values = await readInputs(inputs);
  const { file, command } = validate(values);
  const region = resolveRegion(values['aws-region'] || undefined);
  const ref = { cluster: values.cluster, service: values.service };
  const summary = context.summary;
  summary.heading(raw(`deploy-ecs: ${code(values.service)} in ${code(values.cluster)}`));

  const [{ ECSClient }, ecsTarget, { createClient }] = await Promise.all([
    import('@aws-sdk/client-ecs'),
    import('../../../shared/targets/ecs/index.js'),
    import('../../../shared/aws/clients.js'),
  ]);
  // createClient's constructor type is narrower than the SDK's client classes; the cast is safe.
  const make = <C>(ClientClass: new (config: never) => C): C => {
    const client: unknown = createClient(ClientClass as unknown as new (config: object) => never, { region });
    return client as C;
  };
  const ecs = make(ECSClient);
  const logsClient = async () => make((await import('@aws-sdk/client-cloudwatch-logs')).CloudWatchLogsClient);
  const followOptions = {
    timeoutMs: values['wait-timeout'],
    maxPollIntervalMs: values['max-poll-interval'],
    signal: context.signal,
    onProgress: (line: string) => info(line),
    ...dependencies,
  };

  const live = await ecsTarget.snapshot(ecs, ref);
  const liveArn = live.taskDefinition.taskDefinitionArn ?? live.service.taskDefinition ?? '';
  const previous: EcsState = {
    taskDefinitionArn: liveArn,
    desiredCount: live.service.desiredCount ?? 0,
    images: imagesOf(live.taskDefinition),
  };
  const record: EcsRecord = {
    schema: RECORD_SCHEMA,
    target: 'ecs',
    region,
    resource: ref,
    previous,
    current: null,
    status: 'failed',
    startedAt: context.startedAt.toISOString(),
  };
  const finish = (
    status: RecordStatus,
    current: EcsState | null,
    extra: { rolloutState?: string; message?: string } = {},
  ): void => {
    record.status = status;
    record.current = current;
    record.finishedAt = new Date().toISOString();
    if (extra.message) record.message = extra.message;
    writeOutputs(outputs, {
      'previous-task-definition-arn': previous.taskDefinitionArn,
      ...(current ? { 'task-definition-arn': current.taskDefinitionArn } : {}),
      ...(current?.deploymentId ? { 'deployment-id': current.deploymentId } : {}),
      ...(extra.rolloutState ? { 'rollout-state': extra.rolloutState } : {}),
      deployment: record,
    });
  };

  try {
    // What to register: the base with the new images and environment.
    const base = file
      ? toRegisterInput(file.taskDefinition, file.tags)
      : toRegisterInput(live.taskDefinition, live.tags);
    const containers = base.containerDefinitions ?? [];
    const images: Record<string, string> = { ...values.images };
    checkImageTargets(containers, images);
    if (values.container) selectContainer(containers, values.container);
    if (values.image) images[selectContainer(containers, values.container || undefined)] = values.image;
    const needsTarget = Object.keys(values.environment).length > 0 || command !== undefined;
    const targets = Object.keys(images).length
      ? Object.keys(images)
      : needsTarget
        ? [selectContainer(containers, values.container || undefined)]
        : [];
    const next = render(base, { images, environment: values.environment, environmentTargets: targets });
    const liveInput = toRegisterInput(live.taskDefinition, live.tags);
    const changes = diff(liveInput, next);
    const newRevision = changes.length > 0;
    const desiredCount = values['desired-count'];
    const countChanges = desiredCount !== undefined && desiredCount !== previous.desiredCount;
    const update = newRevision || countChanges || values['force-new-deployment'];
    const nextImages = imagesOf(next);

    summary.table(
      ['container', 'from', 'to'],
      Object.keys(nextImages).map((name) => [
        name,
        raw(code(previous.images?.[name] ?? '(new)')),
        nextImages[name] === previous.images?.[name] ? 'unchanged' : raw(code(nextImages[name] ?? '')),
      ]),
    );

    const busy = ecsTarget.deploymentInProgress(live.service);
    if (busy && update) {
      const what = `deployment ${busy.id ?? '?'} of '${values.service}' is still in progress (${ecsTarget.describeDeployment(busy)})`;
      if (values['if-in-progress'] === 'fail' && !values['dry-run'])
        throw new ActionError(
          `Not deploying: ${what}. Set if-in-progress to wait or ignore to deploy anyway.`,
        );
      if (values['if-in-progress'] === 'ignore')
        warning(`${what}; deploying over it (if-in-progress: ignore).`);
    }

    if (values['dry-run']) {
      summary.status('info', 'Dry run: nothing was changed.');
      summary.paragraph(
        newRevision
          ? `A new revision of ${live.taskDefinition.family ?? 'the family'} would be registered with these changes:`
          : 'The task definition would not change.',
      );
      if (newRevision) summary.codeBlock(changes.join('\n'), 'diff');
      const plan = update
        ? `UpdateService ${values.service}: task definition ${newRevision ? 'new revision' : shortName(liveArn)}` +
          `${countChanges ? `, desired count ${previous.desiredCount} → ${desiredCount}` : ''}` +
          `${values['force-new-deployment'] ? ', force new deployment' : ''}` +
          `${command ? `, after the migration command ${JSON.stringify(command)}` : ''}`
        : 'No UpdateService: the service already runs this task definition.';
      summary.paragraph(plan);
      if (busy && update)
        summary.paragraph(
          `Another deployment is in progress; if-in-progress is ${values['if-in-progress']}.`,
        );
      for (const line of [...changes, plan]) info(line);
      finish('planned', null, { message: plan });
      return;
    }

    if (!update) {
      const primary = live.service.deployments?.find((d) => d.status === 'PRIMARY');
      const current: EcsState = { ...previous, ...(primary?.id ? { deploymentId: primary.id } : {}) };
      info(`'${values.service}' already runs ${shortName(liveArn)} with these images: nothing to deploy.`);
      summary.status('success', raw(`Already up to date: ${code(shortName(liveArn))}; nothing was changed.`));
      finish('succeeded', current, {
        rolloutState: primary?.rolloutState ?? 'COMPLETED',
        message: 'already up to date',
      });
      return;
    }

    if (busy && values['if-in-progress'] === 'wait') {
      const quiet = await group(`Waiting for deployment ${busy.id ?? ''} already in progress`, () =>
        ecsTarget.waitForQuiet(ecs, ref, followOptions),
      );
      if (quiet.status === 'cancelled') {
        finish('cancelled', null, { message: quiet.reason ?? 'cancelled' });
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
    }

    if (values.wait) {
      const lifetime = await credentialsLifetimeMs(ecs.config.credentials);
      if (lifetime !== undefined && lifetime < values['wait-timeout'])
        warning(
          `The AWS credentials expire in ${formatDuration(Math.max(0, lifetime))}, before the wait-timeout of ${formatDuration(values['wait-timeout'])}: ` +
            'a long rollout may outlive them. Raise role-duration-seconds in configure-aws-credentials or lower wait-timeout.',
        );
    }

    const registered = newRevision
      ? await group('Registering the task definition', async () => {
          const definition = await ecsTarget.registerTaskDefinition(ecs, next);
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
      const containerName = values.container || (targets[0] ?? selectContainer(containers, undefined));
      const container = (registered?.containerDefinitions ?? next.containerDefinitions ?? []).find(
        (c) => c.name === containerName,
      ) ?? { name: containerName };
      const migration = await group(`Migration: ${command.join(' ')}`, () =>
        ecsTarget.runMigration(
          ecs,
          logsClient,
          { cluster: values.cluster, service: live.service, taskDefinitionArn, container, command },
          followOptions,
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

    if (context.signal.aborted) {
      finish('cancelled', null, { message: 'cancelled before UpdateService' });
      throw new ActionError('Cancelled before the service was updated.');
    }
    const updated = await ecsTarget.updateService(ecs, {
      ...ref,
      taskDefinitionArn,
      ...(desiredCount !== undefined ? { desiredCount } : {}),
      forceNewDeployment: values['force-new-deployment'],
    });
    current.deploymentId = updated.deploymentId;
    info(`UpdateService started deployment ${updated.deploymentId}.`);

    if (!values.wait) {
      summary.status(
        'info',
        raw(`Deployment ${code(updated.deploymentId)} started; not waiting for it (wait: false).`),
      );
      finish('succeeded', current, { rolloutState: 'IN_PROGRESS', message: 'not waited for (wait: false)' });
      return;
    }

    const followed = await group(`Following deployment ${updated.deploymentId}`, () =>
      ecsTarget.followDeployment(ecs, { ...ref, deploymentId: updated.deploymentId }, followOptions),
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
      if (values['keep-revisions'] !== undefined && registered?.family) {
        const inUse = ecsTarget.inUseBy(followed.service ?? updated.service);
        inUse.add(previous.taskDefinitionArn);
        const removed = await ecsTarget.pruneRevisions(
          ecs,
          registered.family,
          values['keep-revisions'],
          inUse,
        );
        if (removed.length) {
          info(`Deregistered ${removed.length} old revision(s): ${removed.map(shortName).join(', ')}`);
          summary.paragraph(`Deregistered old revisions: ${removed.map(shortName).join(', ')}`);
        }
      }
      finish('succeeded', current, { rolloutState });
      return;
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
      const found = await ecsTarget.collectDiagnostics(ecs, logsClient, {
        ...ref,
        deploymentId: updated.deploymentId,
        taskDefinitionArn,
        containers: registered?.containerDefinitions ?? next.containerDefinitions ?? [],
        ...(followed.service ? { serviceState: followed.service } : {}),
        ...(followed.deployment?.createdAt ? { since: followed.deployment.createdAt } : {}),
      });
      for (const line of ecsTarget.diagnosticLines(found)) info(line);
      return found;
    });
    ecsTarget.renderDiagnostics(diagnostics, summary);
    finish(followed.status, current, { rolloutState, message: reason });
    throw new ActionError(
      `Deployment ${updated.deploymentId} of '${values.service}' ${followed.status === 'timed-out' ? 'timed out' : 'failed'}: ${reason}.`,
    );
  } catch (error) {
    if (!record.finishedAt)
      finish('failed', record.current, { message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

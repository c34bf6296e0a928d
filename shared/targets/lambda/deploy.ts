// Direct mode of deploy-lambda-image and of the release action: point the function at a
// digest-pinned image, update its configuration, publish a version and move an alias, at once or in
// steps watched by alarms.
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { ECRClient } from '@aws-sdk/client-ecr';
import type { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { ActionError } from '../../action/errors.js';
import { pollHooks, pollUntil, systemClock, waitWithProgress } from '../../wait/poll.js';
import { firing, readAlarms, type AlarmState } from '../../alarms/read.js';
import { platformArchitecture, resolveImage, type ImageReference, type ResolvedImage } from './image.js';
import { aliasSnapshot, snapshotFunction, type AliasSnapshot, type FunctionSnapshot } from './snapshot.js';
import { weightOf, type TrafficStep } from './traffic.js';
import { functionPrevious } from './record.js';
import { BREADCRUMB_KEY, breadcrumbOf, newRecordId } from '../../record/breadcrumb.js';
import { mutate, waitForFunction, type WaitOptions } from './wait.js';

export interface LambdaClients {
  lambda: LambdaClient;
  ecr: ECRClient;
  /** Needed only when alarms are watched. */
  cloudwatch?: CloudWatchClient;
}

export interface LambdaDeployRequest {
  functionName: string;
  image: ImageReference;
  /** OCI or Lambda architecture name; default the function's own. */
  architecture?: string | undefined;
  publish: boolean;
  alias?: string | undefined;
  traffic?: TrafficStep[] | undefined;
  alarms: string[];
  /** Merged into the function's existing variables. */
  environment?: Record<string, string> | undefined;
  description?: string | undefined;
  dryRun: boolean;
}

/** Alias weights read back from Lambda at one moment of the shift. */
export interface WeightPoint {
  atMs: number;
  /** version → percent */
  weights: Record<string, number>;
  note: string;
}

/** Filled in as the deployment goes, so the caller can report and record whatever was reached. */
export interface LambdaProgress {
  /** The record's id, written with the breadcrumb tag on the function. */
  recordId?: string;
  /** Set once the breadcrumb is written, right before the first change. */
  changing?: boolean;
  snapshot?: FunctionSnapshot;
  resolved?: ResolvedImage;
  codeChanged?: boolean;
  configurationChanged?: boolean;
  version?: string;
  alias?: AliasSnapshot;
  weights: WeightPoint[];
  /** Set when an alarm stopped the shift and the alias went back to the previous version. */
  reverted?: { alarm: string; reason: string; atPercent: number };
}

export type LambdaDeployOptions = WaitOptions;

export function mergedEnvironment(
  existing: Record<string, string>,
  changes: Record<string, string> | undefined,
): Record<string, string> | undefined {
  if (!changes) return undefined;
  const merged = { ...existing, ...changes };
  const same =
    Object.keys(merged).length === Object.keys(existing).length &&
    Object.entries(merged).every(([k, v]) => existing[k] === v);
  return same ? undefined : merged;
}

async function refuseIfAlarmsFiring(clients: LambdaClients, alarms: string[]): Promise<void> {
  if (!alarms.length) return;
  if (!clients.cloudwatch) throw new Error('a CloudWatch client is needed to watch alarms');
  const already = firing(await readAlarms(clients.cloudwatch, alarms));
  if (already.length)
    throw new ActionError(
      `Alarm ${already.map((a) => a.name).join(', ')} is already in ALARM before the release: nothing was changed. Resolve it first.`,
    );
}

export async function deployFunction(
  clients: LambdaClients,
  request: LambdaDeployRequest,
  options: LambdaDeployOptions,
  progress: LambdaProgress = { weights: [] },
): Promise<LambdaProgress> {
  const { lambda } = clients;
  const name = request.functionName;
  const snapshot = await snapshotFunction(lambda, name, request.alias);
  progress.snapshot = snapshot;
  if (request.alias && snapshot.alias) progress.alias = snapshot.alias;

  await refuseIfAlarmsFiring(clients, request.alarms);
  const architecture = platformArchitecture(request.architecture ?? snapshot.architecture);
  const resolved = await resolveImage(clients.ecr, request.image, architecture);
  progress.resolved = resolved;
  const environment = mergedEnvironment(snapshot.environment, request.environment);
  const description =
    request.description !== undefined && request.description !== snapshot.description
      ? request.description
      : undefined;
  progress.codeChanged = resolved.imageUri !== snapshot.imageUri;
  progress.configurationChanged = environment !== undefined || description !== undefined;
  if (request.dryRun) return progress;

  const {
    UpdateFunctionCodeCommand,
    UpdateFunctionConfigurationCommand,
    PublishVersionCommand,
    TagResourceCommand,
  } = await import('@aws-sdk/client-lambda');
  // The breadcrumb: only a principal allowed to tag the function can vouch for this record.
  progress.recordId = newRecordId();
  await lambda.send(
    new TagResourceCommand({
      Resource: snapshot.functionArn,
      Tags: {
        [BREADCRUMB_KEY]: breadcrumbOf({
          id: progress.recordId,
          target: 'lambda',
          resource: { functionName: name, alias: request.alias || undefined },
          previous: functionPrevious(snapshot),
        }),
      },
    }),
  );
  progress.changing = true;
  if (progress.codeChanged) {
    options.onProgress?.(`${name}: image ${snapshot.imageUri} → ${resolved.imageUri}`);
    await mutate(lambda, name, options, () =>
      lambda.send(new UpdateFunctionCodeCommand({ FunctionName: name, ImageUri: resolved.imageUri })),
    );
  } else {
    options.onProgress?.(`${name}: already runs ${resolved.imageUri}; code left as it is`);
  }
  if (progress.configurationChanged) {
    await mutate(lambda, name, options, () =>
      lambda.send(
        new UpdateFunctionConfigurationCommand({
          FunctionName: name,
          Environment: environment ? { Variables: environment } : undefined,
          Description: description,
        }),
      ),
    );
  }
  if (!request.publish) return progress;
  // PublishVersion returns the existing version when nothing changed since it was published.
  const published = await mutate(lambda, name, options, () =>
    lambda.send(new PublishVersionCommand({ FunctionName: name })),
  );
  if (!published.Version)
    throw new ActionError(`Lambda did not return a version number when publishing ${name}.`);
  progress.version = published.Version;
  await waitForFunction(lambda, name, options, published.Version);
  options.onProgress?.(`${name}: published version ${published.Version}`);

  if (request.alias) await moveAlias(clients, request, options, progress, published.Version);
  return progress;
}

/** Reads the alias back after each change: its weights go into the progress and the log. */
function aliasReader(
  lambda: LambdaClient,
  name: string,
  aliasName: string,
  options: LambdaDeployOptions,
  progress: LambdaProgress,
): (note: string) => Promise<AliasSnapshot> {
  const clock = options.clock ?? systemClock;
  const start = clock.now();
  return async (note) => {
    const { GetAliasCommand } = await import('@aws-sdk/client-lambda');
    const alias = aliasSnapshot(
      aliasName,
      await lambda.send(new GetAliasCommand({ FunctionName: name, Name: aliasName })),
    );
    progress.alias = alias;
    const weights: Record<string, number> = {};
    let extra = 0;
    for (const [v, weight] of Object.entries(alias.routing)) {
      weights[v] = +(weight * 100).toFixed(3);
      extra += weights[v];
    }
    if (alias.version) weights[alias.version] = +(100 - extra).toFixed(3);
    progress.weights.push({ atMs: clock.now() - start, weights, note });
    options.onProgress?.(
      `${name}:${aliasName} ${Object.entries(weights)
        .map(([v, p]) => `${p}% → ${v}`)
        .join(', ')} (${note})`,
    );
    return alias;
  };
}

async function moveAlias(
  clients: LambdaClients,
  request: LambdaDeployRequest,
  options: LambdaDeployOptions,
  progress: LambdaProgress,
  version: string,
): Promise<void> {
  const { lambda } = clients;
  const name = request.functionName;
  const aliasName = request.alias ?? '';
  const before = progress.snapshot?.alias ?? { name: aliasName, routing: {} };
  const { CreateAliasCommand, UpdateAliasCommand } = await import('@aws-sdk/client-lambda');

  const readBack = aliasReader(lambda, name, aliasName, options, progress);
  const { signal: _signal, ...uncancellable } = options;
  const pointAt = (target: string, routing: Record<string, number>, cancellable = true) =>
    mutate(
      lambda,
      name,
      cancellable ? options : uncancellable,
      () =>
        lambda.send(
          new UpdateAliasCommand({
            FunctionName: name,
            Name: aliasName,
            FunctionVersion: target,
            RoutingConfig: { AdditionalVersionWeights: routing },
          }),
        ),
      { waitAfter: false },
    );

  if (!before.arn) {
    await mutate(
      lambda,
      name,
      options,
      () =>
        lambda.send(
          new CreateAliasCommand({ FunctionName: name, Name: aliasName, FunctionVersion: version }),
        ),
      {
        waitAfter: false,
      },
    );
    await readBack('alias created');
    return;
  }
  if (before.version === version && Object.keys(before.routing).length === 0) {
    await readBack('already at this version');
    return;
  }
  const from = before.version;
  const steps = from && from !== version ? (request.traffic ?? []) : [];
  for (const step of steps) {
    try {
      await pointAt(from ?? version, { [version]: weightOf(step.percent) });
      await readBack(`step ${step.percent}%`);
      const alarm = await hold(clients, request.alarms, step, options);
      if (alarm) {
        await pointAt(from ?? version, {});
        await readBack(`reverted: ${alarm.name} in ALARM`);
        progress.reverted = { alarm: alarm.name, reason: alarm.reason, atPercent: step.percent };
        return;
      }
    } catch (error) {
      // Cancelled or failed mid-shift: send every request back to the previous version first,
      // without the (possibly aborted) signal so the revert itself is not cancelled.
      await pointAt(from ?? version, {}, false).catch(() => undefined);
      await readBack('reverted after an error').catch(() => undefined);
      throw error;
    }
  }
  await pointAt(version, {});
  await readBack(steps.length ? 'shift complete' : 'alias moved');
}

/** Holds one step for its duration, watching the alarms; returns the alarm that fired, if any. */
async function hold(
  clients: LambdaClients,
  alarms: readonly string[],
  step: TrafficStep,
  options: LambdaDeployOptions,
): Promise<{ name: string; reason: string } | undefined> {
  const { cloudwatch } = clients;
  if (!alarms.length || !cloudwatch) {
    await waitWithProgress(step.holdMs, `holding ${step.percent}%`, {
      ...pollHooks(options),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    if (options.signal?.aborted)
      throw new ActionError(`Cancelled while holding ${step.percent}% of the traffic.`);
    return undefined;
  }
  let fired: AlarmState | undefined;
  const outcome = await pollUntil<undefined>({
    check: async () => {
      fired = firing(await readAlarms(cloudwatch, alarms))[0];
      return fired
        ? { status: 'failed', reason: `${fired.name} in ALARM`, state: `${fired.name} in ALARM` }
        : { status: 'pending', state: `holding ${step.percent}%, alarms OK` };
    },
    timeoutMs: step.holdMs,
    ownTime: true,
    initialDelayMs: Math.min(5000, step.holdMs),
    maxDelayMs: 15_000,
    ...pollHooks(options),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (outcome.outcome === 'failed' && fired)
    return { name: fired.name, reason: fired.reason ?? 'no reason given' };
  if (outcome.outcome === 'cancelled')
    throw new ActionError(`Cancelled while holding ${step.percent}% of the traffic: ${outcome.reason}.`);
  return undefined;
}

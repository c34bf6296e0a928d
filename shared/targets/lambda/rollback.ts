// The Lambda rollback path: an alias goes back to its previous version (and routing); a function
// without alias goes back to its previous image. Refused when someone deployed since, unless forced.
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { LambdaRecord } from '../../record/record.js';
import { errorMessage } from '../../action/errors.js';
import { BREADCRUMB_KEY, breadcrumbMismatch } from '../../record/breadcrumb.js';
import type { FollowResult, RestoreOptions, RestoreResult } from '../types.js';
import {
  describeAlias,
  snapshotAlias,
  snapshotFunction,
  type AliasSnapshot,
  type FunctionSnapshot,
} from './snapshot.js';
import { mutate, waitForFunction } from './wait.js';
import { systemClock } from '../../wait/poll.js';

function sameRouting(a: Record<string, number>, b: Record<string, number> | undefined): boolean {
  const other = b ?? {};
  const keys = new Set([...Object.keys(a), ...Object.keys(other)]);
  return [...keys].every((key) => Math.abs((a[key] ?? 0) - (other[key] ?? 0)) < 1e-9);
}

/** The live alias is one the deployment left behind: its target, or a shift still under way towards it. */
function aliasIsRecordCurrent(live: AliasSnapshot, record: LambdaRecord): boolean {
  const current = record.current;
  if (!current?.version) return false;
  if (live.version === current.version && sameRouting(live.routing, current.routing)) return true;
  const previous = record.previous?.version;
  return (
    live.version === previous && Object.keys(live.routing).every((version) => version === current.version)
  );
}

/** `registry/repository` of an image reference, without tag or digest. */
function repositoryOf(image: string): string {
  const withoutDigest = image.split('@')[0] ?? image;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > lastSlash ? withoutDigest.slice(0, colon) : withoutDigest;
}

/** Reads back the state a restore reached; Lambda's own update is its follow. */
function followedSince(options: RestoreOptions): (state: string) => FollowResult {
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  return (state) => ({ status: 'succeeded', state, elapsedMs: clock.now() - started, polls: 1 });
}

export async function restoreLambda(
  lambda: LambdaClient,
  record: LambdaRecord,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const { functionName, alias } = record.resource;
  const previous = record.previous;
  if (!previous || !record.current)
    return {
      changed: false,
      from: functionName,
      to: functionName,
      refused: `the record of ${functionName} holds no change to undo`,
    };
  // GetFunction reads the breadcrumb tag and, for a function without alias, what it runs
  const fn = await snapshotFunction(lambda, functionName);
  if (!options.trustLiveState) {
    const mismatch = breadcrumbMismatch(record, fn.tags[BREADCRUMB_KEY], `function ${functionName}`);
    if (mismatch) return { changed: false, from: functionName, to: functionName, refused: mismatch };
  }
  if (alias && previous.version)
    return restoreAlias(lambda, record, { alias, version: previous.version }, options);
  return restoreImage(lambda, record, fn, options);
}

/** The alias back to the recorded version and weights. */
async function restoreAlias(
  lambda: LambdaClient,
  record: LambdaRecord,
  previous: { alias: string; version: string },
  options: RestoreOptions,
): Promise<RestoreResult> {
  const followed = followedSince(options);
  const { functionName } = record.resource;
  const { alias, version } = previous;
  const routing = record.previous?.routing;
  const live = await snapshotAlias(lambda, functionName, alias);
  const target = { name: alias, version, routing: routing ?? {} };
  const to = `${functionName}:${alias} → ${describeAlias(target)}`;
  const from = `${functionName}:${alias} → ${describeAlias(live)}`;
  if (live.version === version && sameRouting(live.routing, routing)) return { changed: false, from, to };
  if (!options.force && !aliasIsRecordCurrent(live, record))
    return {
      changed: false,
      from,
      to,
      refused: `alias ${alias} of ${functionName} points at ${describeAlias(live)}, not at version ${record.current?.version ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
    };
  const { UpdateAliasCommand } = await import('@aws-sdk/client-lambda');
  await mutate(
    lambda,
    functionName,
    options,
    () =>
      lambda.send(
        new UpdateAliasCommand({
          FunctionName: functionName,
          Name: alias,
          FunctionVersion: version,
          RoutingConfig: { AdditionalVersionWeights: routing ?? {} },
        }),
      ),
    { waitAfter: false },
  );
  const after = await snapshotAlias(lambda, functionName, alias);
  return { changed: true, from, to, follow: followed(`alias at ${describeAlias(after)}`) };
}

/** A function without alias: its code back to the recorded image, from its own repository only. */
async function restoreImage(
  lambda: LambdaClient,
  record: LambdaRecord,
  live: FunctionSnapshot,
  options: RestoreOptions,
): Promise<RestoreResult> {
  const followed = followedSince(options);
  const { functionName } = record.resource;
  const previousImage = record.previous?.imageUri ?? '';
  const from = `${functionName} → ${live.imageUri}`;
  const to = `${functionName} → ${previousImage}`;
  if (live.imageUri === previousImage) return { changed: false, from, to };
  if (repositoryOf(previousImage) !== repositoryOf(live.imageUri))
    return {
      changed: false,
      from,
      to,
      refused: `${previousImage} is not from ${repositoryOf(live.imageUri)}, the repository ${functionName} runs images from: a rollback stays within the function's own lineage.`,
    };
  if (!options.force && live.imageUri !== record.current?.imageUri)
    return {
      changed: false,
      from,
      to,
      refused: `${functionName} runs ${live.imageUri}, not ${record.current?.imageUri ?? '(unknown)'} that this deployment set: someone deployed since. Set 'force: true' to roll back anyway.`,
    };
  const { UpdateFunctionCodeCommand } = await import('@aws-sdk/client-lambda');
  await mutate(
    lambda,
    functionName,
    options,
    () => lambda.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ImageUri: previousImage })),
    { waitAfter: false },
  );
  if (!options.wait) return { changed: true, from, to };
  try {
    const config = await waitForFunction(lambda, functionName, options);
    return {
      changed: true,
      from,
      to,
      follow: followed(`LastUpdateStatus ${config.LastUpdateStatus ?? 'Successful'}`),
    };
  } catch (error) {
    const failed = followed('LastUpdateStatus Failed');
    return {
      changed: true,
      from,
      to,
      follow: { ...failed, status: 'failed', reason: errorMessage(error) },
    };
  }
}

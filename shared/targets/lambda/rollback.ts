// The Lambda rollback path: an alias goes back to its previous version (and routing); a function
// without alias goes back to its previous image. Refused when someone deployed since, unless forced.
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { LambdaRecord } from '../../record/record.js';
import { BREADCRUMB_KEY, breadcrumbMismatch } from '../../record/breadcrumb.js';
import { createClient } from '../../aws/clients.js';
import type { FollowResult, RestoreOptions, RestoreResult, RollbackAdapter } from '../types.js';
import { describeAlias, snapshotAlias, snapshotFunction, type AliasSnapshot } from './snapshot.js';
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
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const followed = (state: string): FollowResult => ({
    status: 'succeeded',
    state,
    elapsedMs: clock.now() - started,
    polls: 1,
  });

  if (alias && previous.version) {
    const live = await snapshotAlias(lambda, functionName, alias);
    const target = { name: alias, version: previous.version, routing: previous.routing ?? {} };
    const to = `${functionName}:${alias} → ${describeAlias(target)}`;
    const from = `${functionName}:${alias} → ${describeAlias(live)}`;
    if (live.version === previous.version && sameRouting(live.routing, previous.routing))
      return { changed: false, from, to };
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
            FunctionVersion: previous.version,
            RoutingConfig: { AdditionalVersionWeights: previous.routing ?? {} },
          }),
        ),
      { waitAfter: false },
    );
    const after = await snapshotAlias(lambda, functionName, alias);
    return { changed: true, from, to, follow: followed(`alias at ${describeAlias(after)}`) };
  }

  const live = fn;
  const from = `${functionName} → ${live.imageUri}`;
  const to = `${functionName} → ${previous.imageUri}`;
  if (live.imageUri === previous.imageUri) return { changed: false, from, to };
  if (repositoryOf(previous.imageUri) !== repositoryOf(live.imageUri))
    return {
      changed: false,
      from,
      to,
      refused: `${previous.imageUri} is not from ${repositoryOf(live.imageUri)}, the repository ${functionName} runs images from: a rollback stays within the function's own lineage.`,
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
    () =>
      lambda.send(new UpdateFunctionCodeCommand({ FunctionName: functionName, ImageUri: previous.imageUri })),
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
    return {
      changed: true,
      from,
      to,
      follow: {
        status: 'failed',
        reason: error instanceof Error ? error.message : String(error),
        state: 'LastUpdateStatus Failed',
        elapsedMs: clock.now() - started,
        polls: 1,
      },
    };
  }
}

/** The restore of auto-rollback and of the release action's rollback: one client per record region. */
export const lambdaRollback: RollbackAdapter<LambdaRecord> = {
  async restore(record, options) {
    const { LambdaClient } = await import('@aws-sdk/client-lambda');
    return restoreLambda(createClient(LambdaClient, { region: record.region }), record, options);
  },
};

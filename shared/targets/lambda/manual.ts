// A rollback without a record: the alias's previous version (the highest published version
// below the one it points at), or for a function without alias the image of the newest
// published version that differs from what $LATEST runs; `to` names the version instead.
import { GetFunctionCommand, ListVersionsByFunctionCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { ActionError } from '../../action/errors.js';
import { RECORD_SCHEMA, type LambdaRecord, type LambdaState } from '../../record/record.js';
import { liveImage, snapshotAlias } from './snapshot.js';

export interface ManualLambdaTarget {
  functionName: string;
  alias?: string | undefined;
  to?: string | undefined;
}

async function imageOf(lambda: LambdaClient, functionName: string, qualifier?: string): Promise<string> {
  const response = await lambda.send(
    new GetFunctionCommand({ FunctionName: functionName, Qualifier: qualifier || undefined }),
  );
  return liveImage(response.Code?.ImageUri, response.Code?.ResolvedImageUri);
}

/** Published versions, newest first. */
async function publishedVersions(lambda: LambdaClient, functionName: string): Promise<number[]> {
  const versions: number[] = [];
  let marker: string | undefined;
  do {
    const page = await lambda.send(
      new ListVersionsByFunctionCommand({
        FunctionName: functionName,
        Marker: marker || undefined,
      }),
    );
    for (const v of page.Versions ?? [])
      if (v.Version && /^\d+$/.test(v.Version)) versions.push(Number(v.Version));
    marker = page.NextMarker;
  } while (marker);
  return versions.sort((a, b) => b - a);
}

function record(
  region: string,
  target: ManualLambdaTarget,
  previous: LambdaState,
  current: LambdaState,
): LambdaRecord {
  return {
    schema: RECORD_SCHEMA,
    target: 'lambda',
    region,
    resource: { functionName: target.functionName, alias: target.alias || undefined },
    previous,
    current,
    status: 'succeeded',
    startedAt: new Date().toISOString(),
  };
}

export async function manualLambdaRecord(
  lambda: LambdaClient,
  region: string,
  target: ManualLambdaTarget,
): Promise<LambdaRecord> {
  const { functionName } = target;
  if (target.alias) {
    const alias = await snapshotAlias(lambda, functionName, target.alias);
    if (!alias.version) throw new ActionError(`Lambda alias ${functionName}:${target.alias} does not exist.`);
    const current = Number(alias.version);
    const previousVersion =
      target.to ?? (await publishedVersions(lambda, functionName)).find((v) => v < current)?.toString();
    if (!previousVersion)
      throw new ActionError(
        `Alias ${target.alias} points at version ${alias.version}; no earlier published version exists to roll back to.`,
      );
    return record(
      region,
      target,
      { imageUri: await imageOf(lambda, functionName, previousVersion), version: previousVersion },
      {
        imageUri: await imageOf(lambda, functionName, alias.version),
        version: alias.version,
        routing: Object.keys(alias.routing).length ? alias.routing : undefined,
      },
    );
  }
  const latest = await imageOf(lambda, functionName);
  let previousImage: string | undefined;
  if (target.to) previousImage = await imageOf(lambda, functionName, target.to);
  else
    for (const version of await publishedVersions(lambda, functionName)) {
      const image = await imageOf(lambda, functionName, String(version));
      if (image !== latest) {
        previousImage = image;
        break;
      }
    }
  if (!previousImage)
    throw new ActionError(
      `No published version of ${functionName} runs an image other than the current one (${latest}); name a version with 'to'.`,
    );
  return record(region, target, { imageUri: previousImage }, { imageUri: latest });
}

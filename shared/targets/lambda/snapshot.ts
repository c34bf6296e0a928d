// The live state of a container-image function and (optionally) one alias.
import type { AliasConfiguration, LambdaClient } from '@aws-sdk/client-lambda';
import { ActionError } from '../../action/errors.js';
import { isNotFound } from '../../aws/errors.js';

export interface FunctionSnapshot {
  functionName: string;
  functionArn: string;
  /** The image $LATEST runs, digest-pinned when Lambda reports the resolved URI. */
  imageUri: string;
  /** Lambda's name: x86_64 or arm64. */
  architecture: string;
  environment: Record<string, string>;
  description: string;
  /** The function's tags (the deploy's breadcrumb among them). */
  tags: Record<string, string>;
  alias?: AliasSnapshot;
}

export interface AliasSnapshot {
  name: string;
  /** Absent when the alias does not exist yet. */
  arn?: string | undefined;
  version?: string | undefined;
  /** version → weight (0–1) of the alias's weighted routing. */
  routing: Record<string, number>;
}

export async function snapshotFunction(
  lambda: LambdaClient,
  functionName: string,
  aliasName?: string,
): Promise<FunctionSnapshot> {
  const { GetFunctionCommand } = await import('@aws-sdk/client-lambda');
  let response;
  try {
    response = await lambda.send(new GetFunctionCommand({ FunctionName: functionName }));
  } catch (error) {
    if (isNotFound(error))
      throw new ActionError(
        `Lambda function ${functionName} was not found in this region: this action updates an existing container-image function (create it first, for example with the CloudFormation mode and 'stack-name').`,
      );
    throw error;
  }
  const config = response.Configuration ?? {};
  if (config.PackageType && config.PackageType !== 'Image')
    throw new ActionError(
      `Lambda function ${functionName} is a ${config.PackageType} function; this action deploys container images (PackageType Image) only.`,
    );
  const snapshot: FunctionSnapshot = {
    functionName,
    functionArn: config.FunctionArn ?? functionName,
    imageUri: liveImage(response.Code?.ImageUri, response.Code?.ResolvedImageUri),
    architecture: config.Architectures?.[0] ?? 'x86_64',
    environment: { ...(config.Environment?.Variables ?? {}) },
    description: config.Description ?? '',
    tags: { ...(response.Tags ?? {}) },
  };
  if (aliasName) snapshot.alias = await snapshotAlias(lambda, functionName, aliasName);
  return snapshot;
}

/** The image as given when it already is digest-pinned, else the digest Lambda resolved the tag to. */
export function liveImage(imageUri: string | undefined, resolvedImageUri: string | undefined): string {
  if (imageUri?.includes('@sha256:')) return imageUri;
  return resolvedImageUri ?? imageUri ?? '';
}

export async function snapshotAlias(
  lambda: LambdaClient,
  functionName: string,
  name: string,
): Promise<AliasSnapshot> {
  const { GetAliasCommand } = await import('@aws-sdk/client-lambda');
  try {
    return aliasSnapshot(
      name,
      await lambda.send(new GetAliasCommand({ FunctionName: functionName, Name: name })),
    );
  } catch (error) {
    if (isNotFound(error)) return { name, routing: {} };
    throw error;
  }
}

export function aliasSnapshot(name: string, alias: AliasConfiguration): AliasSnapshot {
  return {
    name,
    arn: alias.AliasArn || undefined,
    version: alias.FunctionVersion || undefined,
    routing: { ...(alias.RoutingConfig?.AdditionalVersionWeights ?? {}) },
  };
}

/** `5` or `5 (10% → 7)` for summaries. */
export function describeAlias(alias: AliasSnapshot): string {
  const extra = Object.entries(alias.routing).map(
    ([version, weight]) => `${+(weight * 100).toFixed(3)}% → ${version}`,
  );
  return `${alias.version ?? '(none)'}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

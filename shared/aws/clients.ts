// Client configuration shared by every AWS client: region, adaptive retries, user agent, and
// a middleware that names the failed operation (`ecs:UpdateService`) on errors.
import { ActionError } from '../action/errors.js';
import { VERSION } from '../version.js';
import { proxyAgent } from '../http/proxy.js';
import { REGION_PATTERN } from './partitions.js';

export interface ClientOptions {
  region?: string | undefined;
  maxAttempts?: number | undefined;
}

/** Region from the input, then AWS_REGION, then AWS_DEFAULT_REGION. */
export function resolveRegion(input: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const region = input || env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!region)
    throw new ActionError(
      "No AWS region: set the 'aws-region' input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).",
    );
  if (!REGION_PATTERN.test(region))
    throw new ActionError(
      `AWS region ${JSON.stringify(region)} is not a region name such as us-east-1 or eu-west-3.`,
    );
  return region;
}

export function defaultMaxAttempts(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env['AWS_MAX_ATTEMPTS']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 6;
}

const IAM_PREFIX: Record<string, string> = {
  ECSClient: 'ecs',
  ECRClient: 'ecr',
  LambdaClient: 'lambda',
  CloudFormationClient: 'cloudformation',
  CloudWatchClient: 'cloudwatch',
  CloudWatchLogsClient: 'logs',
  S3Client: 's3',
  DynamoDBClient: 'dynamodb',
  EKSClient: 'eks',
  STSClient: 'sts',
};

/** The IAM action name for an SDK operation, where it differs from the operation's name. */
const IAM_ACTION_OVERRIDES: Record<string, string> = {
  's3:HeadBucket': 's3:ListBucket',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  's3:PutBucketEncryption': 's3:PutEncryptionConfiguration',
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3:PutPublicAccessBlock': 's3:PutBucketPublicAccessBlock',
  's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
  's3:PutBucketLifecycleConfiguration': 's3:PutLifecycleConfiguration',
  's3:HeadObject': 's3:GetObject',
  'ecr:DescribeImageScanFindings': 'ecr:DescribeImageScanFindings',
};

/** IAM service prefix from the SDK's client name (a string the SDK sets, safe from minifiers). */
export function serviceOf(clientName: string): string {
  return IAM_PREFIX[clientName] ?? clientName.replace(/Client$/, '').toLowerCase();
}

export function iamAction(service: string, operation: string): string {
  const name = `${service}:${operation}`;
  return IAM_ACTION_OVERRIDES[name] ?? name;
}

type Next = (args: unknown) => Promise<unknown>;
type OperationNamer = (next: Next, context: { commandName?: string; clientName?: string }) => Next;

/**
 * The part of an SDK client the factory touches. Each SDK client's `add` is typed with its own
 * input and output types, which no one signature here can match: the middleware is `never`, so
 * that every client fits, and the one call below casts its untyped middleware to it.
 */
interface SdkClient {
  middlewareStack: { add(middleware: never, options: { step: 'initialize'; name: string }): unknown };
}

/** Request fields that name the resource a call is about (never a value that could be secret). */
const RESOURCE_FIELDS = [
  'cluster',
  'service',
  'services',
  'taskDefinition',
  'repositoryName',
  'registryId',
  'imageIds',
  'FunctionName',
  'Name',
  'name',
  'StackName',
  'Bucket',
  'TableName',
  'AlarmNames',
  'logGroupName',
];

function resourceFields(input: unknown): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (typeof input !== 'object' || input === null) return fields;
  for (const key of RESOURCE_FIELDS) if (key in input) fields[key] = (input as Record<string, unknown>)[key];
  return fields;
}

/** On every error: `$operation` (the IAM action), `$region` and `$resource` (the request's names). */
function nameFailedOperations(client: SdkClient, region: string): void {
  const namer: OperationNamer = (next, context) => async (args) => {
    try {
      return await next(args);
    } catch (error) {
      const operation = (context.commandName ?? '').replace(/Command$/, '');
      if (typeof error === 'object' && error !== null && operation)
        Object.assign(error, {
          $operation: iamAction(serviceOf(context.clientName ?? ''), operation),
          $region: region,
          $resource: resourceFields((args as { input?: unknown }).input),
        });
      throw error;
    }
  };
  client.middlewareStack.add(namer as never, { step: 'initialize', name: 'awsDeployActionsOperationName' });
}

/**
 * Creates an SDK v3 client with the suite's settings. Endpoints come from the SDK itself
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_<SERVICE>), credentials from its default chain.
 */
export function createClient<C extends SdkClient, Config extends object>(
  ClientClass: new (config: Config) => C,
  options: ClientOptions & { extra?: Partial<Config> } = {},
): C {
  const region = resolveRegion(options.region);
  // behind a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY): the SDK's own handler, with the proxy agent
  const agent = proxyAgent();
  const config = {
    region,
    maxAttempts: options.maxAttempts ?? defaultMaxAttempts(),
    retryMode: 'adaptive',
    customUserAgent: [['aws-deploy-actions', VERSION]],
    ...(agent ? { requestHandler: { httpAgent: agent, httpsAgent: agent } } : {}),
    ...options.extra,
  } as unknown as Config;
  const client = new ClientClass(config);
  nameFailedOperations(client, region);
  return client;
}

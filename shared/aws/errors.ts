// Turns AWS SDK errors into sentences: what was denied and which policy grants it, throttling,
// not-found. Pure code (no SDK import) so the run wrapper can load it at no cost.
import { ActionError, InputError } from '../action/errors.js';

export type ErrorKind =
  | 'access-denied'
  | 'throttling'
  | 'not-found'
  | 'transient'
  | 'expired-credentials'
  | 'missing-credentials'
  | 'other';

interface SdkErrorShape {
  name?: string;
  message?: string;
  Code?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
  /** Set by the client factory's middleware: `ecs:UpdateService`. */
  $operation?: string;
  /** Set by the client factory's middleware: the client's region. */
  $region?: string;
  /** Set by the client factory's middleware: the request fields that name the resource. */
  $resource?: Record<string, unknown>;
}

const ACCESS_DENIED =
  /^(AccessDenied|AccessDeniedException|UnauthorizedOperation|UnauthorizedException|AuthorizationError|Forbidden)$/;
const THROTTLING =
  /^(Throttling|ThrottlingException|ThrottledException|RequestThrottledException|TooManyRequestsException|ProvisionedThroughputExceededException|TransactionInProgressException|RequestLimitExceeded|BandwidthLimitExceeded|LimitExceededException|RequestThrottled|SlowDown|EC2ThrottledException|PriorRequestNotComplete)$/;
const NOT_FOUND =
  /(NotFound|NotFoundException|NoSuch\w+|ResourceNotFoundException|RepositoryNotFoundException|ImageNotFoundException|ClusterNotFoundException|ServiceNotFoundException|ServiceNotActiveException)$/;
const EXPIRED =
  /^(ExpiredToken|ExpiredTokenException|RequestExpired|InvalidClientTokenId|UnrecognizedClientException)$/;
/** The SDK's credential chain found nothing (no env, no profile, no web identity, no instance role). */
const MISSING_CREDENTIALS = /^CredentialsProviderError$/;
const TRANSIENT_CODES =
  /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EAI_AGAIN|TimeoutError|RequestTimeout|RequestTimeoutException|InternalFailure|InternalError|InternalServerError|ServiceUnavailable|ServiceUnavailableException)$/;

function shape(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? error : {};
}

export function errorCode(error: unknown): string {
  const e = shape(error);
  return e.name ?? e.Code ?? e.code ?? '';
}

export function classify(error: unknown): ErrorKind {
  const e = shape(error);
  const code = errorCode(error);
  const status = e.$metadata?.httpStatusCode;
  if (ACCESS_DENIED.test(code) || (status === 403 && !EXPIRED.test(code))) return 'access-denied';
  if (EXPIRED.test(code)) return 'expired-credentials';
  if (MISSING_CREDENTIALS.test(code)) return 'missing-credentials';
  if (THROTTLING.test(code) || status === 429) return 'throttling';
  if (NOT_FOUND.test(code) || status === 404) return 'not-found';
  // Node's network errors keep their code (ECONNRESET) in `code`, their name being just "Error".
  const systemCode = typeof e.code === 'string' ? e.code : '';
  if (
    TRANSIENT_CODES.test(code) ||
    TRANSIENT_CODES.test(systemCode) ||
    (status !== undefined && status >= 500) ||
    e.$retryable
  )
    return 'transient';
  return 'other';
}

export function isNotFound(error: unknown): boolean {
  return classify(error) === 'not-found';
}

/** Worth another try: throttling, 5xx, dropped connections. */
export function isRetryable(error: unknown): boolean {
  const kind = classify(error);
  return kind === 'throttling' || kind === 'transient';
}

/** The IAM action named in an AccessDenied message, else the one the failed call needs. */
export function deniedAction(error: unknown): string | undefined {
  const e = shape(error);
  const fromMessage = /perform:?\s+([a-z0-9-]+:[A-Za-z0-9]+)/.exec(e.message ?? '')?.[1];
  return fromMessage ?? e.$operation;
}

export function policyFile(action: string): string {
  return action === 'release' ? 'iam-policy.json' : `actions/${action}/iam-policy.json`;
}

const CONFIGURE_CREDENTIALS =
  'Add aws-actions/configure-aws-credentials before this step (role-to-assume with OIDC), and give the job `permissions: id-token: write` so that it can get a token.';

/** What each not-found code is about, and the request field that names it. */
const NOT_FOUND_RESOURCES: Record<string, [kind: string, ...fields: string[]]> = {
  ClusterNotFoundException: ['ECS cluster', 'cluster'],
  ServiceNotFoundException: ['ECS service', 'service', 'services'],
  ServiceNotActiveException: ['ECS service (not active)', 'service', 'services'],
  RepositoryNotFoundException: ['ECR repository', 'repositoryName'],
  ImageNotFoundException: ['image in ECR repository', 'repositoryName'],
  NoSuchBucket: ['S3 bucket', 'Bucket'],
};
const ANY_RESOURCE_FIELDS = [
  'FunctionName',
  'StackName',
  'name',
  'Name',
  'TableName',
  'repositoryName',
  'cluster',
  'Bucket',
  'logGroupName',
];

let knownAccount: string | undefined;
/** The account, for messages, once something has learnt it (an STS call already made, an ARN). */
export function rememberAccount(account: string | undefined): void {
  if (account && /^\d{12}$/.test(account)) knownAccount = account;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length)
    return value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
  return undefined;
}

/** "ECS cluster prod in eu-west-3 (account 123456789012) was not found". */
function notFound(error: unknown, code: string, message: string, operation: string): string {
  const e = shape(error);
  const resource = e.$resource ?? {};
  const [kind, ...fields] = NOT_FOUND_RESOURCES[code] ?? ['resource', ...ANY_RESOURCE_FIELDS];
  const name = fields.map((field) => asText(resource[field])).find((value) => value !== undefined);
  const account =
    /arn:aws[\w-]*:[\w-]+:[\w-]*:(\d{12}):/.exec(name ?? '')?.[1] ??
    asText(resource['registryId']) ??
    knownAccount;
  const where = [e.$region ? `in ${e.$region}` : undefined, account ? `(account ${account})` : undefined]
    .filter(Boolean)
    .join(' ');
  if (name === undefined && !where) return `${code}${operation}: ${message}`;
  return (
    `${kind}${name !== undefined ? ` ${name}` : ''}${where ? ` ${where}` : ''} was not found${operation}: ` +
    `check the name, and that ${account ? 'the region and the account are the ones' : 'the region is the one'} it lives in (aws-region input, or AWS_REGION from configure-aws-credentials). AWS said: ${message}`
  );
}

/** One line that says what went wrong; for AWS errors, what to do about it. */
export function describeError(error: unknown, context: { action: string }): string {
  if (error instanceof InputError || error instanceof ActionError) return error.message;
  // The run wrapper's CancelledError (not imported: run.ts imports this module) already says it all.
  if (error instanceof Error && error.name === 'CancelledError') return error.message;
  const e = shape(error);
  const code = errorCode(error);
  const message = (e.message ?? String(error)).replace(/\s+/g, ' ').trim();
  const operation = e.$operation ? ` (${e.$operation})` : '';
  switch (classify(error)) {
    case 'access-denied': {
      const action = deniedAction(error);
      return (
        `Access denied${operation}: the AWS credentials in use may not call ${action ?? 'this operation'}. ` +
        `Grant it to the role the workflow assumes; ${policyFile(context.action)} lists every permission this action needs. ` +
        `AWS said: ${message}`
      );
    }
    case 'expired-credentials':
      return `The AWS credentials were refused${operation} (${code}): they are invalid or expired. ${CONFIGURE_CREDENTIALS} AWS said: ${message}`;
    case 'missing-credentials':
      return `No AWS credentials were found${operation}: nothing in the environment, no profile, no web identity token. ${CONFIGURE_CREDENTIALS} The SDK said: ${message}`;
    case 'not-found':
      return notFound(error, code, message, operation);
    case 'throttling':
      return `AWS kept throttling the requests${operation} after every retry (${code}). Try again later, or lower the number of jobs calling AWS at once. AWS said: ${message}`;
    default:
      return code && code !== 'Error' && !message.startsWith(code)
        ? `${code}${operation}: ${message}`
        : `${message}${operation}`;
  }
}

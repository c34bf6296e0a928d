// Names the AWS service and operation of a raw HTTP request, for the recording proxy.
// Covers the protocols our clients speak: awsJson (X-Amz-Target), awsQuery (Action=...),
// smithy rpc-v2-cbor (/service/<Svc>/operation/<Op>), REST-JSON (Lambda, EKS) and S3 REST-XML.
import type { IncomingHttpHeaders } from 'node:http';

export type Protocol = 'json' | 'query' | 'cbor' | 'rest-json' | 's3';

export interface Operation {
  service: string;
  operation: string;
  protocol: Protocol;
  /** awsJson services that also answer in the awsQuery error style (CloudWatch). */
  queryCompatible?: boolean;
}

export interface RawRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The body, when it is form-encoded (awsQuery); other bodies are not read. */
  form?: string;
}

/** X-Amz-Target prefixes (and rpc-v2-cbor service names) → service. */
export const TARGET_SERVICES: Readonly<Record<string, string>> = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  AmazonEC2ContainerRegistry_V20150921: 'ecr',
  DynamoDB_20120810: 'dynamodb',
  Logs_20140328: 'logs',
  GraniteServiceVersion20100801: 'cloudwatch',
  AWSSecurityTokenServiceV20110615: 'sts',
  AmazonSSM: 'ssm',
};
const QUERY_COMPATIBLE = new Set(['cloudwatch']);

/** SigV4 signing names that differ from the names we record. */
const SIGNING_NAMES: Readonly<Record<string, string>> = { monitoring: 'cloudwatch' };

type Route = [method: string, pattern: RegExp, operation: string];
const FN = '/2015-03-31/functions';
const REST_ROUTES: Readonly<Record<string, Route[]>> = {
  lambda: [
    ['GET', new RegExp(`^${FN}/?$`), 'ListFunctions'],
    ['POST', new RegExp(`^${FN}/?$`), 'CreateFunction'],
    ['GET', new RegExp(`^${FN}/[^/]+$`), 'GetFunction'],
    ['DELETE', new RegExp(`^${FN}/[^/]+$`), 'DeleteFunction'],
    ['GET', new RegExp(`^${FN}/[^/]+/configuration$`), 'GetFunctionConfiguration'],
    ['PUT', new RegExp(`^${FN}/[^/]+/configuration$`), 'UpdateFunctionConfiguration'],
    ['PUT', new RegExp(`^${FN}/[^/]+/code$`), 'UpdateFunctionCode'],
    ['POST', new RegExp(`^${FN}/[^/]+/versions$`), 'PublishVersion'],
    ['GET', new RegExp(`^${FN}/[^/]+/versions$`), 'ListVersionsByFunction'],
    ['GET', new RegExp(`^${FN}/[^/]+/aliases$`), 'ListAliases'],
    ['POST', new RegExp(`^${FN}/[^/]+/aliases$`), 'CreateAlias'],
    ['GET', new RegExp(`^${FN}/[^/]+/aliases/[^/]+$`), 'GetAlias'],
    ['PUT', new RegExp(`^${FN}/[^/]+/aliases/[^/]+$`), 'UpdateAlias'],
    ['DELETE', new RegExp(`^${FN}/[^/]+/aliases/[^/]+$`), 'DeleteAlias'],
    ['POST', new RegExp(`^${FN}/[^/]+/invocations$`), 'Invoke'],
    ['POST', /^\/2017-03-31\/tags\/.+$/, 'TagResource'],
    ['GET', /^\/2017-03-31\/tags\/.+$/, 'ListTags'],
    ['DELETE', /^\/2017-03-31\/tags\/.+$/, 'UntagResource'],
  ],
  eks: [
    ['GET', /^\/clusters\/?$/, 'ListClusters'],
    ['POST', /^\/clusters\/?$/, 'CreateCluster'],
    ['GET', /^\/clusters\/[^/]+$/, 'DescribeCluster'],
    ['DELETE', /^\/clusters\/[^/]+$/, 'DeleteCluster'],
  ],
};

/** Bucket sub-resources (query keys) → [GET, PUT, DELETE, POST] operations. */
const S3_BUCKET_SUBRESOURCES: Readonly<Record<string, (string | undefined)[]>> = {
  versioning: ['GetBucketVersioning', 'PutBucketVersioning'],
  encryption: ['GetBucketEncryption', 'PutBucketEncryption', 'DeleteBucketEncryption'],
  publicAccessBlock: ['GetPublicAccessBlock', 'PutPublicAccessBlock', 'DeletePublicAccessBlock'],
  policy: ['GetBucketPolicy', 'PutBucketPolicy', 'DeleteBucketPolicy'],
  lifecycle: ['GetBucketLifecycleConfiguration', 'PutBucketLifecycleConfiguration', 'DeleteBucketLifecycle'],
  tagging: ['GetBucketTagging', 'PutBucketTagging', 'DeleteBucketTagging'],
  ownershipControls: [
    'GetBucketOwnershipControls',
    'PutBucketOwnershipControls',
    'DeleteBucketOwnershipControls',
  ],
  location: ['GetBucketLocation'],
  acl: ['GetBucketAcl', 'PutBucketAcl'],
  logging: ['GetBucketLogging', 'PutBucketLogging'],
  versions: ['ListObjectVersions'],
  uploads: ['ListMultipartUploads'],
  delete: [undefined, undefined, undefined, 'DeleteObjects'],
};
const S3_OBJECT_SUBRESOURCES: Readonly<Record<string, (string | undefined)[]>> = {
  tagging: ['GetObjectTagging', 'PutObjectTagging', 'DeleteObjectTagging'],
  acl: ['GetObjectAcl', 'PutObjectAcl'],
  uploads: [undefined, undefined, undefined, 'CreateMultipartUpload'],
  uploadId: ['ListParts', 'UploadPart', 'AbortMultipartUpload', 'CompleteMultipartUpload'],
};
const METHOD_INDEX: Readonly<Record<string, number>> = { GET: 0, PUT: 1, DELETE: 2, POST: 3 };

function header(headers: IncomingHttpHeaders, name: string): string {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** The service of the SigV4 credential scope `<key>/<date>/<region>/<service>/aws4_request`. */
export function signingService(headers: IncomingHttpHeaders, query: URLSearchParams): string | undefined {
  const credential = header(headers, 'authorization') || `Credential=${query.get('X-Amz-Credential') ?? ''}`;
  const name = /Credential=[^/,\s]*\/\d{8}\/[^/]+\/([^/]+)\/aws4_request/.exec(credential)?.[1];
  return name === undefined ? undefined : (SIGNING_NAMES[name] ?? name);
}

function targetService(prefix: string): string {
  return TARGET_SERVICES[prefix] ?? prefix.replace(/_?V?\d{8}$/i, '').toLowerCase();
}

function subresource(
  table: Readonly<Record<string, (string | undefined)[]>>,
  query: URLSearchParams,
  method: string,
): string | undefined {
  for (const key of query.keys()) {
    const op = table[key]?.[METHOD_INDEX[method] ?? -1];
    if (op) return op;
  }
  return undefined;
}

/** S3 operations for path-style requests (`/bucket[/key]`; clients must set forcePathStyle). */
function s3Operation(
  method: string,
  path: string,
  query: URLSearchParams,
  headers: IncomingHttpHeaders,
): string {
  const xId = query.get('x-id');
  if (xId) return xId;
  const [bucket = '', ...key] = path.split('/').slice(1);
  const copy = header(headers, 'x-amz-copy-source') !== '';
  if (bucket === '') return method === 'GET' ? 'ListBuckets' : 'Unknown';
  if (key.join('/') === '') {
    const sub = subresource(S3_BUCKET_SUBRESOURCES, query, method);
    if (sub) return sub;
    if (method === 'GET') return query.get('list-type') === '2' ? 'ListObjectsV2' : 'ListObjects';
    return { PUT: 'CreateBucket', HEAD: 'HeadBucket', DELETE: 'DeleteBucket' }[method] ?? 'Unknown';
  }
  const sub = subresource(S3_OBJECT_SUBRESOURCES, query, method);
  if (sub) return sub === 'UploadPart' && copy ? 'UploadPartCopy' : sub;
  if (method === 'PUT') return copy ? 'CopyObject' : 'PutObject';
  return { GET: 'GetObject', HEAD: 'HeadObject', DELETE: 'DeleteObject' }[method] ?? 'Unknown';
}

/** Service and operation of one request; `operation: 'Unknown'` when nothing matches. */
export function classify(request: RawRequest): Operation {
  const { method, headers } = request;
  const url = new URL(request.url, 'http://proxy.invalid');
  const path = decodeURIComponent(url.pathname);
  const target = header(headers, 'x-amz-target');
  if (target) {
    const [prefix = '', operation = 'Unknown'] = target.split('.');
    const service = targetService(prefix);
    return { service, operation, protocol: 'json', queryCompatible: QUERY_COMPATIBLE.has(service) };
  }
  const cbor = /^\/service\/([^/]+)\/operation\/([^/]+)$/.exec(url.pathname);
  if (cbor?.[1] && cbor[2]) return { service: targetService(cbor[1]), operation: cbor[2], protocol: 'cbor' };
  const signed = signingService(headers, url.searchParams);
  const action = new URLSearchParams(request.form ?? '').get('Action') ?? url.searchParams.get('Action');
  if (action) return { service: signed ?? 'unknown', operation: action, protocol: 'query' };
  if (signed === 's3')
    return { service: 's3', operation: s3Operation(method, path, url.searchParams, headers), protocol: 's3' };
  const service = signed ?? (url.pathname.startsWith(FN) ? 'lambda' : 'unknown');
  const route = REST_ROUTES[service]?.find(([m, pattern]) => m === method && pattern.test(url.pathname));
  return { service, operation: route?.[2] ?? 'Unknown', protocol: 'rest-json' };
}

/** Operation-name prefixes that change state. `Batch` reads (BatchGet*, BatchCheck*) excepted. */
export const MUTATING_PREFIXES = [
  'Abort',
  'Add',
  'Apply',
  'Associate',
  'Attach',
  'Batch',
  'Cancel',
  'Complete',
  'Continue',
  'Copy',
  'Create',
  'Delete',
  'Deregister',
  'Detach',
  'Disable',
  'Disassociate',
  'Enable',
  'Execute',
  'Import',
  'Initiate',
  'Invoke',
  'Modify',
  'Publish',
  'Put',
  'Register',
  'Remove',
  'Replace',
  'Reset',
  'Restore',
  'Rollback',
  'Run',
  'Send',
  'Set',
  'Signal',
  'Start',
  'Stop',
  'Submit',
  'Tag',
  'Terminate',
  'Untag',
  'Update',
  'Upload',
] as const;
export const NON_MUTATING = /^Batch(Get|Check)/;
const MUTATING = new RegExp(`^(${MUTATING_PREFIXES.join('|')})(?=[A-Z]|$)`);

/** True when the call changes state. Unknown operations count as mutating unless GET/HEAD. */
export function isMutating(call: { operation: string; method?: string }): boolean {
  if (call.operation === 'Unknown') return !['GET', 'HEAD', 'OPTIONS'].includes(call.method ?? 'POST');
  return MUTATING.test(call.operation) && !NON_MUTATING.test(call.operation);
}

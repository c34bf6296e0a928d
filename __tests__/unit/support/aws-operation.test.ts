// Request → service/operation naming used by the recording proxy (routes no SDK test covers).
import { describe, expect, it } from '@jest/globals';
import { classify, isMutating } from '../../support/aws-operation.js';

const auth = (service: string) => ({
  authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=00`,
});
const name = (method: string, url: string, headers: Record<string, string> = {}, form?: string) => {
  const op = classify({ method, url, headers, ...(form === undefined ? {} : { form }) });
  return `${op.service}/${op.operation}`;
};

describe('classify', () => {
  it('reads X-Amz-Target for awsJson services', () => {
    const target = (t: string) => name('POST', '/', { 'x-amz-target': t });
    expect(target('AmazonEC2ContainerServiceV20141113.UpdateService')).toBe('ecs/UpdateService');
    expect(target('AmazonEC2ContainerRegistry_V20150921.PutImage')).toBe('ecr/PutImage');
    expect(target('DynamoDB_20120810.CreateTable')).toBe('dynamodb/CreateTable');
    expect(target('Logs_20140328.GetLogEvents')).toBe('logs/GetLogEvents');
    expect(target('GraniteServiceVersion20100801.DescribeAlarms')).toBe('cloudwatch/DescribeAlarms');
  });

  it('reads rpc-v2-cbor paths and awsQuery actions', () => {
    expect(name('POST', '/service/GraniteServiceVersion20100801/operation/PutMetricAlarm')).toBe(
      'cloudwatch/PutMetricAlarm',
    );
    expect(name('POST', '/', auth('cloudformation'), 'Action=UpdateStack&Version=2010-05-15')).toBe(
      'cloudformation/UpdateStack',
    );
    expect(name('POST', '/', auth('monitoring'), 'Action=DescribeAlarms')).toBe('cloudwatch/DescribeAlarms');
  });

  it('routes Lambda and EKS REST paths', () => {
    const fn = '/2015-03-31/functions/my-fn';
    const lambda = (method: string, path: string) => name(method, path, auth('lambda'));
    expect(lambda('GET', fn)).toBe('lambda/GetFunction');
    expect(lambda('GET', `${fn}/configuration?Qualifier=live`)).toBe('lambda/GetFunctionConfiguration');
    expect(lambda('PUT', `${fn}/configuration`)).toBe('lambda/UpdateFunctionConfiguration');
    expect(lambda('PUT', `${fn}/code`)).toBe('lambda/UpdateFunctionCode');
    expect(lambda('POST', `${fn}/versions`)).toBe('lambda/PublishVersion');
    expect(lambda('GET', `${fn}/versions?MaxItems=50`)).toBe('lambda/ListVersionsByFunction');
    expect(lambda('GET', `${fn}/aliases`)).toBe('lambda/ListAliases');
    expect(lambda('POST', `${fn}/aliases`)).toBe('lambda/CreateAlias');
    expect(lambda('GET', `${fn}/aliases/live`)).toBe('lambda/GetAlias');
    expect(lambda('PUT', `${fn}/aliases/live`)).toBe('lambda/UpdateAlias');
    expect(name('GET', '/clusters/prod', auth('eks'))).toBe('eks/DescribeCluster');
    expect(name('PATCH', '/clusters/prod', auth('eks'))).toBe('eks/Unknown');
  });

  it('names S3 bucket sub-resources and object operations (path style)', () => {
    const s3 = (method: string, path: string, headers: Record<string, string> = {}) =>
      name(method, path, { ...auth('s3'), ...headers });
    expect(s3('PUT', '/tf-state')).toBe('s3/CreateBucket');
    expect(s3('HEAD', '/tf-state')).toBe('s3/HeadBucket');
    expect(s3('PUT', '/tf-state?versioning')).toBe('s3/PutBucketVersioning');
    expect(s3('GET', '/tf-state?encryption=')).toBe('s3/GetBucketEncryption');
    expect(s3('PUT', '/tf-state?publicAccessBlock')).toBe('s3/PutPublicAccessBlock');
    expect(s3('PUT', '/tf-state?lifecycle')).toBe('s3/PutBucketLifecycleConfiguration');
    expect(s3('GET', '/tf-state?ownershipControls')).toBe('s3/GetBucketOwnershipControls');
    expect(s3('GET', '/tf-state?location')).toBe('s3/GetBucketLocation');
    expect(s3('PUT', '/tf-state?tagging')).toBe('s3/PutBucketTagging');
    expect(s3('PUT', '/tf-state?policy')).toBe('s3/PutBucketPolicy');
    expect(s3('GET', '/tf-state?list-type=2&prefix=a')).toBe('s3/ListObjectsV2');
    expect(s3('PUT', '/tf-state/env/prod.tfstate')).toBe('s3/PutObject');
    expect(s3('PUT', '/tf-state/b', { 'x-amz-copy-source': '/tf-state/a' })).toBe('s3/CopyObject');
    expect(s3('GET', '/tf-state/env/prod.tfstate')).toBe('s3/GetObject');
    expect(s3('DELETE', '/tf-state/a')).toBe('s3/DeleteObject');
    expect(s3('GET', '/tf-state/a?x-id=GetObject')).toBe('s3/GetObject');
  });

  it('falls back to Unknown', () => {
    expect(name('GET', '/whatever')).toBe('unknown/Unknown');
  });
});

describe('isMutating', () => {
  it('knows writes from reads', () => {
    for (const op of [
      'UpdateService',
      'RegisterTaskDefinition',
      'PutImage',
      'PublishVersion',
      'TagResource',
      'BatchDeleteImage',
    ]) {
      expect(isMutating({ operation: op })).toBe(true);
    }
    for (const op of [
      'DescribeServices',
      'GetFunction',
      'ListTasks',
      'BatchGetImage',
      'BatchCheckLayerAvailability',
      'Settle',
      'Runbook',
    ]) {
      expect(isMutating({ operation: op })).toBe(false);
    }
    expect(isMutating({ operation: 'Unknown', method: 'POST' })).toBe(true);
    expect(isMutating({ operation: 'Unknown', method: 'GET' })).toBe(false);
  });
});

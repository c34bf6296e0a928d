import { describe, expect, it } from '@jest/globals';
import {
  classify,
  deniedAction,
  describeError,
  errorCode,
  isNotFound,
  isRetryable,
  policyFile,
} from '../../../../shared/aws/errors.js';
import { ActionError, InputError } from '../../../../shared/action/errors.js';
import { ClusterNotFoundException, ServiceNotFoundException } from '@aws-sdk/client-ecs';
import { CancelledError } from '../../../../shared/action/run.js';

/** An error shaped as the AWS SDK v3 throws them. */
function sdkError(name: string, message: string, status: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    ...extra,
  });
}

const DENIED_MESSAGE =
  'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: ecs:UpdateService on resource: arn:aws:ecs:us-east-1:123456789012:service/prod/web because no identity-based policy allows the ecs:UpdateService action';

describe('classify', () => {
  it.each([
    ['AccessDeniedException', 400],
    ['AccessDenied', 403],
    ['UnauthorizedOperation', 400],
    ['SomethingElse', 403],
  ])('%s (HTTP %i) is access-denied', (name, status) => {
    expect(classify(sdkError(name, 'no', status))).toBe('access-denied');
  });

  it.each([
    'ThrottlingException',
    'Throttling',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'SlowDown',
  ])('%s is throttling and retryable', (name) => {
    const error = sdkError(name, 'Rate exceeded', 400);
    expect(classify(error)).toBe('throttling');
    expect(isRetryable(error)).toBe(true);
  });

  it('HTTP 429 is throttling whatever the code', () => {
    expect(classify(sdkError('Unknown', 'slow down', 429))).toBe('throttling');
  });

  it.each([
    'ClusterNotFoundException',
    'ServiceNotFoundException',
    'ServiceNotActiveException',
    'ResourceNotFoundException',
    'RepositoryNotFoundException',
    'LifecyclePolicyNotFoundException',
    'RepositoryPolicyNotFoundException',
    'NoSuchBucket',
    'NotFound',
  ])('%s is not-found and not retryable', (name) => {
    const error = sdkError(name, 'missing', 400);
    expect(classify(error)).toBe('not-found');
    expect(isNotFound(error)).toBe(true);
    expect(isRetryable(error)).toBe(false);
  });

  it('HTTP 404 without a known code is not-found', () => {
    expect(isNotFound(sdkError('UnknownError', '', 404))).toBe(true);
  });

  it.each(['ExpiredTokenException', 'ExpiredToken', 'InvalidClientTokenId', 'UnrecognizedClientException'])(
    '%s is expired-credentials, even as HTTP 403',
    (name) => {
      expect(classify(sdkError(name, 'The security token included in the request is expired', 403))).toBe(
        'expired-credentials',
      );
    },
  );

  it.each([
    ['InternalError', 500],
    ['ServiceUnavailableException', 503],
    ['Whatever', 502],
    ['TimeoutError', 0],
  ])('%s (HTTP %i) is transient and retryable', (name, status) => {
    const error = sdkError(name, 'try later', status);
    expect(classify(error)).toBe('transient');
    expect(isRetryable(error)).toBe(true);
  });

  it('a dropped connection (code ECONNRESET, name Error) is transient', () => {
    const error = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(classify(error)).toBe('transient');
    expect(isRetryable(error)).toBe(true);
  });

  it('marks SDK errors flagged $retryable as transient', () => {
    expect(classify(sdkError('Odd', 'x', 400, { $retryable: { throttling: false } }))).toBe('transient');
  });

  it.each([
    ['a validation error', sdkError('InvalidParameterException', 'bad', 400)],
    ['a plain error', new TypeError('x is undefined')],
    ['a string', 'boom'],
    ['null', null],
  ])('%s is other and not retryable', (_label, error) => {
    expect(classify(error)).toBe('other');
    expect(isRetryable(error)).toBe(false);
  });

  it('errorCode reads name, then Code, then code', () => {
    expect(errorCode(sdkError('X', '', 400))).toBe('X');
    expect(errorCode({ Code: 'Y' })).toBe('Y');
    expect(errorCode({ code: 'Z' })).toBe('Z');
    expect(errorCode(undefined)).toBe('');
  });
});

describe('deniedAction', () => {
  it('reads the IAM action from the AWS message', () => {
    expect(deniedAction(sdkError('AccessDeniedException', DENIED_MESSAGE, 400))).toBe('ecs:UpdateService');
  });

  it('falls back to the operation the client factory recorded', () => {
    expect(
      deniedAction(sdkError('AccessDenied', 'Access Denied', 403, { $operation: 's3:ListBucket' })),
    ).toBe('s3:ListBucket');
  });

  it('is undefined when nothing names it', () => {
    expect(deniedAction(sdkError('AccessDenied', 'Access Denied', 403))).toBeUndefined();
  });
});

describe('describeError', () => {
  const context = { action: 'deploy-ecs' };

  it('AccessDenied names the denied IAM action and the policy file, and quotes AWS', () => {
    const error = sdkError('AccessDeniedException', DENIED_MESSAGE, 400, { $operation: 'ecs:UpdateService' });
    const message = describeError(error, context);
    expect(message).toBe(
      'Access denied (ecs:UpdateService): the AWS credentials in use may not call ecs:UpdateService. ' +
        'Grant it to the role the workflow assumes; actions/deploy-ecs/iam-policy.json lists every permission this action needs. ' +
        `AWS said: ${DENIED_MESSAGE}`,
    );
  });

  it('AccessDenied names the action in the message when it differs from the call (iam:PassRole)', () => {
    const error = sdkError(
      'AccessDeniedException',
      'User: arn:aws:sts::123456789012:assumed-role/ci/x is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/task',
      400,
      { $operation: 'ecs:RegisterTaskDefinition' },
    );
    const message = describeError(error, context);
    expect(message).toMatch(
      /^Access denied \(ecs:RegisterTaskDefinition\): the AWS credentials in use may not call iam:PassRole\. /,
    );
  });

  it('AccessDenied without an action in the message uses the failed operation', () => {
    const error = sdkError('AccessDenied', 'Access Denied', 403, { $operation: 's3:ListBucket' });
    expect(describeError(error, { action: 'state-bootstrap' })).toContain(
      'may not call s3:ListBucket. Grant it to the role the workflow assumes; actions/state-bootstrap/iam-policy.json',
    );
  });

  it('points the root action at the policy file at the repository root', () => {
    expect(policyFile('release')).toBe('iam-policy.json');
    expect(policyFile('build-push-ecr')).toBe('actions/build-push-ecr/iam-policy.json');
    expect(describeError(sdkError('AccessDenied', 'Access Denied', 403), { action: 'release' })).toContain(
      'this operation. Grant it to the role the workflow assumes; iam-policy.json lists',
    );
  });

  it('throttling says AWS kept throttling and what to do', () => {
    const error = sdkError('ThrottlingException', 'Rate exceeded', 400, {
      $operation: 'ecs:DescribeServices',
    });
    expect(describeError(error, context)).toBe(
      'AWS kept throttling the requests (ecs:DescribeServices) after every retry (ThrottlingException). ' +
        'Try again later, or lower the number of jobs calling AWS at once. AWS said: Rate exceeded',
    );
  });

  it('expired credentials point at configure-aws-credentials', () => {
    const error = sdkError(
      'ExpiredTokenException',
      'The security token included in the request is expired',
      400,
    );
    expect(describeError(error, context)).toBe(
      'The AWS credentials were refused (ExpiredTokenException): they are invalid or expired. ' +
        'Add aws-actions/configure-aws-credentials before this step (role-to-assume with OIDC), and give the job `permissions: id-token: write` so that it can get a token. ' +
        'AWS said: The security token included in the request is expired',
    );
  });

  it('no credentials at all (the SDK credential chain found none) point there too', () => {
    const error = Object.assign(new Error('Could not load credentials from any providers'), {
      name: 'CredentialsProviderError',
      tryNextLink: false,
      $operation: 'ecr:GetAuthorizationToken',
    });
    expect(classify(error)).toBe('missing-credentials');
    expect(describeError(error, context)).toBe(
      'No AWS credentials were found (ecr:GetAuthorizationToken): nothing in the environment, no profile, no web identity token. ' +
        'Add aws-actions/configure-aws-credentials before this step (role-to-assume with OIDC), and give the job `permissions: id-token: write` so that it can get a token. ' +
        'The SDK said: Could not load credentials from any providers',
    );
  });

  it('not-found names the resource from the request, the region, and the account an ARN gives', () => {
    const cluster = new ClusterNotFoundException({
      message: 'Cluster not found.',
      $metadata: { httpStatusCode: 400 },
    });
    Object.assign(cluster, {
      $operation: 'ecs:UpdateService',
      $region: 'eu-west-3',
      $resource: { cluster: 'prod', service: 'web' },
    });
    expect(describeError(cluster, context)).toBe(
      'ECS cluster prod in eu-west-3 was not found (ecs:UpdateService): check the name, and that the region is the one it lives in (aws-region input, or AWS_REGION from configure-aws-credentials). AWS said: Cluster not found.',
    );
    const service = new ServiceNotFoundException({
      message: 'Service not found.',
      $metadata: { httpStatusCode: 400 },
    });
    Object.assign(service, {
      $operation: 'ecs:UpdateService',
      $region: 'eu-west-3',
      $resource: { cluster: 'prod', service: 'arn:aws:ecs:eu-west-3:111122223333:service/prod/web' },
    });
    expect(describeError(service, context)).toMatch(
      /^ECS service arn:aws:ecs:eu-west-3:111122223333:service\/prod\/web in eu-west-3 \(account 111122223333\) was not found .*the region and the account are the ones it lives in/,
    );
  });

  it('not-found gives the code, the operation and the message on one line', () => {
    const error = sdkError('ClusterNotFoundException', 'Cluster not found.\n  Check the name.', 400, {
      $operation: 'ecs:DescribeServices',
    });
    expect(describeError(error, context)).toBe(
      'ClusterNotFoundException (ecs:DescribeServices): Cluster not found. Check the name.',
    );
  });

  it('does not repeat a code the message already starts with', () => {
    expect(describeError(sdkError('ValidationError', 'ValidationError: bad', 400), context)).toBe(
      'ValidationError: bad',
    );
  });

  it('passes the suite own errors through as they are', () => {
    const input = new InputError('cluster', 'a b', 'a cluster name');
    expect(describeError(input, context)).toBe(input.message);
    expect(describeError(new ActionError('The service is draining.'), context)).toBe(
      'The service is draining.',
    );
    expect(describeError(new CancelledError('SIGINT'), context)).toBe('Cancelled: the runner sent SIGINT.');
  });

  it('renders a plain Error by its message and anything else as text', () => {
    expect(describeError(new Error('plain'), context)).toBe('plain');
    expect(describeError('a string', context)).toBe('a string');
  });
});

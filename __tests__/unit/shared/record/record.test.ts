import { describe, expect, it } from '@jest/globals';
import {
  RECORD_SCHEMA,
  RecordError,
  decodeRecords,
  encodeRecord,
  validateRecord,
  type CloudFormationRecord,
  type DeploymentRecord,
  type EcsRecord,
  type EksRecord,
  type LambdaRecord,
} from '../../../../shared/record/index.js';
import { describeResource } from '../../../../shared/record/describe.js';

const ecs: EcsRecord = {
  schema: RECORD_SCHEMA,
  target: 'ecs',
  region: 'us-east-1',
  resource: { cluster: 'prod', service: 'web' },
  previous: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:6',
    desiredCount: 2,
    images: { web: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:aaa' },
  },
  current: {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:7',
    desiredCount: 2,
    images: { web: '123456789012.dkr.ecr.us-east-1.amazonaws.com/web@sha256:bbb' },
    deploymentId: 'ecs-svc/1234567890',
  },
  status: 'succeeded',
  startedAt: '2026-01-02T03:04:05.000Z',
  finishedAt: '2026-01-02T03:09:05.000Z',
};

const lambda: LambdaRecord = {
  schema: RECORD_SCHEMA,
  target: 'lambda',
  region: 'eu-west-1',
  resource: { functionName: 'orders', alias: 'live' },
  previous: { imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders@sha256:111', version: '4' },
  current: {
    imageUri: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/orders@sha256:222',
    version: '5',
    routing: { '4': 0.9 },
  },
  status: 'failed',
  startedAt: '2026-01-02T03:04:05.000Z',
  message: 'Alarm orders-errors fired during the bake window.',
};

const eks: EksRecord = {
  schema: RECORD_SCHEMA,
  target: 'eks',
  region: 'us-west-2',
  resource: { cluster: 'main', namespace: 'shop', deployment: 'cart' },
  previous: {
    revision: 3,
    images: { cart: 'registry/cart:1.2.3', sidecar: 'registry/envoy:1.30' },
  },
  current: { revision: 4, images: { cart: 'registry/cart:1.2.4', sidecar: 'registry/envoy:1.30' } },
  status: 'timed-out',
  startedAt: '2026-01-02T03:04:05Z',
};

const cloudformation: CloudFormationRecord = {
  schema: RECORD_SCHEMA,
  target: 'cloudformation',
  region: 'us-east-1',
  resource: { stackName: 'orders-stack' },
  previous: {
    templateDigest: 'a'.repeat(64),
    templateGzip: 'H4sIAAAAAAAAAwtKLU7NKwYA',
    parameters: [
      { key: 'ImageUri', digest: 'b'.repeat(64) },
      { key: 'Stage', usePreviousValue: true },
    ],
    stackStatus: 'UPDATE_COMPLETE',
    capabilities: ['CAPABILITY_IAM'],
  },
  current: { parameters: [{ key: 'ImageUri', value: 'repo@sha256:222' }] },
  status: 'rolled-back',
  startedAt: '2026-01-02T03:04:05.000Z',
};

const firstDeploy: CloudFormationRecord = { ...cloudformation, previous: null, status: 'planned' };

// Tests break records in arbitrary places, past what any record type allows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type LooseJson = Record<string, any>;

/** A deep copy of a record as plain JSON, to break in a test. */
function broken(record: DeploymentRecord, change: (json: LooseJson) => void): string {
  const json = JSON.parse(JSON.stringify(record)) as LooseJson;
  change(json);
  return JSON.stringify(json);
}

function decodeError(text: string): string {
  try {
    decodeRecords(text);
  } catch (error) {
    if (error instanceof RecordError) return error.message;
    throw error;
  }
  throw new Error('the record was accepted');
}

describe('deployment records', () => {
  it.each([
    ['ecs', ecs],
    ['lambda', lambda],
    ['eks', eks],
    ['cloudformation', cloudformation],
    ['cloudformation, first deployment', firstDeploy],
  ])('round-trip: %s', (_target, record) => {
    const text = encodeRecord(record);
    expect(text).not.toContain('\n');
    expect(decodeRecords(text)).toEqual([record]);
  });

  it('round-trips an array of records, in order', () => {
    const records = [ecs, lambda, eks, cloudformation];
    expect(decodeRecords(encodeRecord(records))).toEqual(records);
  });

  it('decodes with whitespace around, as an output may carry', () => {
    expect(decodeRecords(`\n  ${encodeRecord(ecs)}\n`)).toEqual([ecs]);
  });

  it('validateRecord returns the record it accepts', () => {
    const value: unknown = JSON.parse(encodeRecord(eks));
    expect(validateRecord(value)).toEqual(eks);
  });

  it('refuses an empty text and an empty list', () => {
    expect(decodeError('   ')).toBe('Invalid deployment record: it is empty.');
    expect(decodeError('[]')).toBe('Invalid deployment record: the list is empty.');
  });

  it('refuses truncated JSON, saying it may have been cut short', () => {
    const text = encodeRecord(ecs);
    const message = decodeError(text.slice(0, text.length - 20));
    expect(message).toMatch(/^Invalid deployment record: not valid JSON \(.+\); was it cut short\? /);
    expect(message).toContain("Pass the deploy step's 'deployment' output unchanged.");
  });

  it.each<[string, string, string]>([
    ['not an object', '"ecs"', 'Invalid deployment record: deployment should be an object, found "ecs".'],
    [
      'the wrong schema',
      broken(ecs, (json) => {
        json['schema'] = 'aws-deploy-actions/deployment@2';
      }),
      'Invalid deployment record: deployment.schema should be "aws-deploy-actions/deployment@1", found "aws-deploy-actions/deployment@2".',
    ],
    [
      'no schema',
      broken(ecs, (json) => {
        delete json['schema'];
      }),
      'Invalid deployment record: deployment.schema should be "aws-deploy-actions/deployment@1", found nothing.',
    ],
    [
      'an unknown target',
      broken(ecs, (json) => {
        json['target'] = 'beanstalk';
      }),
      'Invalid deployment record: deployment.target should be one of ecs, lambda, eks, cloudformation, ec2, found "beanstalk".',
    ],
    [
      'a missing region',
      broken(ecs, (json) => {
        json['region'] = '';
      }),
      'Invalid deployment record: deployment.region should be a non-empty string, found "".',
    ],
    [
      'a resource of another target',
      broken(ecs, (json) => {
        json['resource'] = { functionName: 'orders' };
      }),
      'Invalid deployment record: deployment.resource.cluster should be a non-empty string, found nothing.',
    ],
    [
      'no previous at all',
      broken(ecs, (json) => {
        delete json['previous'];
      }),
      'Invalid deployment record: deployment.previous should be an object, found nothing.',
    ],
    [
      'a previous ECS state without task definition',
      broken(ecs, (json) => {
        delete json['previous']['taskDefinitionArn'];
      }),
      'Invalid deployment record: deployment.previous.taskDefinitionArn should be a non-empty string, found nothing.',
    ],
    [
      'a fractional desired count',
      broken(ecs, (json) => {
        json['previous']['desiredCount'] = 1.5;
      }),
      'Invalid deployment record: deployment.previous.desiredCount should be a whole number, found 1.5.',
    ],
    [
      'a negative desired count',
      broken(ecs, (json) => {
        json['current']['desiredCount'] = -1;
      }),
      'Invalid deployment record: deployment.current.desiredCount should be a whole number, found -1.',
    ],
    [
      'an image that is not a string',
      broken(ecs, (json) => {
        json['previous']['images']['web'] = 7;
      }),
      'Invalid deployment record: deployment.previous.images.web should be a non-empty string, found 7.',
    ],
    [
      'a previous Lambda state without image',
      broken(lambda, (json) => {
        delete json['previous']['imageUri'];
      }),
      'Invalid deployment record: deployment.previous.imageUri should be a non-empty string, found nothing.',
    ],
    [
      'a routing weight above 1',
      broken(lambda, (json) => {
        json['current']['routing'] = { '4': 1.5 };
      }),
      'Invalid deployment record: deployment.current.routing.4 should be a weight from 0 to 1, found 1.5.',
    ],
    [
      'a previous EKS state without revision',
      broken(eks, (json) => {
        delete json['previous']['revision'];
      }),
      'Invalid deployment record: deployment.previous.revision should be a whole number, found nothing.',
    ],
    [
      'an id that is not a UUID',
      broken(eks, (json) => {
        json['id'] = 'x y';
      }),
      'Invalid deployment record: deployment.id should be the record id its deploy wrote (a UUID), found "x y".',
    ],
    [
      'a CloudFormation template digest that is not one',
      broken(cloudformation, (json) => {
        json['previous']['templateDigest'] = 'abc';
      }),
      'Invalid deployment record: deployment.previous.templateDigest should be a sha256 digest (64 hex digits), found "abc".',
    ],
    [
      'CloudFormation parameters that are not a list',
      broken(cloudformation, (json) => {
        json['previous']['parameters'] = { ImageUri: 'x' };
      }),
      'Invalid deployment record: deployment.previous.parameters should be a list of parameters, found {"ImageUri":"x"}.',
    ],
    [
      'a CloudFormation parameter without key',
      broken(cloudformation, (json) => {
        json['previous']['parameters'][1] = { value: 'x' };
      }),
      'Invalid deployment record: deployment.previous.parameters[1].key should be a non-empty string, found nothing.',
    ],
    [
      'a CloudFormation parameter value that is a number',
      broken(cloudformation, (json) => {
        json['previous']['parameters'][0]['value'] = 3;
      }),
      'Invalid deployment record: deployment.previous.parameters[0].value should be a string, found 3.',
    ],
    [
      'a capability that is empty',
      broken(cloudformation, (json) => {
        json['previous']['capabilities'] = ['CAPABILITY_IAM', ''];
      }),
      'Invalid deployment record: deployment.previous.capabilities[1] should be a non-empty string, found "".',
    ],
    [
      'a bad status',
      broken(ecs, (json) => {
        json['status'] = 'done';
      }),
      'Invalid deployment record: deployment.status should be one of succeeded, failed, timed-out, cancelled, planned, rolled-back, found "done".',
    ],
    [
      'a start time that is not a time',
      broken(ecs, (json) => {
        json['startedAt'] = 'yesterday';
      }),
      'Invalid deployment record: deployment.startedAt should be an ISO 8601 time, found "yesterday".',
    ],
    [
      'an end time that is not a time',
      broken(ecs, (json) => {
        json['finishedAt'] = 'later';
      }),
      'Invalid deployment record: deployment.finishedAt should be an ISO 8601 time, found "later".',
    ],
    [
      'a message that is not text',
      broken(ecs, (json) => {
        json['message'] = { why: 'x' };
      }),
      'Invalid deployment record: deployment.message should be a string, found {"why":"x"}.',
    ],
  ])('refuses %s, naming the path', (_case, text, message) => {
    expect(decodeError(text)).toBe(message);
  });

  it('names the index of the bad record in a list', () => {
    const text = `[${encodeRecord(ecs)},${broken(lambda, (json) => {
      json['target'] = 'beanstalk';
    })}]`;
    expect(decodeError(text)).toBe(
      'Invalid deployment record: deployment[1].target should be one of ecs, lambda, eks, cloudformation, ec2, found "beanstalk".',
    );
  });

  it('keeps the value it shows short', () => {
    const text = broken(ecs, (json) => {
      json['status'] = 'x'.repeat(500);
    });
    expect(decodeError(text).length).toBeLessThan(250);
  });
});

describe('describeResource', () => {
  it('names the resource of each target', () => {
    expect(describeResource(ecs)).toBe('ecs:prod/web');
    expect(describeResource(lambda)).toBe('lambda:orders:live');
    expect(describeResource({ ...lambda, resource: { functionName: 'orders' } })).toBe('lambda:orders');
    expect(describeResource(eks)).toBe('eks:main/shop/cart');
    expect(describeResource(cloudformation)).toBe('cloudformation:orders-stack');
  });
});

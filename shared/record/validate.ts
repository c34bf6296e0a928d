// Decodes deployment records with precise errors: the path of the bad field and what it should be.
import { RECORD_SCHEMA, STATUSES, TARGETS, type DeploymentRecord, type Target } from './record.js';
import { errorMessage } from '../action/errors.js';

export class RecordError extends Error {
  override name = 'RecordError';
}

type Json = unknown;
type Checker = (value: Json, path: string) => void;

function fail(path: string, expected: string, value: Json): never {
  const found = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80);
  throw new RecordError(`Invalid deployment record: ${path} should be ${expected}, found ${found}.`);
}

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str: Checker = (v, p) => {
  if (typeof v !== 'string' || v === '') fail(p, 'a non-empty string', v);
};
const int: Checker = (v, p) => {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) fail(p, 'a whole number', v);
};
const stringMap: Checker = (v, p) => {
  if (!isObject(v)) fail(p, 'an object of strings', v);
  for (const [k, item] of Object.entries(v)) str(item, `${p}.${k}`);
};
const weightMap: Checker = (v, p) => {
  if (!isObject(v)) fail(p, 'an object of weights', v);
  for (const [k, item] of Object.entries(v))
    if (typeof item !== 'number' || item < 0 || item > 1) fail(`${p}.${k}`, 'a weight from 0 to 1', item);
};
const digest: Checker = (v, p) => {
  if (typeof v !== 'string' || !/^[0-9a-f]{64}$/.test(v)) fail(p, 'a sha256 digest (64 hex digits)', v);
};
const base64: Checker = (v, p) => {
  if (typeof v !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(v)) fail(p, 'base64 text', v);
};
const stringList: Checker = (v, p) => {
  if (!Array.isArray(v)) fail(p, 'a list of strings', v);
  v.forEach((item, i) => str(item, `${p}[${i}]`));
};
const parameters: Checker = (v, p) => {
  if (!Array.isArray(v)) fail(p, 'a list of parameters', v);
  v.forEach((item: Json, i) => {
    const at = `${p}[${i}]`;
    if (!isObject(item)) fail(at, 'an object {key, value}', item);
    str(item['key'], `${at}.key`);
    if (item['value'] !== undefined && typeof item['value'] !== 'string')
      fail(`${at}.value`, 'a string', item['value']);
    if (item['digest'] !== undefined) digest(item['digest'], `${at}.digest`);
    if (item['usePreviousValue'] !== undefined && typeof item['usePreviousValue'] !== 'boolean')
      fail(`${at}.usePreviousValue`, 'true or false', item['usePreviousValue']);
  });
};

const bool: Checker = (v, p) => {
  if (typeof v !== 'boolean') fail(p, 'true or false', v);
};
function matching(pattern: RegExp, expected: string): Checker {
  return (v, p) => {
    if (typeof v !== 'string' || !pattern.test(v)) fail(p, expected, v);
  };
}
function listOf(item: Checker): Checker {
  return (v, p) => {
    if (!Array.isArray(v)) fail(p, 'a list', v);
    v.forEach((value: Json, i) => item(value, `${p}[${i}]`));
  };
}
function mapOf(key: RegExp, keyExpected: string, item: Checker): Checker {
  return (v, p) => {
    if (!isObject(v)) fail(p, 'an object', v);
    for (const [k, value] of Object.entries(v)) {
      if (!key.test(k)) fail(`${p} key`, keyExpected, k);
      item(value, `${p}.${k}`);
    }
  };
}

// ec2: every value ends up in a shell script on the instances, so each is held to the rules of
// the deploy-ec2 inputs (the script quotes them too).
const EC2_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/;
const EC2_INSTANCE = /^i-[0-9a-f]{8}(?:[0-9a-f]{9})?$/;
const EC2_RELATIVE = /^(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_.@+-][A-Za-z0-9_.@+/-]*$/;
const ec2InstanceState = fields(
  {},
  {
    commit: matching(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/, 'a full git commit id'),
    images: mapOf(
      EC2_NAME,
      'a Compose service name',
      matching(
        /^[a-z0-9][a-z0-9._\-/:]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$/,
        'an image reference',
      ),
    ),
  },
);

function fields(required: Record<string, Checker>, optional: Record<string, Checker> = {}): Checker {
  return (value, path) => {
    if (!isObject(value)) fail(path, 'an object', value);
    for (const [key, check] of Object.entries(required)) check(value[key], `${path}.${key}`);
    for (const [key, check] of Object.entries(optional))
      if (value[key] !== undefined) check(value[key], `${path}.${key}`);
    // a record says exactly what its deploy changed: nothing else is read, so nothing else is let in
    for (const key of Object.keys(value))
      if (!(key in required) && !(key in optional))
        fail(
          `${path}.${key}`,
          `absent (${path} holds ${[...Object.keys(required), ...Object.keys(optional)].join(', ')})`,
          value[key],
        );
  };
}

// container name → the digest its image resolved to at deploy time (read by people, not by a restore)
const imageDigests = mapOf(
  /^[A-Za-z0-9][A-Za-z0-9_.-]{0,254}$/,
  'a container name',
  matching(/^sha256:[0-9a-f]{64}$/, 'an image digest (sha256:<64 hex>)'),
);

const SHAPES: Record<Target, { resource: Checker; state: Checker }> = {
  ecs: {
    resource: fields({ cluster: str, service: str }),
    state: fields(
      { taskDefinitionArn: str, desiredCount: int },
      { images: stringMap, imageDigests, deploymentId: str, rollbackCommandDigest: str },
    ),
  },
  lambda: {
    resource: fields({ functionName: str }, { alias: str }),
    state: fields({ imageUri: str }, { version: str, routing: weightMap }),
  },
  eks: {
    resource: fields({ cluster: str, namespace: str, deployment: str }),
    state: fields({ revision: int, images: stringMap }, { imageDigests }),
  },
  cloudformation: {
    resource: fields({ stackName: str }),
    state: fields(
      { parameters },
      {
        templateDigest: digest,
        templateGzip: base64,
        sealedValues: base64,
        stackStatus: str,
        capabilities: stringList,
      },
    ),
  },
  ec2: {
    resource: fields({
      instances: listOf(matching(EC2_INSTANCE, 'an EC2 instance id')),
      workingDirectory: matching(/^\/(?!.*(?:^|\/)\.\.(?:\/|$))[A-Za-z0-9_.@+\-/ ]*$/, 'an absolute path'),
      envFile: matching(EC2_RELATIVE, 'a relative path'),
      composeFiles: listOf(matching(EC2_RELATIVE, 'a relative path')),
      services: listOf(matching(EC2_NAME, 'a Compose service name')),
      build: bool,
      imageServices: listOf(matching(EC2_NAME, 'a Compose service name')),
    }),
    state: fields({ instances: mapOf(EC2_INSTANCE, 'an EC2 instance id', ec2InstanceState) }),
  },
};

export function validateRecord(value: Json, path = 'deployment'): DeploymentRecord {
  if (!isObject(value)) fail(path, 'an object', value);
  if (value['schema'] !== RECORD_SCHEMA)
    fail(`${path}.schema`, JSON.stringify(RECORD_SCHEMA), value['schema']);
  const target = value['target'];
  if (typeof target !== 'string' || !(TARGETS as readonly string[]).includes(target))
    fail(`${path}.target`, `one of ${TARGETS.join(', ')}`, target);
  const shape = SHAPES[target as Target];
  if (
    value['id'] !== undefined &&
    (typeof value['id'] !== 'string' || !/^[0-9a-f-]{8,64}$/.test(value['id']))
  )
    fail(`${path}.id`, 'the record id its deploy wrote (a UUID)', value['id']);
  // ec2: the restore finds its breadcrumb on each instance by this id
  if (target === 'ec2' && value['id'] === undefined)
    fail(`${path}.id`, 'the record id its deploy wrote (a UUID)', value['id']);
  str(value['region'], `${path}.region`);
  shape.resource(value['resource'], `${path}.resource`);
  for (const key of ['previous', 'current'] as const)
    if (value[key] !== null) shape.state(value[key], `${path}.${key}`);
  if (typeof value['status'] !== 'string' || !(STATUSES as readonly string[]).includes(value['status']))
    fail(`${path}.status`, `one of ${STATUSES.join(', ')}`, value['status']);
  str(value['startedAt'], `${path}.startedAt`);
  if (Number.isNaN(Date.parse(value['startedAt'] as string)))
    fail(`${path}.startedAt`, 'an ISO 8601 time', value['startedAt']);
  if (value['finishedAt'] !== undefined) {
    str(value['finishedAt'], `${path}.finishedAt`);
    if (Number.isNaN(Date.parse(value['finishedAt'] as string)))
      fail(`${path}.finishedAt`, 'an ISO 8601 time', value['finishedAt']);
  }
  if (value['message'] !== undefined && typeof value['message'] !== 'string')
    fail(`${path}.message`, 'a string', value['message']);
  return value as unknown as DeploymentRecord;
}

/** Decodes one record or a JSON array of records. */
export function decodeRecords(text: string): DeploymentRecord[] {
  const trimmed = text.trim();
  if (trimmed === '') throw new RecordError('Invalid deployment record: it is empty.');
  let parsed: Json;
  try {
    parsed = JSON.parse(trimmed);
  } catch (error) {
    const detail = errorMessage(error);
    throw new RecordError(
      `Invalid deployment record: not valid JSON (${detail}); was it cut short? Pass the deploy step's 'deployment' output unchanged.`,
    );
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) throw new RecordError('Invalid deployment record: the list is empty.');
    return parsed.map((item, i) => validateRecord(item, `deployment[${i}]`));
  }
  return [validateRecord(parsed)];
}

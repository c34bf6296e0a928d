// Decodes deployment records with precise errors: the path of the bad field and what it should be.
import { RECORD_SCHEMA, STATUSES, TARGETS, type DeploymentRecord, type Target } from './record.js';

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
const anyObject: Checker = (v, p) => {
  if (!isObject(v)) fail(p, 'an object', v);
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
    if (item['usePreviousValue'] !== undefined && typeof item['usePreviousValue'] !== 'boolean')
      fail(`${at}.usePreviousValue`, 'true or false', item['usePreviousValue']);
  });
};

function fields(required: Record<string, Checker>, optional: Record<string, Checker> = {}): Checker {
  return (value, path) => {
    if (!isObject(value)) fail(path, 'an object', value);
    for (const [key, check] of Object.entries(required)) check(value[key], `${path}.${key}`);
    for (const [key, check] of Object.entries(optional))
      if (value[key] !== undefined) check(value[key], `${path}.${key}`);
  };
}

const SHAPES: Record<Target, { resource: Checker; state: Checker }> = {
  ecs: {
    resource: fields({ cluster: str, service: str }),
    state: fields(
      { taskDefinitionArn: str, desiredCount: int },
      { images: stringMap, deploymentId: str, rollbackCommandDigest: str },
    ),
  },
  lambda: {
    resource: fields({ functionName: str }, { alias: str }),
    state: fields({ imageUri: str }, { version: str, routing: weightMap }),
  },
  eks: {
    resource: fields({ cluster: str, namespace: str, deployment: str }),
    state: fields({ revision: int, images: stringMap }, { template: anyObject }),
  },
  cloudformation: {
    resource: fields({ stackName: str }),
    state: fields({ parameters }, { templateBody: str, stackStatus: str, capabilities: stringList }),
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
    const detail = error instanceof Error ? error.message : String(error);
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

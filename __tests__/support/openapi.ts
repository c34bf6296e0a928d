// GitHub's published REST description (@octokit/openapi, api.github.com) as a validator of the
// requests and responses of one operation: path parameters, query parameters, the JSON body of a
// request and of a response, each checked with ajv against the operation's own schema.
// Stricter than GitHub in one way, on purpose: an object schema that lists its properties is
// closed, so a misspelt field (`enviroment`) fails here instead of being silently ignored.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonObject;
}

const require = createRequire(import.meta.url);
let document: JsonObject | undefined;

function description(): JsonObject {
  document ??= JSON.parse(
    readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
  ) as JsonObject;
  return document;
}

function pointer(doc: JsonObject, ref: string): Json {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Json>((node, key) => (node as JsonObject)[key] ?? null, doc);
}

/** The subtree with every $ref replaced by what it points at (cycles stop at an open schema). */
function resolve(node: Json, doc: JsonObject, open: string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => resolve(item, doc, open));
  if (node === null || typeof node !== 'object') return node;
  const ref = node['$ref'];
  if (typeof ref === 'string')
    return open.includes(ref) ? {} : resolve(pointer(doc, ref), doc, [...open, ref]);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolve(value, doc, open)]));
}

/** Objects that list their properties accept no others (see the header). */
export function closeObjects(schema: Json, inComposition = false): Json {
  if (Array.isArray(schema)) return schema.map((item) => closeObjects(item, inComposition));
  if (schema === null || typeof schema !== 'object') return schema;
  const closed: JsonObject = {};
  for (const [key, value] of Object.entries(schema))
    closed[key] =
      key === 'properties' && value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, closeObjects(sub)]))
        : key === 'example' || key === 'examples' || key === 'default'
          ? value
          : closeObjects(value, key === 'allOf');
  if (
    closed['properties'] &&
    closed['additionalProperties'] === undefined &&
    !inComposition &&
    !closed['allOf']
  )
    closed['additionalProperties'] = false;
  return closed;
}

const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat(
  'date-time',
  (text: string) => !Number.isNaN(Date.parse(text)) && /^\d{4}-\d\d-\d\dT/.test(text),
);
// GitHub's URL fields document `""` as their default, and GitHub sends it: empty counts as a uri.
ajv.addFormat('uri', (text: string) => text === '' || URL.canParse(text));
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });

function compile(schema: Json): ValidateFunction {
  return ajv.compile(closeObjects(schema) as object);
}

function errorsOf(validate: ValidateFunction, where: string): string[] {
  return (validate.errors ?? []).map(
    (error) =>
      `${where}${error.instancePath || ''} ${error.message ?? 'is invalid'}${
        error.params && 'additionalProperty' in error.params
          ? ` (${String(error.params['additionalProperty'])})`
          : ''
      }`,
  );
}

export interface Operation {
  operationId: string;
  /** Path parameters taken from the concrete path. */
  pathParameters: Record<string, string>;
  /** Problems with the path, query and body of a request; empty when valid. */
  checkRequest(query: URLSearchParams, body: unknown): string[];
  /** Problems with a response of this status; empty when valid. */
  checkResponse(status: number, body: unknown): string[];
}

/** The template as a regex, and the names of its parameters in the order of its groups. */
function templateRegex(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), names };
}

/** The operation of `method path` (a concrete path such as /repos/o/r/deployments/1/statuses). */
export function findOperation(method: string, path: string): Operation | undefined {
  const doc = description();
  const paths = doc['paths'] as JsonObject;
  for (const template of Object.keys(paths)) {
    const { regex, names } = templateRegex(template);
    const match = regex.exec(path);
    if (!match) continue;
    const values = Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1] ?? '')]),
    );
    const item = paths[template] as JsonObject;
    const operation = item[method.toLowerCase()] as JsonObject | undefined;
    if (!operation) return undefined;
    return makeOperation(resolve(operation, doc) as JsonObject, values, doc);
  }
  return undefined;
}

function makeOperation(
  operation: JsonObject,
  pathParameters: Record<string, string>,
  doc: JsonObject,
): Operation {
  const operationId = typeof operation['operationId'] === 'string' ? operation['operationId'] : '?';
  const parameters = (operation['parameters'] ?? []) as unknown as Parameter[];
  const bodySchema = (operation['requestBody'] as JsonObject | undefined)?.['content'] as
    JsonObject | undefined;
  const requestValidator = bodySchema
    ? compile((bodySchema['application/json'] as JsonObject)['schema'] ?? {})
    : undefined;
  const responses = operation['responses'] as JsonObject;
  return {
    operationId,
    pathParameters,
    checkRequest(query, body) {
      const problems: string[] = [];
      for (const parameter of parameters) {
        const value =
          parameter.in === 'path'
            ? pathParameters[parameter.name]
            : parameter.in === 'query'
              ? query.get(parameter.name)
              : undefined;
        if (value === undefined || value === null) {
          if (parameter.required && parameter.in !== 'header')
            problems.push(`${parameter.in} parameter ${parameter.name} is missing`);
          continue;
        }
        const validate = ajv.compile(parameter.schema ?? {});
        const typed =
          parameter.schema?.['type'] === 'integer' || parameter.schema?.['type'] === 'number'
            ? Number(value)
            : value;
        if (!validate(typed))
          problems.push(...errorsOf(validate, `${parameter.in} parameter ${parameter.name}`));
      }
      for (const name of query.keys())
        if (!parameters.some((parameter) => parameter.in === 'query' && parameter.name === name))
          problems.push(`query parameter ${name} is not a parameter of ${operationId}`);
      if (requestValidator && !requestValidator(body))
        problems.push(...errorsOf(requestValidator, 'request body'));
      if (!requestValidator && body !== undefined) problems.push(`${operationId} takes no body`);
      return problems;
    },
    checkResponse(status, body) {
      const response = responses[String(status)] as JsonObject | undefined;
      // A refusal GitHub sends to any operation (403 of a token without the permission) is not
      // listed per operation; it has the shape of GitHub's basic-error.
      const schema = response
        ? ((response['content'] as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.[
            'schema'
          ]
        : status >= 400
          ? resolve({ $ref: '#/components/schemas/basic-error' }, doc)
          : undefined;
      if (schema === undefined) return response ? [] : [`${operationId} does not answer ${status}`];
      const validate = compile(schema);
      return validate(body) ? [] : errorsOf(validate, `response ${status} body`);
    },
  };
}

// Task definitions: the base to register again (every field kept, read-only ones dropped), the
// containers an image goes to, and the differences between two revisions.
import type {
  ContainerDefinition,
  KeyValuePair,
  RegisterTaskDefinitionCommandInput,
  Tag,
  TaskDefinition,
} from '@aws-sdk/client-ecs';
import { InputError } from '../../action/errors.js';

/** Fields DescribeTaskDefinition returns that RegisterTaskDefinition does not accept. */
export const READ_ONLY_FIELDS = [
  'taskDefinitionArn',
  'revision',
  'status',
  'requiresAttributes',
  'compatibilities',
  'registeredAt',
  'registeredBy',
  'deregisteredAt',
] as const;

export type RegisterInput = RegisterTaskDefinitionCommandInput;

/** The register request for a described (or file) task definition: every field but the read-only ones. */
export function toRegisterInput(base: TaskDefinition | Record<string, unknown>, tags?: Tag[]): RegisterInput {
  const copy: Record<string, unknown> = structuredClone(base) as Record<string, unknown>;
  for (const field of READ_ONLY_FIELDS) delete copy[field];
  if (tags?.length) copy['tags'] = structuredClone(tags);
  return copy as unknown as RegisterInput;
}

/** Family name from `arn:aws:ecs:…:task-definition/family:3` or `family:3`. */
export function familyOf(arnOrName: string): string {
  const name = arnOrName.split('/').pop() ?? arnOrName;
  return name.replace(/:\d+$/, '');
}

export function revisionOf(arn: string): number | undefined {
  const match = /:(\d+)$/.exec(arn);
  return match ? Number(match[1]) : undefined;
}

/** `family:3` for display. */
export function shortName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

function names(containers: ContainerDefinition[]): string {
  return containers.map((c) => c.name ?? '(unnamed)').join(', ');
}

/**
 * The container the single `image` input goes to: the named one, else the only container, else
 * the only essential one. Anything else is an input error listing the names.
 */
export function selectContainer(containers: ContainerDefinition[], container: string | undefined): string {
  if (container) {
    if (!containers.some((c) => c.name === container))
      throw new InputError(
        'container',
        container,
        `one of the task definition's containers: ${names(containers)}`,
        'no such container',
      );
    return container;
  }
  if (containers.length === 1 && containers[0]?.name) return containers[0].name;
  const essential = containers.filter((c) => c.essential !== false);
  if (essential.length === 1 && essential[0]?.name) return essential[0].name;
  throw new InputError(
    'container',
    '',
    `the task definition has ${containers.length} containers (${names(containers)}) and ${essential.length} essential ones; name the one for 'image'`,
  );
}

/** Checks every `images` key names a container. */
export function checkImageTargets(containers: ContainerDefinition[], images: Record<string, string>): void {
  for (const name of Object.keys(images))
    if (!containers.some((c) => c.name === name))
      throw new InputError(
        'images',
        name,
        `container=image lines naming the task definition's containers: ${names(containers)}`,
        'no such container',
      );
}

function setEnvironment(
  list: KeyValuePair[] | undefined,
  environment: Record<string, string>,
): KeyValuePair[] {
  const result = (list ?? []).map((pair) => ({ ...pair }));
  for (const [name, value] of Object.entries(environment)) {
    const existing = result.find((pair) => pair.name === name);
    if (existing) existing.value = value;
    else result.push({ name, value });
  }
  return result;
}

/** The new register request: images and environment set on their containers, the rest untouched. */
export function render(
  base: RegisterInput,
  changes: {
    images: Record<string, string>;
    environment: Record<string, string>;
    environmentTargets: string[];
  },
): RegisterInput {
  const next = structuredClone(base);
  next.containerDefinitions = (next.containerDefinitions ?? []).map((container) => {
    const name = container.name ?? '';
    const image = changes.images[name];
    const updated: ContainerDefinition = image === undefined ? container : { ...container, image };
    if (changes.environmentTargets.includes(name) && Object.keys(changes.environment).length)
      updated.environment = setEnvironment(updated.environment, changes.environment);
    return updated;
  });
  return next;
}

export function imagesOf(definition: {
  containerDefinitions?: ContainerDefinition[] | undefined;
}): Record<string, string> {
  const images: Record<string, string> = {};
  for (const container of definition.containerDefinitions ?? [])
    if (container.name && container.image) images[container.name] = container.image;
  return images;
}

/** Canonical JSON (sorted keys) so that equal definitions compare equal whatever the key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : item,
  );
}

/** Environment variables as name → value, from a container's `environment` list. */
function environmentValues(list: unknown): Map<string, unknown> {
  const values = new Map<string, unknown>();
  if (Array.isArray(list))
    for (const item of list as Array<{ name?: unknown; value?: unknown }>)
      values.set(typeof item?.name === 'string' ? item.name : '?', item?.value);
  return values;
}

/**
 * Changes of a container's environment by variable name: added, removed or value changed. Values
 * are never shown: any of them may be a password.
 */
function environmentDiff(before: unknown, after: unknown, path: string): string[] {
  const a = environmentValues(before);
  const b = environmentValues(after);
  return [...new Set([...a.keys(), ...b.keys()])].flatMap((name) => {
    if (!a.has(name)) return [`${path}[${name}]: added (value not shown)`];
    if (!b.has(name)) return [`${path}[${name}]: removed`];
    return canonical(a.get(name)) === canonical(b.get(name))
      ? []
      : [`${path}[${name}]: value changed (not shown)`];
  });
}

/**
 * Leaf-level differences `path: before → after`, for the dry-run and the summary; environment
 * variables by name only (environmentDiff).
 */
export function diff(before: unknown, after: unknown, path = ''): string[] {
  if (canonical(before) === canonical(after)) return [];
  if (/(^|\.)environment$/.test(path)) return environmentDiff(before, after, path);
  const isRecord = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diff(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const keyed = (list: unknown[]): boolean =>
      list.every((item) => isRecord(item) && typeof item['name'] === 'string');
    if (keyed(before) && keyed(after)) {
      const byName = (list: unknown[]): Map<string, unknown> =>
        new Map(list.map((item) => [(item as { name: string }).name, item]));
      const a = byName(before);
      const b = byName(after);
      return [...new Set([...a.keys(), ...b.keys()])].flatMap((name) =>
        diff(a.get(name), b.get(name), `${path}[${name}]`),
      );
    }
  }
  const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v));
  return [`${path}: ${show(before)} → ${show(after)}`];
}

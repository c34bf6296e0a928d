// Server-side apply in the Kubernetes double, after the documented behaviour
// (kubernetes.io/docs/reference/using-api/server-side-apply):
// - PATCH with `application/apply-patch+yaml` creates the object or merges the applied
//   configuration into it; `fieldManager` is required; every manager's fields are kept in
//   metadata.managedFields as FieldsV1 (`f:` for map keys, `k:{…}` for items of lists with a merge
//   key, `.` for the item itself), with operation Apply or Update.
// - A field another manager owns with a different value is a 409 conflict naming manager and
//   field, unless `force=true`, which moves the field to the applier; an equal value is shared.
// - A field the applier owned before and left out of its configuration is removed, unless another
//   manager owns it too.
// - A non-apply PATCH records the fields it changed under its fieldManager as an Update.
// Not reproduced: ownership of a whole map or list item as a field of its own (only leaves are
// compared), sets (`v:`), `$retainKeys`-style atomic maps, apiVersion conversion of managedFields,
// and the write-only nature of Secret stringData inside managedFields (it is tracked as written).
import { isObject, clone, MERGE_KEYS } from './patch.js';

type Json = unknown;
type JsonObject = Record<string, Json>;

export interface ManagedFieldsEntry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  fieldsType: 'FieldsV1';
  fieldsV1: JsonObject;
}

export class ApplyConflict extends Error {}

/** Top-level keys the API server never tracks as fields. */
const UNTRACKED = new Set(['apiVersion', 'kind', 'status']);
const TRACKED_METADATA = new Set(['labels', 'annotations']);

/** Leaf field paths of an object: each a list of `f:`/`k:` segments. */
export function leafPaths(value: Json, prefix: string[] = []): string[][] {
  if (prefix.length === 0 && isObject(value)) {
    const paths: string[][] = [];
    for (const [key, child] of Object.entries(value)) {
      if (UNTRACKED.has(key)) continue;
      if (key === 'metadata' && isObject(child)) {
        for (const [metaKey, metaChild] of Object.entries(child))
          if (TRACKED_METADATA.has(metaKey))
            paths.push(...leafPaths(metaChild, ['f:metadata', `f:${metaKey}`]));
        continue;
      }
      paths.push(...leafPaths(child, [`f:${key}`]));
    }
    return paths;
  }
  if (isObject(value) && Object.keys(value).length > 0)
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, `f:${key}`]));
  const mergeKey = MERGE_KEYS[(prefix[prefix.length - 1] ?? '').slice(2)];
  if (Array.isArray(value) && mergeKey && value.every((item) => isObject(item) && mergeKey in item))
    return value.flatMap((item) => {
      const itemPath = [...prefix, itemSegment(mergeKey, item as JsonObject)];
      const { [mergeKey]: _key, ...rest } = item as JsonObject;
      const inner = leafPaths(rest, itemPath);
      return [[...itemPath, `f:${mergeKey}`], ...inner];
    });
  return [prefix];
}

function itemSegment(mergeKey: string, item: JsonObject): string {
  return `k:${JSON.stringify({ [mergeKey]: item[mergeKey] })}`;
}

/** The value at a field path, or undefined. */
export function valueAt(object: Json, path: string[]): Json {
  let current: Json = object;
  for (const segment of path) {
    if (segment.startsWith('f:')) {
      if (!isObject(current)) return undefined;
      current = current[segment.slice(2)];
    } else {
      if (!Array.isArray(current)) return undefined;
      const [[key, wanted]] = Object.entries(JSON.parse(segment.slice(2)) as JsonObject) as [[string, Json]];
      current = current.find((item) => isObject(item) && item[key] === wanted);
    }
  }
  return current;
}

function removeAt(object: Json, path: string[]): void {
  const parent = valueAt(object, path.slice(0, -1));
  const last = path[path.length - 1] ?? '';
  if (last.startsWith('f:') && isObject(parent)) delete parent[last.slice(2)];
  else if (last.startsWith('k:') && Array.isArray(parent)) {
    const [[key, wanted]] = Object.entries(JSON.parse(last.slice(2)) as JsonObject) as [[string, Json]];
    const index = parent.findIndex((item) => isObject(item) && item[key] === wanted);
    if (index >= 0) parent.splice(index, 1);
  }
}

/** Maps merged key by key, lists with a merge key item by item, anything else replaced. */
export function mergeApplied(live: Json, applied: Json, field = ''): Json {
  if (isObject(applied)) {
    const result: JsonObject = isObject(live) ? { ...live } : {};
    for (const [key, value] of Object.entries(applied)) result[key] = mergeApplied(result[key], value, key);
    return result;
  }
  const mergeKey = MERGE_KEYS[field];
  if (Array.isArray(applied) && Array.isArray(live) && mergeKey) {
    const merged = applied.map((item) => {
      const match = live.find((old) => isObject(old) && isObject(item) && old[mergeKey] === item[mergeKey]);
      return match === undefined ? clone(item) : mergeApplied(match, item, '');
    });
    const kept = live.filter(
      (old) => !applied.some((item) => isObject(old) && isObject(item) && old[mergeKey] === item[mergeKey]),
    );
    return [...merged, ...kept];
  }
  return clone(applied);
}

const key = (path: string[]): string => path.join('\u0000');

function toFieldsV1(paths: string[][]): JsonObject {
  const root: JsonObject = {};
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      node[segment] ??= {};
      node = node[segment] as JsonObject;
      if (segment.startsWith('k:')) node['.'] ??= {};
    }
  }
  return root;
}

function fromFieldsV1(fields: JsonObject, prefix: string[] = []): string[][] {
  const children = Object.entries(fields).filter(([segment]) => segment !== '.');
  if (children.length === 0) return prefix.length ? [prefix] : [];
  return children.flatMap(([segment, child]) => fromFieldsV1(child as JsonObject, [...prefix, segment]));
}

function describe(path: string[]): string {
  return path
    .map((segment) =>
      segment.startsWith('f:')
        ? `.${segment.slice(2)}`
        : `[${Object.entries(JSON.parse(segment.slice(2)) as JsonObject)
            .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
            .join(',')}]`,
    )
    .join('');
}

/**
 * The object after `applied` is applied by `manager` over `live` (undefined: created), with its
 * managedFields. Throws ApplyConflict with the API server's wording when `force` is off.
 */
export function serverSideApply(
  live: JsonObject | undefined,
  applied: JsonObject,
  options: { manager: string; force: boolean; apiVersion: string; time: string },
): JsonObject {
  const entries = clone(
    ((live?.['metadata'] as JsonObject | undefined)?.['managedFields'] ?? []) as ManagedFieldsEntry[],
  );
  const appliedPaths = leafPaths(applied);
  const isOwn = (entry: ManagedFieldsEntry): boolean =>
    entry.manager === options.manager && entry.operation === 'Apply';
  const conflicts: Array<{ manager: string; path: string[] }> = [];
  for (const entry of entries) {
    if (isOwn(entry)) continue;
    const owned = new Set(fromFieldsV1(entry.fieldsV1).map(key));
    for (const path of appliedPaths)
      if (
        owned.has(key(path)) &&
        JSON.stringify(valueAt(live, path)) !== JSON.stringify(valueAt(applied, path))
      )
        conflicts.push({ manager: entry.manager, path });
  }
  if (conflicts.length && !options.force)
    throw new ApplyConflict(
      `Apply failed with ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: ${conflicts
        .map(
          (conflict) =>
            `conflict with "${conflict.manager}" using ${options.apiVersion}: ${describe(conflict.path)}`,
        )
        .join('\n')}`,
    );
  const previous = entries.find(isOwn);
  const otherOwned = new Set(
    entries.filter((entry) => !isOwn(entry)).flatMap((entry) => fromFieldsV1(entry.fieldsV1).map(key)),
  );
  const appliedKeys = new Set(appliedPaths.map(key));
  const result = mergeApplied(live ? clone(live) : {}, applied) as JsonObject;
  for (const path of previous ? fromFieldsV1(previous.fieldsV1) : [])
    if (!appliedKeys.has(key(path)) && !otherOwned.has(key(path))) removeAt(result, path);
  const taken = new Set(conflicts.map((conflict) => key(conflict.path)));
  const next = entries
    .filter((entry) => !isOwn(entry))
    .map((entry) => ({
      ...entry,
      fieldsV1: toFieldsV1(fromFieldsV1(entry.fieldsV1).filter((path) => !taken.has(key(path)))),
    }))
    .filter((entry) => Object.keys(entry.fieldsV1).length > 0);
  next.push({
    manager: options.manager,
    operation: 'Apply',
    apiVersion: options.apiVersion,
    time: options.time,
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(appliedPaths),
  });
  const metadata = (result['metadata'] ?? {}) as JsonObject;
  result['metadata'] = { ...metadata, managedFields: next };
  return result;
}

/** After a non-apply write: the fields it changed belong to `manager` (operation Update). */
export function recordUpdate(
  before: JsonObject,
  after: JsonObject,
  options: { manager: string; apiVersion: string; time: string },
): void {
  const changed = leafPaths(after).filter(
    (path) => JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path)),
  );
  const entries = clone(
    ((before['metadata'] as JsonObject | undefined)?.['managedFields'] ?? []) as ManagedFieldsEntry[],
  );
  const metadata = (after['metadata'] ?? {}) as JsonObject;
  if (changed.length === 0) {
    metadata['managedFields'] = entries;
    return;
  }
  const changedKeys = new Set(changed.map(key));
  const isMine = (entry: ManagedFieldsEntry): boolean =>
    entry.manager === options.manager && entry.operation === 'Update';
  const mine = entries.find(isMine);
  const next = entries
    .filter((entry) => !isMine(entry))
    .map((entry) => ({
      ...entry,
      fieldsV1: toFieldsV1(fromFieldsV1(entry.fieldsV1).filter((path) => !changedKeys.has(key(path)))),
    }))
    .filter((entry) => Object.keys(entry.fieldsV1).length > 0);
  const owned = [
    ...(mine ? fromFieldsV1(mine.fieldsV1).filter((path) => !changedKeys.has(key(path))) : []),
    ...changed,
  ];
  next.push({
    manager: options.manager,
    operation: 'Update',
    apiVersion: options.apiVersion,
    time: options.time,
    fieldsType: 'FieldsV1',
    fieldsV1: toFieldsV1(owned),
  });
  metadata['managedFields'] = next;
  after['metadata'] = metadata;
}

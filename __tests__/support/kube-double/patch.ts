// The three patch types the Kubernetes API accepts for built-in objects: JSON merge patch
// (RFC 7386), JSON patch (RFC 6902, what `kubectl rollout undo` sends) and strategic merge patch
// (what `kubectl set image` sends: lists of named things merge by key; `$patch`,
// `$setElementOrder/…`, `$retainKeys` and `$deleteFromPrimitiveList/…` directives).
type Json = unknown;
type JsonObject = Record<string, Json>;

export const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const clone = <T>(value: T): T => structuredClone(value);

export class PatchError extends Error {}

export function mergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/** Merge keys of the lists in Deployment/Pod specs, as the Go struct tags declare them. */
export const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  ports: 'containerPort',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  resourceClaims: 'name',
  conditions: 'type',
  ownerReferences: 'uid',
};

export function strategicMergePatch(target: Json, patch: Json): Json {
  if (!isObject(patch)) return clone(patch);
  if (patch['$patch'] === 'replace') {
    const { $patch: _directive, ...rest } = patch;
    return clone(rest);
  }
  if (patch['$patch'] === 'delete') return undefined;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key === '$retainKeys' || key.startsWith('$setElementOrder/')) continue;
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const remove = Array.isArray(value) ? value : [];
      const current = result[field];
      if (Array.isArray(current)) result[field] = current.filter((item) => !remove.includes(item));
      continue;
    }
    if (value === null) {
      delete result[key];
      continue;
    }
    const mergeKey = MERGE_KEYS[key];
    const current = result[key];
    if (Array.isArray(value) && mergeKey)
      result[key] = mergeList(Array.isArray(current) ? current : [], value, mergeKey);
    else if (isObject(value)) {
      const merged = strategicMergePatch(current, value);
      if (merged === undefined) delete result[key];
      else result[key] = merged;
    } else result[key] = clone(value);
  }
  const order = Object.entries(patch).filter(([key]) => key.startsWith('$setElementOrder/'));
  for (const [key, wanted] of order) {
    const field = key.slice('$setElementOrder/'.length);
    const mergeKey = MERGE_KEYS[field];
    const list = result[field];
    if (!mergeKey || !Array.isArray(list) || !Array.isArray(wanted)) continue;
    const rank = new Map(wanted.map((item, index) => [isObject(item) ? item[mergeKey] : item, index]));
    result[field] = [...list].sort(
      (a, b) =>
        (rank.get(isObject(a) ? a[mergeKey] : a) ?? 1e9) - (rank.get(isObject(b) ? b[mergeKey] : b) ?? 1e9),
    );
  }
  return result;
}

function mergeList(current: Json[], patch: Json[], mergeKey: string): Json[] {
  if (patch.some((item) => isObject(item) && item['$patch'] === 'replace'))
    return patch.filter((item) => !(isObject(item) && item['$patch'] === 'replace'));
  const result = [...current];
  for (const item of patch) {
    if (!isObject(item)) throw new PatchError(`list items need the merge key ${mergeKey}`);
    const index = result.findIndex((existing) => isObject(existing) && existing[mergeKey] === item[mergeKey]);
    if (item['$patch'] === 'delete') {
      if (index >= 0) result.splice(index, 1);
    } else if (index >= 0) result[index] = strategicMergePatch(result[index], item);
    else result.push(strategicMergePatch({}, item));
  }
  return result;
}

interface Operation {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw new PatchError(`invalid JSON pointer ${path}`);
  return path
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(document: Json, parts: string[]): { parent: Json; key: string } {
  let node = document;
  for (const part of parts.slice(0, -1)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else throw new PatchError(`path not found at ${part}`);
  }
  const key = parts[parts.length - 1];
  if (key === undefined || node === undefined || node === null) throw new PatchError('path not found');
  return { parent: node, key };
}

function read(document: Json, path: string): Json {
  let node = document;
  for (const part of pointer(path)) {
    if (Array.isArray(node)) node = node[Number(part)];
    else if (isObject(node)) node = node[part];
    else return undefined;
  }
  return node;
}

export function jsonPatch(document: Json, operations: Json): Json {
  if (!Array.isArray(operations)) throw new PatchError('a JSON patch is a list of operations');
  let result = clone(document);
  for (const raw of operations as Operation[]) {
    const parts = pointer(raw.path);
    if (raw.op === 'test') {
      if (JSON.stringify(read(result, raw.path)) !== JSON.stringify(raw.value))
        throw new PatchError(`test operation failed at ${raw.path}`);
      continue;
    }
    const value =
      raw.op === 'copy' || raw.op === 'move' ? clone(read(result, raw.from ?? '')) : clone(raw.value);
    if (raw.op === 'move') result = jsonPatch(result, [{ op: 'remove', path: raw.from }]);
    if (parts.length === 0) {
      result = value;
      continue;
    }
    const { parent, key } = parentOf(result, parts);
    if (Array.isArray(parent)) {
      const index = key === '-' ? parent.length : Number(key);
      if (raw.op === 'add' || raw.op === 'copy' || raw.op === 'move') parent.splice(index, 0, value);
      else if (raw.op === 'replace') parent[index] = value;
      else if (raw.op === 'remove') parent.splice(index, 1);
      else throw new PatchError(`unknown op ${raw.op}`);
    } else if (isObject(parent)) {
      if (raw.op === 'remove' || raw.op === 'replace') {
        if (!(key in parent)) throw new PatchError(`path ${raw.path} does not exist`);
      }
      if (raw.op === 'remove') delete parent[key];
      else if (['add', 'replace', 'copy', 'move'].includes(raw.op)) parent[key] = value;
      else throw new PatchError(`unknown op ${raw.op}`);
    }
  }
  return result;
}

// Dotted paths into parsed JSON: `data.items.0.status`. A numeric segment indexes an array (or
// names an object key that is a number); every other segment names an object key.

export type PathLookup = { found: true; value: unknown } | { found: false; missing: string; at: unknown };

export function readJsonPath(document: unknown, path: string): PathLookup {
  let current = document;
  const segments = path.split('.');
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    const walked = segments.slice(0, index + 1).join('.');
    if (Array.isArray(current) && /^\d+$/.test(segment) && Number(segment) < current.length) {
      current = current[Number(segment)];
    } else if (
      typeof current === 'object' &&
      current !== null &&
      !Array.isArray(current) &&
      Object.hasOwn(current, segment)
    ) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return { found: false, missing: walked, at: current };
    }
  }
  return { found: true, value: current };
}

/** Expected values from YAML compare strictly, except that a string also matches a scalar written the same way. */
export function jsonValueMatches(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'string' && (typeof actual === 'number' || typeof actual === 'boolean'))
    return String(actual) === expected;
  return canonical(actual) === canonical(expected);
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** A short rendering of a JSON value for a failure message. */
export function describeJsonValue(value: unknown, max = 80): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** What exists where a path stopped: the keys of an object, the length of an array, or the scalar. */
export function describeWhereMissing(at: unknown): string {
  if (Array.isArray(at)) return `an array of ${at.length} item${at.length === 1 ? '' : 's'}`;
  if (typeof at === 'object' && at !== null) {
    const keys = Object.keys(at);
    const shown = keys.slice(0, 8).join(', ');
    return keys.length === 0
      ? 'an empty object'
      : `an object with keys ${shown}${keys.length > 8 ? ', …' : ''}`;
  }
  return describeJsonValue(at);
}

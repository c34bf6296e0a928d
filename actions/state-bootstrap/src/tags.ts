// Tags are added or updated, never removed: tags someone else put on the resource stay.

export function missingTags(current: Record<string, string>, desired: Record<string, string>): string[] {
  return Object.keys(desired).filter((key) => current[key] !== desired[key]);
}

export function mergeTags(
  current: Record<string, string>,
  desired: Record<string, string>,
): Record<string, string> {
  return { ...current, ...desired };
}

export function describeTags(tags: Record<string, string>): string {
  const entries = Object.entries(tags);
  return entries.length === 0 ? 'none' : entries.map(([key, value]) => `${key}=${value}`).join(', ');
}

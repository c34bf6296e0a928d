// The migration-command input: a JSON array of arguments, or a line for `sh -c`.

/** `["npm","run","migrate"]` (a JSON array) is used as it is; any other text runs through `sh -c`. */
export function migrationCommand(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((part) => typeof part === 'string'))
        return parsed;
    } catch {
      return undefined;
    }
    return undefined;
  }
  return trimmed === '' ? undefined : ['sh', '-c', trimmed];
}

// ignore-vulnerabilities entries: `CVE-2024-1234`, or `CVE-2024-1234 until 2026-06-30` to stop
// ignoring it after that day (UTC).
export interface IgnoreEntry {
  id: string;
  /** Last day (YYYY-MM-DD, UTC) on which the entry applies. */
  until?: string;
}

const ENTRY = /^(\S+)(?:\s+until\s+(\d{4}-\d{2}-\d{2}))?$/i;

export const IGNORE_ACCEPTED =
  'finding IDs such as CVE-2024-1234, each optionally followed by "until YYYY-MM-DD"';

/** Why an entry is refused, or undefined. */
export function ignoreEntryProblem(text: string): string | undefined {
  const match = ENTRY.exec(text.trim());
  if (!match) return 'not "<finding ID>" or "<finding ID> until YYYY-MM-DD"';
  const until = match[2];
  if (until && !isCalendarDate(until)) return `${until} is not a calendar date`;
  return undefined;
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function parseIgnoreEntry(text: string): IgnoreEntry {
  const match = ENTRY.exec(text.trim());
  const id = match?.[1] ?? text.trim();
  const until = match?.[2];
  return until ? { id, until } : { id };
}

/** An entry has expired once the UTC day after `until` has begun. */
export function isExpired(entry: IgnoreEntry, now: Date): boolean {
  return entry.until !== undefined && now.toISOString().slice(0, 10) > entry.until;
}

export function formatIgnoreEntry(entry: IgnoreEntry): string {
  return entry.until ? `${entry.id} (until ${entry.until})` : entry.id;
}

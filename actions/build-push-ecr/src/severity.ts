/** ECR's finding severities, most severe first (basic and enhanced scanning). */
export const SEVERITIES = [
  'CRITICAL',
  'HIGH',
  'MEDIUM',
  'LOW',
  'INFORMATIONAL',
  'UNDEFINED',
  'UNTRIAGED',
] as const;
export type Severity = (typeof SEVERITIES)[number];

export function parseSeverity(text: string): Severity | undefined {
  const upper = text.trim().toUpperCase();
  return (SEVERITIES as readonly string[]).includes(upper) ? (upper as Severity) : undefined;
}

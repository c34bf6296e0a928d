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

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** The threshold a list of severities means: its least severe entry (`CRITICAL,HIGH` is HIGH). */
export function thresholdOf(severities: readonly Severity[]): Severity | undefined {
  return [...severities].sort((a, b) => severityRank(b) - severityRank(a))[0];
}

/** True when `severity` is at the threshold or more severe (trivy's and grype's reading). */
export function reachesThreshold(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) <= severityRank(threshold);
}

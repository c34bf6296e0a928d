// The scan gate: wait for the scan of the pushed digest (basic or enhanced), then decide.
import {
  DescribeImageScanFindingsCommand,
  StartImageScanCommand,
  type DescribeImageScanFindingsCommandOutput,
  type ECRClient,
} from '@aws-sdk/client-ecr';
import { pollHooks, pollUntil } from '../../../shared/wait/poll.js';
import type { Timing } from '../../../shared/wait/timing.js';
import { errorCode } from '../../../shared/aws/errors.js';
import { parseSeverity, reachesThreshold, severityRank, type Severity } from './severity.js';
import { isExpired, type IgnoreEntry } from './ignore.js';

export interface Finding {
  id: string;
  severity: Severity;
  package: string;
  installed: string;
  fixed: string;
}

export type ScanOutcome =
  | { status: 'complete'; findings: Finding[]; counts: Partial<Record<Severity, number>> }
  /** The scan failed, is unsupported, or never finished: a warning, never a pass. */
  | { status: 'unavailable'; reason: string };

export interface GateDecision {
  passed: boolean;
  /** Findings at or above the threshold that no (unexpired) ignore entry covers. */
  failing: Finding[];
  /** Findings at or above the threshold that an unexpired ignore entry covers. */
  ignored: Finding[];
  /** Ignore entries past their date: they no longer apply. */
  expired: IgnoreEntry[];
}

/**
 * The gate: a finding fails it when its severity reaches the threshold (HIGH fails on HIGH and
 * CRITICAL) and no unexpired ignore entry names it. Without a threshold the gate reports only.
 */
export function decideGate(
  findings: readonly Finding[],
  threshold: Severity | undefined,
  ignore: readonly IgnoreEntry[],
  now: Date,
): GateDecision {
  const expired = ignore.filter((entry) => isExpired(entry, now));
  const ignoredIds = new Set(
    ignore.filter((entry) => !isExpired(entry, now)).map((entry) => entry.id.toUpperCase()),
  );
  const reaching = threshold
    ? findings.filter((finding) => reachesThreshold(finding.severity, threshold))
    : [];
  const ignored = reaching.filter((finding) => ignoredIds.has(finding.id.toUpperCase()));
  const failing = reaching.filter((finding) => !ignoredIds.has(finding.id.toUpperCase()));
  return { passed: failing.length === 0, failing, ignored, expired };
}

type Page = Pick<DescribeImageScanFindingsCommandOutput, 'imageScanFindings'>;

/** Basic findings (name + attributes) and enhanced findings (Inspector) in one shape. */
export function normalizeFindings(page: Page): Finding[] {
  const result: Finding[] = [];
  for (const basic of page.imageScanFindings?.findings ?? []) {
    const attribute = (key: string): string => basic.attributes?.find((a) => a.key === key)?.value ?? '';
    result.push({
      id: basic.name ?? 'unnamed finding',
      severity: parseSeverity(basic.severity ?? '') ?? 'UNDEFINED',
      package: attribute('package_name'),
      installed: attribute('package_version'),
      fixed: attribute('fixed_version') || attribute('fixed_in_version'),
    });
  }
  for (const enhanced of page.imageScanFindings?.enhancedFindings ?? []) {
    const details = enhanced.packageVulnerabilityDetails;
    const vulnerable = details?.vulnerablePackages?.[0];
    result.push({
      id: details?.vulnerabilityId ?? enhanced.title ?? enhanced.findingArn ?? 'unnamed finding',
      severity: parseSeverity(enhanced.severity ?? '') ?? 'UNDEFINED',
      package: vulnerable?.name ?? '',
      installed: vulnerable?.version ?? '',
      fixed: vulnerable?.fixedInVersion ?? '',
    });
  }
  return result.sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.id.localeCompare(b.id),
  );
}

export function countBySeverity(
  findings: readonly Finding[],
  reported?: Record<string, number>,
): Partial<Record<Severity, number>> {
  const counts: Partial<Record<Severity, number>> = {};
  if (reported && Object.keys(reported).length) {
    for (const [key, value] of Object.entries(reported)) {
      const severity = parseSeverity(key);
      if (severity) counts[severity] = value;
    }
    return counts;
  }
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] ?? 0) + 1;
  return counts;
}

const DONE = ['COMPLETE', 'ACTIVE'];
const PENDING = ['IN_PROGRESS', 'PENDING'];

export interface ScanWaitOptions extends Timing {
  repository: string;
  digest: string;
  timeoutMs: number;
  /** When the repository scans on push, the scan starts by itself; else we start it. */
  scanOnPush: boolean;
  signal?: AbortSignal;
  onProgress?: (line: string) => void;
}

/** Checks without a scan on push before we start one ourselves (ECR may register the scan late). */
const SCAN_ON_PUSH_GRACE_CHECKS = 3;

export async function waitForScan(ecr: ECRClient, options: ScanWaitOptions): Promise<ScanOutcome> {
  const imageId = { imageDigest: options.digest };
  let started = false;
  let notFoundChecks = 0;
  const outcome = await pollUntil<ScanOutcome>({
    timeoutMs: options.timeoutMs,
    initialDelayMs: 2000,
    maxDelayMs: 10_000,
    ...pollHooks(options),
    onProgress: (line) => options.onProgress?.(line),
    check: async () => {
      let first: DescribeImageScanFindingsCommandOutput;
      try {
        first = await ecr.send(
          new DescribeImageScanFindingsCommand({ repositoryName: options.repository, imageId }),
        );
      } catch (error) {
        if (errorCode(error) !== 'ScanNotFoundException') throw error;
        notFoundChecks += 1;
        if (started || (options.scanOnPush && notFoundChecks <= SCAN_ON_PUSH_GRACE_CHECKS))
          return { status: 'pending', state: 'scan not started yet' };
        started = true;
        const reason = await startScan(ecr, options.repository, imageId);
        if (reason) return { status: 'failed', reason };
        return { status: 'pending', state: 'scan started' };
      }
      const status = first.imageScanStatus?.status ?? 'UNKNOWN';
      const description = first.imageScanStatus?.description;
      if (PENDING.includes(status)) return { status: 'pending', state: `scan ${status}` };
      if (!DONE.includes(status))
        return {
          status: 'failed',
          reason: `the scan ended with status ${status}${description ? `: ${description}` : ''}`,
        };
      const findings = normalizeFindings(first);
      let token = first.nextToken;
      while (token) {
        const page = await ecr.send(
          new DescribeImageScanFindingsCommand({
            repositoryName: options.repository,
            imageId,
            nextToken: token,
          }),
        );
        findings.push(...normalizeFindings(page));
        token = page.nextToken;
      }
      findings.sort(
        (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.id.localeCompare(b.id),
      );
      const counts = countBySeverity(findings, first.imageScanFindings?.findingSeverityCounts);
      return { status: 'done', state: `scan ${status}`, value: { status: 'complete', findings, counts } };
    },
  });
  switch (outcome.outcome) {
    case 'done':
      return outcome.value;
    case 'failed':
      return { status: 'unavailable', reason: outcome.reason };
    case 'timeout':
      return {
        status: 'unavailable',
        reason: `the scan did not complete within scan-timeout (last state: ${outcome.state})`,
      };
    case 'cancelled':
      return { status: 'unavailable', reason: `cancelled while waiting for the scan (${outcome.reason})` };
  }
}

/** Starts a basic scan; returns why it cannot be started, if it cannot. */
async function startScan(
  ecr: ECRClient,
  repository: string,
  imageId: { imageDigest: string },
): Promise<string | undefined> {
  try {
    await ecr.send(new StartImageScanCommand({ repositoryName: repository, imageId }));
    return undefined;
  } catch (error) {
    const code = errorCode(error);
    // Basic scanning allows one scan a day per image: an earlier run of this digest already started it.
    if (code === 'LimitExceededException') return undefined;
    if (code === 'UnsupportedImageTypeException' || code === 'ValidationException')
      return `ECR cannot scan this image (${code}: ${(error as Error).message})`;
    throw error;
  }
}

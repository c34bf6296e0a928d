import { beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeImageScanFindingsCommand, ECRClient, StartImageScanCommand } from '@aws-sdk/client-ecr';
import {
  decideGate,
  normalizeFindings,
  waitForScan,
  type Finding,
} from '../../../../actions/build-push-ecr/src/scan.js';
import { Summary } from '../../../../shared/action/summary.js';
import { report } from '../../../../actions/build-push-ecr/src/report.js';
import { gateRefusal } from '../../../../actions/build-push-ecr/src/main.js';
import { fakeTime } from '../../../support/fake-time.js';

const ecrMock = mockClient(ECRClient);
const DIGEST = `sha256:${'a'.repeat(64)}`;

const finding = (id: string, severity: Finding['severity']): Finding => ({
  id,
  severity,
  package: 'pkg',
  installed: '1',
  fixed: '2',
});

describe('decideGate', () => {
  const findings = [finding('CVE-1', 'CRITICAL'), finding('CVE-2', 'HIGH'), finding('CVE-3', 'LOW')];
  const today = new Date('2026-03-10T12:00:00Z');
  it('is a threshold: HIGH fails on a CRITICAL finding as well as a HIGH one', () => {
    const decision = decideGate([finding('CVE-1', 'CRITICAL')], 'HIGH', [], today);
    expect(decision.passed).toBe(false);
    expect(decision.failing.map((f) => f.id)).toEqual(['CVE-1']);
    expect(decideGate(findings, 'HIGH', [], today).failing.map((f) => f.id)).toEqual(['CVE-1', 'CVE-2']);
    expect(decideGate(findings, 'LOW', [], today).failing).toHaveLength(3);
  });
  it('findings below the threshold never fail, and ignored IDs (any case) are set apart', () => {
    const decision = decideGate(findings, 'HIGH', [{ id: 'cve-2' }], today);
    expect(decision.failing.map((f) => f.id)).toEqual(['CVE-1']);
    expect(decision.ignored.map((f) => f.id)).toEqual(['CVE-2']);
    expect(decideGate(findings, 'CRITICAL', [{ id: 'CVE-1' }], today).passed).toBe(true);
    expect(decideGate([finding('CVE-3', 'LOW')], 'MEDIUM', [], today).passed).toBe(true);
  });
  it('without a threshold it reports only: nothing fails', () => {
    expect(decideGate(findings, undefined, [], today)).toEqual({
      passed: true,
      failing: [],
      ignored: [],
      expired: [],
    });
  });
  it('an ignore entry applies through its date (UTC) and stops applying the day after', () => {
    const entry = { id: 'CVE-1', until: '2026-03-10' };
    expect(decideGate(findings, 'CRITICAL', [entry], today)).toMatchObject({ passed: true, expired: [] });
    const later = decideGate(findings, 'CRITICAL', [entry], new Date('2026-03-11T00:00:00Z'));
    expect(later.passed).toBe(false);
    expect(later.failing.map((f) => f.id)).toEqual(['CVE-1']);
    expect(later.expired).toEqual([entry]);
  });
});

describe('normalizeFindings', () => {
  it('reads basic and enhanced findings into one shape, most severe first', () => {
    const result = normalizeFindings({
      imageScanFindings: {
        findings: [
          {
            name: 'CVE-B',
            severity: 'MEDIUM',
            attributes: [
              { key: 'package_name', value: 'zlib' },
              { key: 'package_version', value: '1.2' },
            ],
          },
        ],
        enhancedFindings: [
          {
            severity: 'CRITICAL',
            packageVulnerabilityDetails: {
              vulnerabilityId: 'CVE-E',
              vulnerablePackages: [{ name: 'openssl', version: '3.0.1', fixedInVersion: '3.0.8' }],
            },
          },
        ],
      },
    });
    expect(result).toEqual([
      { id: 'CVE-E', severity: 'CRITICAL', package: 'openssl', installed: '3.0.1', fixed: '3.0.8' },
      { id: 'CVE-B', severity: 'MEDIUM', package: 'zlib', installed: '1.2', fixed: '' },
    ]);
  });
});

describe('waitForScan', () => {
  beforeEach(() => {
    ecrMock.reset();
  });
  const scanNotFound = Object.assign(new Error('no scan'), { name: 'ScanNotFoundException' });

  it('waits through IN_PROGRESS and reads every page of findings', async () => {
    ecrMock
      .on(DescribeImageScanFindingsCommand)
      .rejectsOnce(scanNotFound)
      .resolvesOnce({ imageScanStatus: { status: 'IN_PROGRESS' } })
      .resolvesOnce({
        imageScanStatus: { status: 'COMPLETE' },
        imageScanFindings: {
          findings: [{ name: 'CVE-1', severity: 'HIGH' }],
          findingSeverityCounts: { HIGH: 2 },
        },
        nextToken: 'page2',
      })
      .resolvesOnce({ imageScanFindings: { findings: [{ name: 'CVE-2', severity: 'HIGH' }] } });
    const outcome = await waitForScan(new ECRClient({ region: 'us-east-1' }), {
      repository: 'r',
      digest: DIGEST,
      timeoutMs: 60_000,
      scanOnPush: true,
      ...fakeTime(),
    });
    expect(outcome).toMatchObject({ status: 'complete', counts: { HIGH: 2 } });
    expect(outcome.status === 'complete' && outcome.findings.map((f) => f.id)).toEqual(['CVE-1', 'CVE-2']);
    expect(ecrMock.commandCalls(StartImageScanCommand)).toHaveLength(0);
  });

  it('starts a scan itself when the repository does not scan on push', async () => {
    ecrMock
      .on(DescribeImageScanFindingsCommand)
      .rejectsOnce(scanNotFound)
      .resolves({ imageScanStatus: { status: 'COMPLETE' }, imageScanFindings: {} });
    ecrMock.on(StartImageScanCommand).resolves({});
    const outcome = await waitForScan(new ECRClient({ region: 'us-east-1' }), {
      repository: 'r',
      digest: DIGEST,
      timeoutMs: 60_000,
      scanOnPush: false,
      ...fakeTime(),
    });
    expect(outcome).toMatchObject({ status: 'complete', findings: [] });
    expect(ecrMock.commandCalls(StartImageScanCommand)[0]?.args[0].input).toEqual({
      repositoryName: 'r',
      imageId: { imageDigest: DIGEST },
    });
  });

  it('reports a failed or unsupported scan as unavailable, never as a pass', async () => {
    ecrMock
      .on(DescribeImageScanFindingsCommand)
      .resolves({ imageScanStatus: { status: 'UNSUPPORTED_IMAGE', description: 'not a supported OS' } });
    const outcome = await waitForScan(new ECRClient({ region: 'us-east-1' }), {
      repository: 'r',
      digest: DIGEST,
      timeoutMs: 60_000,
      scanOnPush: true,
      ...fakeTime(),
    });
    expect(outcome).toEqual({
      status: 'unavailable',
      reason: 'the scan ended with status UNSUPPORTED_IMAGE: not a supported OS',
    });
  });

  it('gives up at scan-timeout with the last state', async () => {
    ecrMock.on(DescribeImageScanFindingsCommand).resolves({ imageScanStatus: { status: 'IN_PROGRESS' } });
    const outcome = await waitForScan(new ECRClient({ region: 'us-east-1' }), {
      repository: 'r',
      digest: DIGEST,
      timeoutMs: 30_000,
      scanOnPush: true,
      ...fakeTime(),
    });
    expect(outcome).toEqual({
      status: 'unavailable',
      reason: 'the scan did not complete within scan-timeout (last state: scan IN_PROGRESS)',
    });
  });
});

describe('report', () => {
  it('shows the repository, tags, digest, cache use, the gate verdict and a findings table', () => {
    const summary = new Summary();
    const failing = finding('CVE-1', 'CRITICAL');
    report(summary, {
      repository: 'team/api',
      tags: ['abc', 'latest'],
      push: true,
      threshold: 'CRITICAL',
      builder: 'docker',
      repositoryUri: 'reg/team/api',
      repositoryState: {
        uri: 'x',
        registryId: '1',
        created: false,
        mutability: 'MUTABLE',
        scanOnPush: false,
        exclusionFilters: [],
        differences: ['scan-on-push is false, the input asks for true'],
      },
      digest: DIGEST,
      sizeBytes: 3 * 1024 * 1024,
      layersPushed: 0,
      layersReused: 2,
      scan: { status: 'complete', findings: [failing], counts: { CRITICAL: 1 } },
      gate: {
        passed: false,
        failing: [failing],
        ignored: [],
        expired: [{ id: 'CVE-9', until: '2026-01-01' }],
      },
      withheldTags: ['latest'],
    });
    const text = summary.toMarkdown();
    expect(text).toContain('existing (MUTABLE, left unchanged)');
    expect(text).toContain(`\`${DIGEST}\``);
    expect(text).toContain('3.0 MiB');
    expect(text).toContain('0 layer(s) uploaded, 2 already in the registry');
    expect(text).toContain('❌ failed: 1 finding(s) at CRITICAL or above — CRITICAL 1');
    expect(text).toContain('**withheld** (the gate refused the image): `latest`');
    expect(text).toContain('- CVE-9 (until 2026-01-01)');
    expect(text).toContain('- scan-on-push is false, the input asks for true');
    expect(text).toMatch(/`CVE-1` \| CRITICAL \| `pkg` \| `1` \| `2` \| ❌ fails the gate/);
  });
});

describe('gateRefusal', () => {
  const unavailable = {
    status: 'unavailable',
    reason: 'the scan did not complete within scan-timeout',
  } as const;
  it('a scan that cannot complete fails a gate with a threshold unless on-scan-unavailable is warn', () => {
    expect(gateRefusal(unavailable, undefined, 'HIGH', 'fail')).toMatch(
      /^The scan gate could not check the image: the scan did not complete within scan-timeout\. Set on-scan-unavailable: warn/,
    );
    expect(gateRefusal(unavailable, undefined, 'HIGH', 'warn')).toBeUndefined();
  });
  it('report-only mode never refuses the image', () => {
    expect(gateRefusal(unavailable, undefined, undefined, 'fail')).toBeUndefined();
  });
  it('names the failing findings and the threshold', () => {
    const failing = [finding('CVE-1', 'CRITICAL')];
    expect(
      gateRefusal(
        { status: 'complete', findings: failing, counts: { CRITICAL: 1 } },
        { passed: false, failing, ignored: [], expired: [] },
        'HIGH',
        'fail',
      ),
    ).toBe(
      'The scan gate failed: 1 finding(s) at HIGH or above not in ignore-vulnerabilities: CVE-1 (CRITICAL).',
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { Summary } from '../../../../shared/action/summary.js';
import type { CheckReport, SmokeReport } from '../../../../shared/http/smoke.js';
import { chartLabels, latencyChart, renderSmokeSummary } from '../../../../shared/http/summary.js';
import { latencyStats } from '../../../../shared/http/stats.js';

function check(name: string, samplesMs: number[], more: Partial<CheckReport> = {}): CheckReport {
  return {
    name,
    url: 'https://example.com/',
    method: 'GET',
    passed: true,
    outcome: 'passed',
    attempts: samplesMs.length,
    lastStatus: 200,
    failureReason: null,
    elapsedMs: 100,
    latencyMs: latencyStats(samplesMs),
    samplesMs,
    certificate: null,
    ...more,
  };
}

function report(checks: CheckReport[]): SmokeReport {
  return { passed: checks.every((c) => c.passed), elapsedMs: 1500, checks };
}

describe('renderSmokeSummary', () => {
  it('tables every check and explains failures', () => {
    const markdown = renderSmokeSummary(
      new Summary(),
      report([
        check('live', [12, 14], {
          certificate: { subject: 'CN=a', issuer: 'CN=b', validFrom: '', validTo: '', daysLeft: 61 },
        }),
        check('api | v1', [250], {
          passed: false,
          outcome: 'timeout',
          attempts: 7,
          lastStatus: 503,
          failureReason: 'expect-status 2xx: got 503 (body "<b>down</b>")',
        }),
        check('down', [], {
          passed: false,
          outcome: 'failed',
          attempts: 1,
          lastStatus: null,
          failureReason: 'connection refused',
        }),
      ]),
    ).toMarkdown();
    expect(markdown).toContain('❌ 2 of 3 checks failed after 1.5s.');
    expect(markdown).toContain('| live | ✅ passed | 2 | 200 | 12ms / 14ms | 61 |');
    expect(markdown).toContain('| api \\| v1 | ❌ timed out | 7 | 503 | 250ms / 250ms | – |');
    expect(markdown).toContain('| down | ❌ failed | 1 | – | – | – |');
    expect(markdown).toContain('- `api \\| v1`: expect-status 2xx: got 503 (body "&lt;b&gt;down&lt;/b&gt;")');
  });

  it('leaves the reasons to the caller that tells them itself', () => {
    const failing = report([
      check('down', [], { passed: false, outcome: 'failed', failureReason: 'connection refused' }),
    ]);
    expect(renderSmokeSummary(new Summary(), failing).toMarkdown()).toContain('connection refused');
    expect(
      renderSmokeSummary(new Summary(), failing, 'Smoke test', { reasons: false }).toMarkdown(),
    ).not.toContain('connection refused');
  });

  it('says when all passed', () => {
    expect(renderSmokeSummary(new Summary(), report([check('a', [1])])).toMarkdown()).toContain(
      '✅ All 1 check passed in 1.5s.',
    );
  });
});

describe('latencyChart', () => {
  it('is absent when it would add nothing to the table', () => {
    expect(latencyChart(report([check('a', [5])]))).toBeUndefined();
    expect(latencyChart(report([check('a', [5, 7])]))).toBeUndefined();
    expect(latencyChart(report([check('a', []), check('b', [])]))).toBeUndefined();
    expect(latencyChart(report([check('a', [5, 9, 12]), check('b', [7])]))).toBeUndefined();
  });

  it('plots each attempt of a single check', () => {
    expect(latencyChart(report([check('ready', [10.4, 20.6, 15])]))).toBe(
      [
        'xychart-beta',
        '  title "Latency per attempt: ready"',
        '  x-axis "attempt" [1, 2, 3]',
        '  y-axis "latency (ms)" 0 --> 24',
        '  line [10, 21, 15]',
      ].join('\n'),
    );
  });

  it('plots median and p95 per check, with safe labels', () => {
    expect(
      latencyChart(
        report([check('say "hi"', [10, 30]), check('b', [100]), check('c', [50]), check('none', [])]),
      ),
    ).toBe(
      [
        'xychart-beta',
        '  title "Latency per check: median (bars) and p95 (line), ms"',
        '  x-axis ["say hi", "b", "c"]',
        '  y-axis "latency (ms)" 0 --> 110',
        '  bar [10, 100, 50]',
        '  line [30, 100, 50]',
      ].join('\n'),
    );
  });

  it('labels three checks on one host by their paths: three bars', () => {
    const host = 'https://orders-api.internal.example.com';
    const chart = latencyChart(
      report([
        check(`GET ${host}/health`, [10]),
        check(`GET ${host}/v1/orders?limit=1`, [40]),
        check(`GET ${host}/v1/orders/recent/summary/by-region`, [90]),
      ]),
    );
    expect(chart).toContain('  x-axis ["/health", "/v1/orders?limit=1", "/v1/orde…mmary/by-region"]');
    expect(chart).toContain('  bar [10, 40, 90]');
  });
});

describe('chartLabels', () => {
  it('keeps the method when the checks differ by it, and numbers labels that still collide', () => {
    expect(
      chartLabels(['GET https://a.example/x', 'POST https://a.example/x', 'GET https://a.example/y']),
    ).toEqual(['GET /x', 'POST /x', 'GET /y']);
    const long = 'a check with a long name that ends the same';
    expect(chartLabels([`${long} 1`, `${long} 1`.replace('check', 'probe')])).toEqual([
      'a check…ends the same 1',
      'a probe…ends the same 1',
    ]);
    expect(chartLabels(['x'.repeat(30) + 'A', 'x'.repeat(30) + 'A'])).toEqual([
      expect.stringMatching(/ #1$/),
      expect.stringMatching(/ #2$/),
    ]);
    expect(new Set(chartLabels(['GET https://h/a', 'GET https://h/b', 'GET https://other/a'])).size).toBe(3);
  });
});

describe('latencyStats', () => {
  it('uses nearest-rank percentiles', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(latencyStats(samples)).toEqual({ count: 20, min: 1, median: 10, p95: 19, max: 20 });
    expect(latencyStats([])).toBeNull();
  });
});

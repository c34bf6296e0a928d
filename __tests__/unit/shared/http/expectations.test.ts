import { describe, expect, it } from '@jest/globals';
import { bodyExcerpt, unmetExpectations, type Expectations } from '../../../../shared/http/expectations.js';
import type { ProbeResponse } from '../../../../shared/http/probe.js';
import { parseStatusSpec, type StatusSpec } from '../../../../shared/http/status-spec.js';
import { compileRegex, loadRegexEngine } from '../../../../shared/http/regex.js';

await loadRegexEngine();

const TWO_XX = parseStatusSpec('2xx') as StatusSpec;

function response(overrides: Partial<ProbeResponse> = {}): ProbeResponse {
  return {
    kind: 'response',
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: '{"status":"ok","data":{"items":[{"status":"active"}]}}',
    bodyTruncated: false,
    latencyMs: 120,
    finalUrl: 'https://example.com/health',
    redirects: 0,
    ...overrides,
  };
}

const expect200 = (more: Partial<Expectations> = {}): Expectations => ({ expectStatus: TWO_XX, ...more });

describe('unmetExpectations', () => {
  it('is empty when everything holds', () => {
    expect(
      unmetExpectations(
        expect200({
          expectBody: '"ok"',
          expectBodyRegex: compileRegex('items'),
          expectJson: { status: 'ok', 'data.items.0.status': 'active' },
          expectHeader: { 'Content-Type': 'JSON' },
          maxLatencyMs: 500,
        }),
        response(),
        { minCertDays: 14 },
      ),
    ).toEqual([]);
  });

  it('says what was expected and what was seen, for each expectation', () => {
    const failures = unmetExpectations(
      expect200({
        expectBody: 'healthy',
        expectBodyRegex: compileRegex('^OK$'),
        expectJson: { status: 'ok', 'data.items.1.status': 'active' },
        expectHeader: { 'X-Release': 'v2', 'content-type': 'text/html' },
        maxLatencyMs: 100,
      }),
      response({
        status: 503,
        body: '{"status":"down","data":{"items":[{"status":"active"}]}}',
        latencyMs: 1500,
      }),
    );
    expect(failures).toEqual([
      'expect-status 2xx: got 503 (body "{"status":"down","data":{"items":[{"status":"active"}]}}")',
      'expect-body "healthy": not found in the body "{"status":"down","data":{"items":[{"status":"active"}]}}"',
      'expect-body-regex /^OK$/: no match in the body "{"status":"down","data":{"items":[{"status":"active"}]}}"',
      'expect-json status = "ok": found "down"',
      'expect-json data.items.1.status = "active": no value at data.items.1 (found an array of 1 item)',
      'expect-header X-Release: the response has no X-Release header',
      'expect-header content-type containing "text/html": found "application/json; charset=utf-8"',
      'max-latency 100ms: took 1.5s',
    ]);
  });

  it('says when the body is not JSON', () => {
    expect(
      unmetExpectations(expect200({ expectJson: { status: 'ok' } }), response({ body: '<html>down</html>' })),
    ).toEqual(['expect-json: the body is not JSON (body "<html>down</html>")']);
  });

  it('fails a certificate expiring sooner than min-cert-days, with its dates', () => {
    const certificate = {
      subject: 'CN=example.com',
      issuer: 'CN=R3',
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: '2026-12-01T00:00:00.000Z',
      daysLeft: 5,
    };
    expect(unmetExpectations(expect200(), response({ certificate }), { minCertDays: 14 })).toEqual([
      'min-cert-days 14: the certificate expires in 5 days, on 2026-12-01T00:00:00.000Z (valid from 2026-01-01 to 2026-12-01)',
    ]);
    expect(unmetExpectations(expect200(), response({ certificate }), { minCertDays: 5 })).toEqual([]);
    expect(unmetExpectations(expect200(), response({ certificate }), {})).toEqual([]);
  });
});

describe('bodyExcerpt', () => {
  it('collapses whitespace and cuts long bodies', () => {
    expect(bodyExcerpt('  a\n\n b  ')).toBe('body "a b"');
    expect(bodyExcerpt('')).toBe('empty body');
    expect(bodyExcerpt('x'.repeat(200))).toBe(`body "${'x'.repeat(120)}…"`);
  });
});

import { describe, expect, it } from '@jest/globals';
import { InputError } from '../../../../shared/action/errors.js';
import {
  buildChecks,
  CHECK_KEYS,
  mergeHeaders,
  parseCheckEntries,
  urlProblem,
} from '../../../../shared/http/checks.js';
import { parseStatusSpec, type StatusSpec } from '../../../../shared/http/status-spec.js';
import { loadRegexEngine } from '../../../../shared/http/regex.js';

await loadRegexEngine();

const TWO_XX = parseStatusSpec('2xx') as StatusSpec;
const DEFAULTS = { method: 'GET', headers: { 'User-Agent': 'smoke' }, expectStatus: TWO_XX };

function errorOf(document: unknown): InputError {
  try {
    parseCheckEntries(document);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('parseCheckEntries', () => {
  it('reads every key of a check', () => {
    const [entry] = parseCheckEntries([
      {
        name: 'api',
        url: ' https://api.example.com/api/v1/health ',
        method: 'post',
        headers: { Authorization: 'Bearer x', 'X-Version': 2 },
        body: { ping: true },
        'expect-status': '200,204',
        'expect-body': 'ok',
        'expect-body-regex': '^\\{',
        'expect-json': { 'data.items.0.status': 'active', count: 3 },
        'expect-header': { 'content-type': 'json' },
        'max-latency': '500ms',
      },
    ]);
    expect(entry).toEqual({
      name: 'api',
      url: 'https://api.example.com/api/v1/health',
      method: 'POST',
      headers: { Authorization: 'Bearer x', 'X-Version': '2', 'Content-Type': 'application/json' },
      body: '{"ping":true}',
      expectStatus: {
        text: '200,204',
        ranges: [
          [200, 200],
          [204, 204],
        ],
      },
      expectBody: 'ok',
      expectBodyRegex: expect.objectContaining({ source: '^\\{' }),
      expectJson: { 'data.items.0.status': 'active', count: 3 },
      expectHeader: { 'content-type': 'json' },
      maxLatencyMs: 500,
    });
  });

  it('takes nothing for an empty document', () => {
    expect(parseCheckEntries(undefined)).toEqual([]);
    expect(parseCheckEntries(null)).toEqual([]);
  });

  it('names an unknown key and the accepted keys', () => {
    const error = errorOf([{ url: 'http://a' }, { url: 'http://b', expect_status: 200 }]);
    expect(error.input).toBe('checks');
    expect(error.value).toBe('expect_status');
    expect(error.message).toBe(
      `Input 'checks' has an invalid value "expect_status" (unknown key in check 2): expected one of the check keys ${CHECK_KEYS.join(', ')}.`,
    );
  });

  it.each([
    [{ url: 'http://a' }, /a YAML list of checks/],
    [['http://a'], /"http:\/\/a" \(check 1 is not a mapping\)/],
    [
      [{ name: 'x' }],
      /required: an http:\/\/ or https:\/\/ URL with a host in every check \(check 1 has none\)/,
    ],
    [[{ url: 'ftp://a/b' }], /"ftp:\/\/a\/b" \(check 1, key url: the scheme ftp: is not http or https\)/],
    [[{ url: 'not a url' }], /\(check 1, key url: not a URL\)/],
    [
      [{ url: 'http://a', 'expect-status': '2xx,abc' }],
      /"2xx,abc" \(check 1, key expect-status: "abc" is not a status code/,
    ],
    [[{ url: 'http://a', 'max-latency': '-1s' }], /"-1s" \(check 1, key max-latency\)/],
    [
      [{ url: 'http://a', 'expect-body-regex': '(' }],
      /check 1, key expect-body-regex: Invalid regular expression/,
    ],
    [[{ url: 'http://a', method: 'GET /' }], /"GET \/" \(check 1, key method\)/],
    [[{ url: 'http://a', headers: ['a'] }], /"a list" \(check 1, key headers\)/],
    [[{ url: 'http://a', headers: { 'Bad Name': 'x' } }], /"Bad Name" is not a valid header name/],
    [
      [{ url: 'http://a', 'expect-json': { 'a..b': 1 } }],
      /"a..b" \(check 1, key expect-json\): expected dotted paths/,
    ],
    [[{ url: 'https://user:pw@a/', 'bad-key': 1 }], /"bad-key"/],
  ])('refuses %j', (document, message) => {
    expect(errorOf(document).message).toMatch(message);
  });

  it('never quotes a URL password', () => {
    expect(errorOf([{ url: 'ftp://user:hunter22@a/' }]).message).not.toContain('hunter22');
  });
});

describe('buildChecks', () => {
  it('applies the defaults, names a check METHOD url, and lets a check override', () => {
    const checks = buildChecks(
      ['https://example.com/'],
      parseCheckEntries([
        {
          url: 'https://example.com/health',
          method: 'HEAD',
          headers: { 'user-agent': 'mine' },
          'expect-status': '204',
        },
        { name: 'docs', url: 'https://example.com/docs' },
      ]),
      { ...DEFAULTS, maxLatencyMs: 2000 },
    );
    expect(
      checks.map((check) => [
        check.name,
        check.method,
        check.headers,
        check.expectStatus.text,
        check.maxLatencyMs,
      ]),
    ).toEqual([
      ['GET https://example.com/', 'GET', { 'User-Agent': 'smoke' }, '2xx', 2000],
      ['HEAD https://example.com/health', 'HEAD', { 'user-agent': 'mine' }, '204', 2000],
      ['docs', 'GET', { 'User-Agent': 'smoke' }, '2xx', 2000],
    ]);
  });

  it('hides a URL password in the default name', () => {
    const [check] = buildChecks(['https://ops:s3cret@example.com/'], [], DEFAULTS);
    expect(check?.name).toBe('GET https://ops:***@example.com/');
    expect(check?.url).toBe('https://ops:s3cret@example.com/');
  });

  it('refuses two checks with the same name', () => {
    expect(() => buildChecks(['https://a/', 'https://a/'], [], DEFAULTS)).toThrow(
      /"GET https:\/\/a\/" \(two checks have this name\): expected checks with distinct names/,
    );
  });
});

describe('helpers', () => {
  it('mergeHeaders is case-insensitive and later maps win', () => {
    expect(mergeHeaders({ Accept: 'a', 'X-A': '1' }, { accept: 'b' }, undefined)).toEqual({
      accept: 'b',
      'X-A': '1',
    });
  });

  it('urlProblem accepts http and https only', () => {
    expect(urlProblem('http://127.0.0.1:8080/x')).toBeUndefined();
    expect(urlProblem('https://example.com')).toBeUndefined();
    expect(urlProblem('file:///etc/passwd')).toBe('the scheme file: is not http or https');
    expect(urlProblem('example.com')).toBe('not a URL');
  });
});

// expect-body-regex runs on RE2 (re2-wasm): linear time whatever the pattern, so a pattern that
// backtracks catastrophically in JavaScript's engine answers at once.
import { describe, expect, it } from '@jest/globals';
import { compileRegex, loadRegexEngine } from '../../../../shared/http/regex.js';
import { parseCheckEntries } from '../../../../shared/http/checks.js';
import { InputError } from '../../../../shared/action/errors.js';

await loadRegexEngine();

describe('compileRegex', () => {
  it('answers ^(a+)+$ on a long body promptly (JavaScript would backtrack for hours)', () => {
    const pattern = compileRegex('^(a+)+$');
    const body = `${'a'.repeat(200_000)}!`;
    const started = performance.now();
    expect(pattern.test(body)).toBe(false);
    expect(pattern.test('aaaa')).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes a plain pattern or /pattern/flags (i, m, s; g and y ignored)', () => {
    expect(compileRegex('a.c').test('abc')).toBe(true);
    expect(compileRegex('/ok|ready/gi').test('READY')).toBe(true);
    expect(compileRegex('/a/b/').source).toBe('a/b');
    expect(compileRegex('/^b$/m').test('a\nb')).toBe(true);
    expect(() => compileRegex('/a/x')).toThrow('unsupported flag x');
  });

  it('refuses what RE2 cannot run in linear time (backreferences, lookaround), naming the input', () => {
    for (const pattern of ['(a)\\1', '(?=a)b']) {
      let error: unknown;
      try {
        parseCheckEntries([{ url: 'https://a.example.com', 'expect-body-regex': pattern }]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(
        /^Input 'checks' has an invalid value .*RE2 regular expression/,
      );
    }
  });
});

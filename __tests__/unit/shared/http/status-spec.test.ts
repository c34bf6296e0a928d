import { describe, expect, it } from '@jest/globals';
import { matchesStatus, parseStatusSpec, type StatusSpec } from '../../../../shared/http/status-spec.js';

function spec(text: string): StatusSpec {
  const parsed = parseStatusSpec(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('parseStatusSpec', () => {
  it.each([
    ['200', [[200, 200]], '200'],
    ['200-299', [[200, 299]], '200-299'],
    ['2xx', [[200, 299]], '2xx'],
    ['2XX', [[200, 299]], '2xx'],
    [
      ' 200, 204 ,3xx',
      [
        [200, 200],
        [204, 204],
        [300, 399],
      ],
      '200,204,3xx',
    ],
    ['301 - 308', [[301, 308]], '301-308'],
  ])('%s', (text, ranges, normalised) => {
    expect(spec(text)).toEqual({ text: normalised, ranges });
  });

  it.each([
    ['', 'the spec is empty'],
    ['200,', 'an item of the list is empty'],
    ['600', '"600" is not a status code, range or class'],
    ['99', '"99" is not a status code, range or class'],
    ['ok', '"ok" is not a status code, range or class'],
    ['6xx', '"6xx" is not a status code, range or class'],
    ['299-200', 'the range 299-200 runs backwards'],
    ['2x', '"2x" is not a status code, range or class'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseStatusSpec(text)).toBe(reason);
  });
});

describe('matchesStatus', () => {
  it('matches codes, ranges and classes of a list', () => {
    const list = spec('200,204,301-302,4xx');
    expect([200, 204, 301, 302, 404, 499].every((code) => matchesStatus(list, code))).toBe(true);
    expect([201, 300, 303, 500, 199].some((code) => matchesStatus(list, code))).toBe(false);
  });
});

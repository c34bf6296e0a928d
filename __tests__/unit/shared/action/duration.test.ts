import { describe, expect, it } from '@jest/globals';
import { formatDuration, parseDuration } from '../../../../shared/action/duration.js';

describe('formatDuration', () => {
  it.each([
    [0, '0ms'],
    [999.4, '999ms'],
    [999.6, '1.0s'],
    [4_240, '4.2s'],
    [9_960, '10s'],
    [42_000, '42s'],
    [59_600, '1m'],
    [299_600, '5m'],
    [299_400, '4m59s'],
    [300_000, '5m'],
    [3_599_700, '1h'],
    [3_900_000, '1h5m'],
    [7_170_000, '2h'],
  ])('%p ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('reads back what it writes', () => {
    for (const ms of [1_000, 42_000, 299_000, 300_000, 3_900_000])
      expect(parseDuration(formatDuration(ms))).toBe(ms);
  });
});

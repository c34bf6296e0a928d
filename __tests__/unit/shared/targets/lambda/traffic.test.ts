import { describe, expect, it } from '@jest/globals';
import {
  parseTrafficSchedule,
  trafficProblem,
  weightOf,
} from '../../../../../shared/targets/lambda/traffic.js';

describe('traffic schedule', () => {
  it('parses steps of percent and duration', () => {
    expect(parseTrafficSchedule('10%:5m,50%:5m')).toEqual([
      { percent: 10, holdMs: 300_000 },
      { percent: 50, holdMs: 300_000 },
    ]);
    expect(parseTrafficSchedule(' 5%:90s\n 25% : 1m30s ')).toEqual([
      { percent: 5, holdMs: 90_000 },
      { percent: 25, holdMs: 90_000 },
    ]);
    expect(parseTrafficSchedule('2.5%:30')).toEqual([{ percent: 2.5, holdMs: 30_000 }]);
  });

  it.each([
    ['', 'no step given'],
    ['10%', 'is not PERCENT%:DURATION'],
    ['10:5m', 'is not PERCENT%:DURATION'],
    ['0%:5m', 'from 1 to 99'],
    ['100%:5m', 'from 1 to 99'],
    ['10%:soon', 'duration must be positive'],
    ['10%:0s', 'duration must be positive'],
    ['50%:5m,10%:5m', 'must rise'],
    ['10%:5m,10%:5m', 'must rise'],
  ])('refuses %j (%s)', (text, reason) => {
    expect(trafficProblem(text)).toContain(reason);
    expect(() => parseTrafficSchedule(text)).toThrow(reason);
  });

  it('turns percentages into Lambda weights', () => {
    expect(weightOf(10)).toBe(0.1);
    expect(weightOf(2.5)).toBe(0.025);
    expect(weightOf(33.333)).toBe(0.33333);
  });
});

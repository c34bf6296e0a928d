// The gradual traffic schedule of an alias: `10%:5m,50%:5m` means 10 % of requests to the new
// version for 5 minutes, then 50 % for 5 minutes, then 100 %.
import { parseDuration } from '../../action/duration.js';

export interface TrafficStep {
  /** Share of requests sent to the new version during this step, 1–99. */
  percent: number;
  /** How long the step holds while the alarms are watched, in ms. */
  holdMs: number;
}

export const TRAFFIC_ACCEPTED =
  'steps PERCENT%:DURATION separated by commas, percentages rising from 1 to 99, such as 10%:5m,50%:5m (100% follows the last step)';

const STEP = /^(\d+(?:\.\d+)?)%:(.+)$/;

/** The reason a schedule is refused, or undefined when it is valid. */
export function trafficProblem(text: string): string | undefined {
  const parsed = parse(text);
  return 'problem' in parsed ? parsed.problem : undefined;
}

/** Parses a schedule; throws with the reason on a bad one (check with trafficProblem first). */
export function parseTrafficSchedule(text: string): TrafficStep[] {
  const parsed = parse(text);
  if ('problem' in parsed)
    throw new Error(`Bad traffic schedule ${JSON.stringify(text)}: ${parsed.problem}.`);
  return parsed.steps;
}

function parse(text: string): { steps: TrafficStep[] } | { problem: string } {
  const parts = text
    .split(/[,\r\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) return { problem: 'no step given' };
  const steps: TrafficStep[] = [];
  for (const part of parts) {
    const match = STEP.exec(part.replace(/\s+/g, ''));
    if (!match) return { problem: `step "${part}" is not PERCENT%:DURATION` };
    const percent = Number(match[1]);
    const holdMs = parseDuration(match[2] ?? '');
    if (!(percent >= 1 && percent <= 99))
      return { problem: `step "${part}": the percentage must be from 1 to 99` };
    if (holdMs === undefined || holdMs <= 0)
      return { problem: `step "${part}": the duration must be positive, such as 90s or 5m` };
    const last = steps[steps.length - 1];
    if (last && percent <= last.percent)
      return { problem: `step "${part}": percentages must rise from step to step` };
    steps.push({ percent, holdMs });
  }
  return { steps };
}

/** Lambda's weight for a percentage (0–1, at most 5 decimals as Lambda allows). */
export function weightOf(percent: number): number {
  return Math.round(percent * 1000) / 100_000;
}

// The inputs several actions declare under the same id with the same rule, each declared once
// here: the region, the waits and the alarm bake window. An action composes its spec from these
// and from the target fragments (shared/targets/<target>/inputs.ts); its action.yml may give its
// own default, never its own rule.
import { alarmProblem } from '../alarms/regions.js';
import { REGION_PATTERN } from '../aws/partitions.js';
import { InputError } from './errors.js';
import { input, MAX_POLL_INTERVAL_MS, MAX_WAIT_MS, type InputSpec } from './inputs.js';

export const regionInputs = {
  'aws-region': input.string({
    pattern: REGION_PATTERN,
    accepted: 'an AWS region such as us-east-1 or eu-west-3 (default: AWS_REGION)',
  }),
};

/**
 * How long to follow what the action changed, from 1s to `max` (6h, the longest a GitHub-hosted
 * job runs, unless the platform itself allows a longer wait); the default is the action's own.
 */
export function waitTimeoutInput(defaultValue: string, max = MAX_WAIT_MS): InputSpec<number> {
  return input.duration({ default: defaultValue, min: 1000, max });
}

/** The longest pause between two status checks, from 1s to 5m. */
export const pollInputs = {
  'max-poll-interval': input.duration({ default: '15s', min: 1000, max: MAX_POLL_INTERVAL_MS }),
};

/** CloudWatch alarms watched for `bake-time` (after a release, or before a rollback). */
export const bakeInputs = {
  alarms: input.list({ item: alarmProblem }),
  'bake-time': input.duration({ max: MAX_WAIT_MS }),
};

export interface BakeValues {
  alarms: string[];
  'bake-time': number | undefined;
}

/** The alarm watch, when there is one: `alarms` and `bake-time` come together or not at all. */
export function bakeWindow(values: BakeValues): { alarms: string[]; bakeTimeMs: number } | undefined {
  const bakeTimeMs = values['bake-time'];
  if (values.alarms.length && bakeTimeMs === undefined)
    throw new InputError(
      'bake-time',
      '',
      'a duration to watch the alarms for, e.g. 10m, when `alarms` is given',
    );
  if (bakeTimeMs !== undefined && !values.alarms.length)
    throw new InputError('alarms', '', 'CloudWatch alarm names to watch during `bake-time`');
  return bakeTimeMs === undefined ? undefined : { alarms: values.alarms, bakeTimeMs };
}

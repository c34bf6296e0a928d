// CloudWatch alarms in moto for the tests that watch alarms (bake windows, traffic shifting).
// moto never evaluates metrics: an alarm changes state only by SetAlarmState, which these helpers
// (and the tests, to make a release "go bad") call.
import {
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type CloudWatchClient,
} from '@aws-sdk/client-cloudwatch';

/** The metrics alarms here watch: an ALB's target 5xx count or a Lambda function's errors. */
const METRICS = {
  'alb-5xx': { Namespace: 'AWS/ApplicationELB', MetricName: 'HTTPCode_Target_5XX_Count' },
  'lambda-errors': { Namespace: 'AWS/Lambda', MetricName: 'Errors' },
} as const;

export type AlarmState = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

export async function setAlarmState(
  cloudwatch: CloudWatchClient,
  name: string,
  state: AlarmState,
  reason = `set ${state} by the test`,
): Promise<void> {
  await cloudwatch.send(
    new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: reason }),
  );
}

/** Creates alarm `name` (sum >= 1 over one minute of `metric`) and puts it in `state`. */
export async function createAlarm(
  cloudwatch: CloudWatchClient,
  name: string,
  options: { metric?: keyof typeof METRICS; state?: AlarmState; reason?: string } = {},
): Promise<string> {
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      ...METRICS[options.metric ?? 'alb-5xx'],
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  await setAlarmState(cloudwatch, name, options.state ?? 'OK', options.reason);
  return name;
}

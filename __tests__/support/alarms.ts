// A CloudWatch alarm in moto, as the bake-window tests use it: a 5xx-count alarm on an ALB metric,
// set to the given state (OK: quiet until a test sets it to ALARM).
import {
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type CloudWatchClient,
} from '@aws-sdk/client-cloudwatch';

export async function createAlarm(
  cloudwatch: CloudWatchClient,
  name: string,
  state: 'OK' | 'ALARM' = 'OK',
): Promise<string> {
  await cloudwatch.send(
    new PutMetricAlarmCommand({
      AlarmName: name,
      Namespace: 'AWS/ApplicationELB',
      MetricName: 'HTTPCode_Target_5XX_Count',
      Statistic: 'Sum',
      Period: 60,
      EvaluationPeriods: 1,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    }),
  );
  await cloudwatch.send(
    new SetAlarmStateCommand({ AlarmName: name, StateValue: state, StateReason: `set ${state} by the test` }),
  );
  return name;
}

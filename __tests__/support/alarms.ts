// A CloudWatch metric alarm in moto, in a given state (moto never evaluates metrics).
import {
  PutMetricAlarmCommand,
  SetAlarmStateCommand,
  type CloudWatchClient,
} from '@aws-sdk/client-cloudwatch';

export async function putAlarm(
  cloudwatch: CloudWatchClient,
  name: string,
  state?: { value: 'OK' | 'ALARM'; reason: string },
): Promise<void> {
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
  if (state)
    await cloudwatch.send(
      new SetAlarmStateCommand({ AlarmName: name, StateValue: state.value, StateReason: state.reason }),
    );
}

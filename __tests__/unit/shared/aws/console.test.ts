import { describe, expect, it } from '@jest/globals';
import { Summary } from '../../../../shared/action/summary.js';
import { consoleLink, consoleOrigin, reportConsoleLinks } from '../../../../shared/aws/console.js';
import type { DeploymentRecord } from '../../../../shared/record/record.js';

function record(fields: Pick<DeploymentRecord, 'target' | 'region' | 'resource'>): DeploymentRecord {
  return {
    schema: 'aws-deploy-actions/deployment@1',
    previous: null,
    current: { taskDefinitionArn: 'arn:aws:ecs:eu-west-3:1:task-definition/web:7', desiredCount: 1 },
    status: 'succeeded',
    startedAt: '2026-01-01T00:00:00Z',
    ...fields,
  } as DeploymentRecord;
}

describe('AWS console links', () => {
  it('uses the partition of the region', () => {
    expect(consoleOrigin('eu-west-3')).toBe('https://eu-west-3.console.aws.amazon.com');
    expect(consoleOrigin('cn-north-1')).toBe('https://console.amazonaws.cn');
    expect(consoleOrigin('us-gov-west-1')).toBe('https://console.amazonaws-us-gov.com');
  });

  it('opens an ECS service and its logs, from names or ARNs', () => {
    expect(
      consoleLink(
        record({
          target: 'ecs',
          region: 'eu-west-3',
          resource: { cluster: 'arn:aws:ecs:eu-west-3:1:cluster/prod', service: 'web' },
        }),
      ),
    ).toEqual({
      label: 'ECS service web',
      url: 'https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/health?region=eu-west-3',
      logsUrl:
        'https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/logs?region=eu-west-3',
    });
  });

  it('opens a Lambda function (alias) and its log group, a stack and its events, an EKS workload', () => {
    expect(
      consoleLink(
        record({ target: 'lambda', region: 'us-east-1', resource: { functionName: 'api', alias: 'live' } }),
      ),
    ).toEqual({
      label: 'Lambda function api (alias live)',
      url: 'https://us-east-1.console.aws.amazon.com/lambda/home?region=us-east-1#/functions/api/aliases/live',
      logsUrl:
        'https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/$252Faws$252Flambda$252Fapi',
    });
    expect(
      consoleLink(
        record({ target: 'cloudformation', region: 'cn-north-1', resource: { stackName: 'shop' } }),
      ),
    ).toEqual({
      label: 'CloudFormation stack shop',
      url: 'https://console.amazonaws.cn/cloudformation/home?region=cn-north-1#/stacks/stackinfo?stackId=shop',
      logsUrl:
        'https://console.amazonaws.cn/cloudformation/home?region=cn-north-1#/stacks/events?stackId=shop',
    });
    expect(
      consoleLink(
        record({
          target: 'eks',
          region: 'eu-west-1',
          resource: { cluster: 'prod', namespace: 'shop', deployment: 'web' },
        }),
      )?.url,
    ).toBe(
      'https://eu-west-1.console.aws.amazon.com/eks/home?region=eu-west-1#/clusters/prod/deployments/web?namespace=shop',
    );
  });

  it('renders one line per resource in the summary, none for an unknown region', () => {
    const summary = new Summary();
    const web = record({ target: 'ecs', region: 'eu-west-3', resource: { cluster: 'prod', service: 'web' } });
    reportConsoleLinks(summary, [web, web, record({ ...web, region: 'unknown' })]);
    expect(summary.toMarkdown()).toBe(
      'In the AWS console:\n\n- [ECS service web](https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/health?region=eu-west-3) · [logs](https://eu-west-3.console.aws.amazon.com/ecs/v2/clusters/prod/services/web/logs?region=eu-west-3)\n',
    );
    const empty = new Summary();
    reportConsoleLinks(empty, [record({ ...web, region: 'unknown' })]);
    // A deploy that changed nothing (refused before any change) links nothing.
    reportConsoleLinks(empty, [{ ...web, current: null, status: 'failed' }]);
    expect(empty.isEmpty()).toBe(true);
  });
});

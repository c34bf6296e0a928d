// Links to the AWS console for the resource a record is about, and to its logs, in the record's
// region and partition (aws, aws-cn, aws-us-gov), for the job summary.
import { escapeText, raw, type Summary } from '../action/summary.js';
import type { DeploymentRecord } from '../record/record.js';
import { REGION_PATTERN } from './partitions.js';

export interface ConsoleLink {
  /** What the link opens, in words: "ECS service web". */
  label: string;
  url: string;
  /** The resource's logs, where the console has a page for them. */
  logsUrl?: string;
}

/** The console's origin for a region: its own partition's host, per region where AWS has one. */
export function consoleOrigin(region: string): string {
  if (region.startsWith('cn-')) return 'https://console.amazonaws.cn';
  if (region.startsWith('us-gov-')) return 'https://console.amazonaws-us-gov.com';
  return `https://${region}.console.aws.amazon.com`;
}

/** The name at the end of an ARN (`…:service/cluster/web` → web), or the text itself. */
function nameOf(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? (nameOrArn.split('/').at(-1) ?? nameOrArn) : nameOrArn;
}

/** A log group as the CloudWatch console spells it in a URL fragment ($252F for /). */
function logGroupUrl(region: string, logGroup: string): string {
  const encoded = encodeURIComponent(logGroup).replace(/%/g, '$25');
  return `${consoleOrigin(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${encoded}`;
}

export function consoleLink(
  record: Pick<DeploymentRecord, 'target' | 'region' | 'resource'>,
): ConsoleLink | undefined {
  const region = record.region;
  if (!REGION_PATTERN.test(region)) return undefined;
  const origin = consoleOrigin(region);
  const query = `region=${region}`;
  const path = (text: string) => encodeURIComponent(text);
  const identity = { target: record.target, resource: record.resource } as DeploymentRecord;
  switch (identity.target) {
    case 'ecs': {
      const cluster = path(nameOf(identity.resource.cluster));
      const service = path(nameOf(identity.resource.service));
      const base = `${origin}/ecs/v2/clusters/${cluster}/services/${service}`;
      return {
        label: `ECS service ${nameOf(identity.resource.service)}`,
        url: `${base}/health?${query}`,
        logsUrl: `${base}/logs?${query}`,
      };
    }
    case 'lambda': {
      const name = nameOf(identity.resource.functionName);
      const alias = identity.resource.alias;
      return {
        label: `Lambda function ${name}${alias ? ` (alias ${alias})` : ''}`,
        url: `${origin}/lambda/home?${query}#/functions/${path(name)}${alias ? `/aliases/${path(alias)}` : ''}`,
        logsUrl: logGroupUrl(region, `/aws/lambda/${name}`),
      };
    }
    case 'cloudformation': {
      const stack = identity.resource.stackName;
      return {
        label: `CloudFormation stack ${nameOf(stack)}`,
        url: `${origin}/cloudformation/home?${query}#/stacks/stackinfo?stackId=${path(stack)}`,
        logsUrl: `${origin}/cloudformation/home?${query}#/stacks/events?stackId=${path(stack)}`,
      };
    }
    case 'eks': {
      const { cluster, namespace, deployment } = identity.resource;
      const name = nameOf(cluster);
      return {
        label: `EKS cluster ${name} (${namespace}/${deployment})`,
        url: `${origin}/eks/home?${query}#/clusters/${path(name)}/deployments/${path(deployment)}?namespace=${path(namespace)}`,
        logsUrl: logGroupUrl(region, `/aws/containerinsights/${name}/application`),
      };
    }
  }
}

/**
 * "In the AWS console" with one line per resource the records say runs something of this deploy
 * (`current` set: changed, or already up to date); nothing for a deploy that changed nothing.
 */
export function reportConsoleLinks(summary: Summary, records: readonly DeploymentRecord[]): void {
  const links = records.flatMap((record) => {
    if (record.current === null) return [];
    const link = consoleLink(record);
    return link ? [link] : [];
  });
  const unique = links.filter((link, index) => links.findIndex((other) => other.url === link.url) === index);
  if (!unique.length) return;
  summary.paragraph('In the AWS console:');
  summary.list(
    unique.map((link) =>
      raw(`[${escapeText(link.label)}](${link.url})${link.logsUrl ? ` · [logs](${link.logsUrl})` : ''}`),
    ),
  );
}

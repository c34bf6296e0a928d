// Which instances to update: ids as given, or `tag:Key=value` filters, kept to instances that run
// and whose SSM agent is online. Read-only calls (ec2:DescribeInstances,
// ssm:DescribeInstanceInformation).
import { DescribeInstancesCommand, type EC2Client, type Filter, type Instance } from '@aws-sdk/client-ec2';
import { DescribeInstanceInformationCommand, type SSMClient } from '@aws-sdk/client-ssm';
import { ActionError } from '../../action/errors.js';
import type { InstanceSelection } from './inputs.js';

export interface ResolvedInstance {
  instanceId: string;
  name?: string;
}

async function describeInstances(
  ec2: EC2Client,
  query: { ids?: string[]; filters?: Filter[] },
): Promise<Instance[]> {
  const instances: Instance[] = [];
  let token: string | undefined;
  do {
    const page = await ec2.send(
      new DescribeInstancesCommand({
        ...(query.ids ? { InstanceIds: query.ids } : {}),
        ...(query.filters ? { Filters: query.filters } : {}),
        ...(token ? { NextToken: token } : {}),
      }),
    );
    for (const reservation of page.Reservations ?? []) instances.push(...(reservation.Instances ?? []));
    token = page.NextToken;
  } while (token);
  return instances;
}

/** instance id → SSM ping status, for the ids given (50 at a time, as the filter allows). */
async function pingStatuses(ssm: SSMClient, ids: string[]): Promise<Map<string, string>> {
  const statuses = new Map<string, string>();
  for (let start = 0; start < ids.length; start += 50) {
    let token: string | undefined;
    do {
      const page = await ssm.send(
        new DescribeInstanceInformationCommand({
          Filters: [{ Key: 'InstanceIds', Values: ids.slice(start, start + 50) }],
          ...(token ? { NextToken: token } : {}),
        }),
      );
      for (const info of page.InstanceInformationList ?? [])
        if (info.InstanceId) statuses.set(info.InstanceId, info.PingStatus ?? 'Unknown');
      token = page.NextToken;
    } while (token);
  }
  return statuses;
}

const nameOf = (instance: Instance): string | undefined =>
  instance.Tags?.find((tag) => tag.Key === 'Name')?.Value;

function unmanaged(id: string, status: string | undefined): string {
  return status
    ? `${id} (SSM agent ${status})`
    : `${id} (not registered with SSM: no instance profile with AmazonSSMManagedInstanceCore, or no agent)`;
}

export async function resolveInstances(
  ec2: EC2Client,
  ssm: SSMClient,
  selection: InstanceSelection,
): Promise<ResolvedInstance[]> {
  let instances: Instance[];
  if (selection.instanceIds.length > 0) {
    instances = await describeInstances(ec2, { ids: selection.instanceIds });
    const found = new Map(instances.map((instance) => [instance.InstanceId, instance]));
    const problems = selection.instanceIds.flatMap((id) => {
      const state = found.get(id)?.State?.Name;
      if (!state) return [`${id} (not found)`];
      return state === 'running' ? [] : [`${id} (${state})`];
    });
    if (problems.length)
      throw new ActionError(`Input 'instance-ids': not every instance is running: ${problems.join(', ')}.`);
    instances = selection.instanceIds.map((id) => found.get(id)!);
  } else {
    const byId = new Map<string, Instance>();
    for (const tag of selection.tags) {
      const matches = await describeInstances(ec2, {
        filters: [
          { Name: `tag:${tag.key}`, Values: [tag.value] },
          { Name: 'instance-state-name', Values: ['running'] },
        ],
      });
      if (matches.length === 0)
        throw new ActionError(
          `Input 'targets': no running instance matches tag:${tag.key}=${tag.value} in this region.`,
        );
      for (const instance of matches) if (instance.InstanceId) byId.set(instance.InstanceId, instance);
    }
    instances = [...byId.values()].sort((a, b) => (a.InstanceId ?? '').localeCompare(b.InstanceId ?? ''));
  }

  const ids = instances.map((instance) => instance.InstanceId!);
  const statuses = await pingStatuses(ssm, ids);
  const offline = ids.filter((id) => statuses.get(id) !== 'Online');
  if (offline.length)
    throw new ActionError(
      `These instances cannot receive commands over SSM: ${offline.map((id) => unmanaged(id, statuses.get(id))).join(', ')}.`,
    );
  return instances.map((instance) => {
    const name = nameOf(instance);
    return { instanceId: instance.InstanceId!, ...(name ? { name } : {}) };
  });
}

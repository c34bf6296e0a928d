// Which instances to update: ids as given, or `tag:Key=value` filters, kept to the instances whose
// SSM agent is online — a stopped or terminated instance's agent is not (ConnectionLost), so
// Online means running and reachable. One read-only API, ssm:DescribeInstanceInformation, which
// filters on EC2 tags itself: the action needs no EC2 client (2 MB of bundle) for this.
import {
  DescribeInstanceInformationCommand,
  type InstanceInformation,
  type InstanceInformationStringFilter,
  type SSMClient,
} from '@aws-sdk/client-ssm';
import { ActionError } from '../../action/errors.js';
import { warning } from '../../action/runtime.js';
import type { InstanceSelection } from './inputs.js';

export interface ResolvedInstance {
  instanceId: string;
  name?: string | undefined;
}

async function describe(
  ssm: SSMClient,
  filters: InstanceInformationStringFilter[],
): Promise<InstanceInformation[]> {
  const found: InstanceInformation[] = [];
  let token: string | undefined;
  do {
    const page = await ssm.send(
      new DescribeInstanceInformationCommand({ Filters: filters, ...(token ? { NextToken: token } : {}) }),
    );
    found.push(...(page.InstanceInformationList ?? []));
    token = page.NextToken;
  } while (token);
  return found;
}

const EC2_INSTANCE = /^i-[0-9a-f]+$/;

function unreachable(id: string, info: InstanceInformation | undefined): string {
  return info
    ? `${id} (SSM agent ${info.PingStatus ?? 'unknown'}: is the instance running?)`
    : `${id} (not registered with SSM: not running, no instance profile with AmazonSSMManagedInstanceCore, or no agent)`;
}

export async function resolveInstances(
  ssm: SSMClient,
  selection: InstanceSelection,
): Promise<ResolvedInstance[]> {
  if (selection.instanceIds.length > 0) {
    const byId = new Map<string, InstanceInformation>();
    for (let start = 0; start < selection.instanceIds.length; start += 50) {
      const ids = selection.instanceIds.slice(start, start + 50);
      for (const info of await describe(ssm, [{ Key: 'InstanceIds', Values: ids }]))
        if (info.InstanceId) byId.set(info.InstanceId, info);
    }
    const problems = selection.instanceIds.filter((id) => byId.get(id)?.PingStatus !== 'Online');
    if (problems.length)
      throw new ActionError(
        `Input 'instance-ids': these instances cannot receive commands over SSM: ${problems
          .map((id) => unreachable(id, byId.get(id)))
          .join(', ')}.`,
      );
    return selection.instanceIds.map((instanceId) => ({ instanceId }));
  }

  const resolved = new Map<string, ResolvedInstance>();
  for (const tag of selection.tags) {
    const matches = (await describe(ssm, [{ Key: `tag:${tag.key}`, Values: [tag.value] }])).filter(
      (info) => info.InstanceId && EC2_INSTANCE.test(info.InstanceId),
    );
    const online = matches.filter((info) => info.PingStatus === 'Online');
    if (online.length === 0)
      throw new ActionError(
        `Input 'targets': no running SSM-managed instance matches tag:${tag.key}=${tag.value}${
          matches.length ? ` (${matches.map((info) => unreachable(info.InstanceId!, info)).join(', ')})` : ''
        }.`,
      );
    const offline = matches.filter((info) => info.PingStatus !== 'Online');
    if (offline.length)
      warning(
        `tag:${tag.key}=${tag.value}: left out ${offline.map((info) => unreachable(info.InstanceId!, info)).join(', ')}.`,
      );
    for (const info of online)
      resolved.set(info.InstanceId!, {
        instanceId: info.InstanceId!,
        name: tag.key === 'Name' ? tag.value : undefined,
      });
  }
  return [...resolved.values()].sort((a, b) => a.instanceId.localeCompare(b.instanceId));
}

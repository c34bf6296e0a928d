// One CloudWatch client per region the watched alarms live in, made on first use.
import { CloudWatchClient } from '@aws-sdk/client-cloudwatch';
import { createClient } from '../aws/clients.js';

export function cloudWatchClients(): (region: string | undefined) => CloudWatchClient {
  const clients = new Map<string | undefined, CloudWatchClient>();
  return (region) => {
    const client = clients.get(region) ?? createClient(CloudWatchClient, { region });
    clients.set(region, client);
    return client;
  };
}

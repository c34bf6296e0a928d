// Reaching a cluster's Kubernetes API: from the AWS credentials (DescribeCluster gives endpoint
// and CA, the EKS token authenticates) or from a kubeconfig. 401/403 answers are explained.
import { ActionError } from '../action/errors.js';
import { setSecret } from '../action/runtime.js';
import { createClient } from '../aws/clients.js';
import { KubeApiError, KubeClient, type Credentials } from './client.js';
import { EksTokenSource, defaultCredentials } from './eks-token.js';
import { explainAuthFailure } from './explain.js';
import { readKubeconfig } from './kubeconfig.js';

export interface ConnectOptions {
  cluster: string;
  region: string;
  /** Overrides the endpoint DescribeCluster returns (private clusters through a tunnel). */
  apiServer?: string;
  /** base64 PEM; overrides the CA DescribeCluster returns. */
  caData?: string;
  /** Path of a kubeconfig: used instead of the AWS credentials. */
  kubeconfig?: string;
  signal?: AbortSignal;
}

export interface ClusterConnection {
  client: KubeClient;
  mode: 'aws' | 'kubeconfig';
  server: string;
  /** Kubernetes version DescribeCluster reported (AWS mode). */
  version?: string | undefined;
  /** Turns a 401/403 into an explanation naming the caller; other errors are returned as they are. */
  explain(error: unknown, namespace: string): Promise<unknown>;
  close(): void;
}

function decodeCaData(caData: string, origin: string): string {
  const pem = Buffer.from(caData.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new ActionError(`The ${origin} is not base64 of a PEM certificate.`);
  return pem;
}

async function callerArn(region: string): Promise<string | undefined> {
  try {
    const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
    const sts = createClient(STSClient, { region, maxAttempts: 2 });
    try {
      return (await sts.send(new GetCallerIdentityCommand({}))).Arn;
    } finally {
      sts.destroy();
    }
  } catch {
    return undefined;
  }
}

export async function connectToCluster(options: ConnectOptions): Promise<ClusterConnection> {
  if (options.kubeconfig) return connectWithKubeconfig(options);
  const { EKSClient, DescribeClusterCommand } = await import('@aws-sdk/client-eks');
  const eks = createClient(EKSClient, { region: options.region });
  let described;
  try {
    described = (
      await eks.send(
        new DescribeClusterCommand({ name: options.cluster }),
        options.signal ? { abortSignal: options.signal } : {},
      )
    ).cluster;
  } catch (error) {
    if ((error as { name?: string }).name === 'ResourceNotFoundException')
      throw new ActionError(
        `EKS cluster ${JSON.stringify(options.cluster)} does not exist in ${options.region} (check 'cluster-name' and the region).`,
      );
    throw error;
  } finally {
    eks.destroy();
  }
  if (described?.status && !['ACTIVE', 'UPDATING'].includes(described.status))
    throw new ActionError(
      `EKS cluster ${options.cluster} is ${described.status}; its API can only be used when it is ACTIVE.`,
    );
  const server = (options.apiServer ?? described?.endpoint ?? '').replace(/\/$/, '');
  if (!server)
    throw new ActionError(`DescribeCluster returned no endpoint for ${options.cluster}; give 'api-server'.`);
  const caData = options.caData ?? described?.certificateAuthority?.data;
  if (!caData)
    throw new ActionError(
      `DescribeCluster returned no certificate authority for ${options.cluster}; give 'certificate-authority-data'.`,
    );
  const ca = decodeCaData(
    caData,
    options.caData ? "'certificate-authority-data' input" : 'certificate authority DescribeCluster returned',
  );
  const tokens = new EksTokenSource({
    cluster: options.cluster,
    region: options.region,
    credentials: await defaultCredentials(),
  });
  const client = new KubeClient(
    { server, ca, credentials: { kind: 'token', source: () => tokens.token() } },
    { fieldManager: 'eks-rolling-update', signal: options.signal },
  );
  return {
    client,
    mode: 'aws',
    server,
    version: described?.version || undefined,
    explain: async (error, namespace) => {
      if (!(error instanceof KubeApiError) || (error.status !== 401 && error.status !== 403)) return error;
      const arn = await callerArn(options.region);
      return explainAuthFailure(error, {
        cluster: options.cluster,
        namespace,
        callerArn: arn || undefined,
      });
    },
    close: () => client.close(),
  };
}

async function connectWithKubeconfig(
  options: ConnectOptions & { kubeconfig?: string },
): Promise<ClusterConnection> {
  const path = options.kubeconfig ?? '';
  const target = await readKubeconfig(path);
  const server = (options.apiServer ?? target.server).replace(/\/$/, '');
  const ca = options.caData ? decodeCaData(options.caData, "'certificate-authority-data' input") : target.ca;
  let credentials: Credentials;
  switch (target.user.kind) {
    case 'token': {
      const token = target.user.token;
      setSecret(token);
      credentials = { kind: 'token', source: () => Promise.resolve(token) };
      break;
    }
    case 'client-certificate':
      setSecret(target.user.key);
      credentials = { kind: 'client-certificate', cert: target.user.cert, key: target.user.key };
      break;
    case 'eks-token': {
      const tokens = new EksTokenSource({
        cluster: target.user.cluster,
        region: target.user.region ?? options.region,
        credentials: await defaultCredentials(),
      });
      credentials = { kind: 'token', source: () => tokens.token() };
      break;
    }
    case 'none':
      credentials = { kind: 'none' };
  }
  const client = new KubeClient(
    {
      server,
      ca: ca || undefined,
      tlsServerName: target.tlsServerName || undefined,
      credentials,
    },
    { fieldManager: 'eks-rolling-update', signal: options.signal },
  );
  return {
    client,
    mode: 'kubeconfig',
    server,
    explain: (error, namespace) =>
      Promise.resolve(
        error instanceof KubeApiError && (error.status === 401 || error.status === 403)
          ? explainAuthFailure(error, { cluster: options.cluster, namespace, kubeconfig: path })
          : error,
      ),
    close: () => client.close(),
  };
}

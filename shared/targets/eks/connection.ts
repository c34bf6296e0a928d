// The one place an EKS connection (api-server, certificate-authority-data, kubeconfig) becomes the
// options of connectToCluster: for the rolling update, its restore and a record of the live state.
import type { ConnectOptions } from '../../kube/connect.js';
import type { EksConnection } from '../types.js';

/** The connection inputs, same names in eks-rolling-update, auto-rollback and the root action. */
export interface EksConnectionInputs {
  'api-server'?: string | undefined;
  'certificate-authority-data'?: string | undefined;
}

/** The connection the inputs ask for; `kubeconfig` is the resolved path, if any. */
export function eksConnection(values: EksConnectionInputs, kubeconfig: string | undefined): EksConnection {
  return {
    apiServer: values['api-server'] || undefined,
    caData: values['certificate-authority-data'] || undefined,
    kubeconfig: kubeconfig || undefined,
  };
}

export function connectOptions(
  cluster: string,
  region: string,
  connection: EksConnection = {},
  signal?: AbortSignal,
): ConnectOptions {
  const options: ConnectOptions = { cluster, region };
  if (connection.apiServer) options.apiServer = connection.apiServer;
  if (connection.caData) options.caData = connection.caData;
  if (connection.kubeconfig) options.kubeconfig = connection.kubeconfig;
  if (signal) options.signal = signal;
  return options;
}

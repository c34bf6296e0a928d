// kubeconfig mode: the current context's server, CA and user. Tokens (inline or from a file) and
// client certificates are used as they are; an exec plugin is run only when it is the EKS token
// command (`aws eks get-token` / `aws-iam-authenticator token`), which is replaced by the
// built-in token; any other exec or auth-provider plugin is refused with an explanation.
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { ActionError, errorMessage } from '../action/errors.js';

export interface KubeconfigTarget {
  server: string;
  /** PEM */
  ca?: string;
  tlsServerName?: string;
  namespace?: string;
  user:
    | { kind: 'token'; token: string }
    | { kind: 'client-certificate'; cert: string; key: string }
    | { kind: 'eks-token'; cluster: string; region?: string }
    | { kind: 'none' };
}

type Doc = Record<string, unknown>;
const isDoc = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function named(list: unknown, name: string, what: string, file: string): Doc {
  const entries: unknown[] = Array.isArray(list) ? list : [];
  const entry = entries.find((item) => isDoc(item) && item['name'] === name);
  if (!isDoc(entry))
    throw new ActionError(`The kubeconfig ${file} has no ${what} named ${JSON.stringify(name)}.`);
  const body = entry[what];
  if (!isDoc(body)) throw new ActionError(`The ${what} ${JSON.stringify(name)} in ${file} is empty.`);
  return body;
}

function fileOrData(entry: Doc, key: string, base: string): string | undefined {
  const data = entry[`${key}-data`];
  if (typeof data === 'string' && data) return Buffer.from(data, 'base64').toString('utf8');
  const path = entry[key];
  if (typeof path === 'string' && path)
    return readFileSync(isAbsolute(path) ? path : resolve(base, path), 'utf8');
  return undefined;
}

/** Parses a kubeconfig's text; `file` is used for relative paths and messages. */
export async function parseKubeconfig(
  text: string,
  file: string,
  contextName?: string,
): Promise<KubeconfigTarget> {
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text) as unknown;
  } catch (error) {
    throw new ActionError(`The kubeconfig ${file} is not valid YAML: ${errorMessage(error)}`);
  }
  if (!isDoc(doc))
    throw new ActionError(`The kubeconfig ${file} is not a kubeconfig (no clusters, users, contexts).`);
  const current = contextName ?? doc['current-context'];
  if (typeof current !== 'string' || !current)
    throw new ActionError(
      `The kubeconfig ${file} has no current-context; set one with kubectl config use-context.`,
    );
  const context = named(doc['contexts'], current, 'context', file);
  const clusterName = typeof context['cluster'] === 'string' ? context['cluster'] : '';
  const cluster = named(doc['clusters'], clusterName, 'cluster', file);
  const base = dirname(file);
  const server = cluster['server'];
  if (typeof server !== 'string' || !server.startsWith('https://'))
    throw new ActionError(
      `The cluster of context ${JSON.stringify(current)} in ${file} has no https:// server (found ${JSON.stringify(server)}).`,
    );
  if (cluster['insecure-skip-tls-verify'] === true)
    throw new ActionError(
      `The kubeconfig ${file} sets insecure-skip-tls-verify; this action only talks to a cluster whose certificate it can verify: give certificate-authority-data instead.`,
    );
  const target: KubeconfigTarget = { server: server.replace(/\/$/, ''), user: { kind: 'none' } };
  const ca = fileOrData(cluster, 'certificate-authority', base);
  if (ca) target.ca = ca;
  if (typeof cluster['tls-server-name'] === 'string') target.tlsServerName = cluster['tls-server-name'];
  if (typeof context['namespace'] === 'string') target.namespace = context['namespace'];
  const userName = context['user'];
  if (typeof userName !== 'string' || !userName) return target;
  const user = named(doc['users'], userName, 'user', file);
  if (typeof user['token'] === 'string' && user['token'])
    target.user = { kind: 'token', token: user['token'] };
  else if (typeof user['tokenFile'] === 'string')
    target.user = { kind: 'token', token: readFileSync(resolve(base, user['tokenFile']), 'utf8').trim() };
  else if (user['client-certificate'] || user['client-certificate-data']) {
    const cert = fileOrData(user, 'client-certificate', base);
    const key = fileOrData(user, 'client-key', base);
    if (!cert || !key)
      throw new ActionError(
        `The user ${JSON.stringify(userName)} in ${file} has a client certificate but no client key.`,
      );
    target.user = { kind: 'client-certificate', cert, key };
  } else if (isDoc(user['exec'])) target.user = eksExec(user['exec'], userName, file);
  else if (user['auth-provider'])
    throw new ActionError(
      `The user ${JSON.stringify(userName)} in ${file} uses an auth-provider plugin, which this action does not run. Use a token, or leave 'kubeconfig' empty to authenticate with the AWS credentials.`,
    );
  return target;
}

/** `aws eks get-token --cluster-name X [--region R]` or `aws-iam-authenticator token -i X`. */
function eksExec(exec: Doc, userName: string, file: string): KubeconfigTarget['user'] {
  const command = typeof exec['command'] === 'string' ? exec['command'] : '';
  const args = Array.isArray(exec['args']) ? exec['args'].map(String) : [];
  const option = (...names: string[]): string | undefined => {
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i] ?? '';
      for (const name of names) {
        if (arg === name) return args[i + 1];
        if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
      }
    }
    return undefined;
  };
  const base = command.split('/').pop() ?? command;
  const cluster =
    base === 'aws' && args.includes('get-token')
      ? option('--cluster-name', '--cluster-id')
      : base === 'aws-iam-authenticator'
        ? option('-i', '--cluster-id')
        : undefined;
  if (!cluster)
    throw new ActionError(
      `The user ${JSON.stringify(userName)} in ${file} runs the exec plugin ${JSON.stringify(command)}, which this action does not run (only the EKS token command is understood). Use a token, or leave 'kubeconfig' empty to authenticate with the AWS credentials.`,
    );
  const region = option('--region');
  return region ? { kind: 'eks-token', cluster, region } : { kind: 'eks-token', cluster };
}

export async function readKubeconfig(path: string, contextName?: string): Promise<KubeconfigTarget> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ActionError(
      `Cannot read the kubeconfig ${path}: ${(error as { code?: string }).code ?? String(error)}.`,
    );
  }
  return parseKubeconfig(text, path, contextName);
}

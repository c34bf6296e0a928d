// Proxies of enterprise networks: HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower-case forms too), for
// the AWS SDK, the smoke checks and the Kubernetes client alike. Nothing is loaded unless a proxy
// variable is set, so start-up stays as fast without one; run() calls loadProxySupport() before
// the action's main, and the clients ask proxyAgent() for the agent to use.
import type { Agent } from 'node:http';
import type { ConnectionOptions } from 'node:tls';
import { ActionError } from '../action/errors.js';

export interface ProxySettings {
  /** For https:// targets (HTTPS_PROXY). */
  https?: { url: URL; variable: string } | undefined;
  /** For http:// targets (HTTP_PROXY). */
  http?: { url: URL; variable: string } | undefined;
  /** NO_PROXY entries, lower-cased: `*`, host names (a leading dot optional), IPs, `host:port`. */
  noProxy: string[];
}

function variable(env: NodeJS.ProcessEnv, name: string): { value: string; variable: string } | undefined {
  // lower case first, as curl reads them
  for (const candidate of [name.toLowerCase(), name.toUpperCase()]) {
    const value = env[candidate]?.trim();
    if (value) return { value, variable: candidate };
  }
  return undefined;
}

function proxyUrl(found: { value: string; variable: string }): { url: URL; variable: string } {
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(found.value) ? found.value : `http://${found.value}`);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname)
    throw new ActionError(
      `${found.variable} is not a proxy URL such as http://proxy.example.com:3128 (only http:// and https:// proxies are supported).`,
    );
  return { url, variable: found.variable };
}

/** Whether HTTPS_PROXY or HTTP_PROXY (either case) is set at all. */
export function hasProxyVariable(env: NodeJS.ProcessEnv = process.env): boolean {
  return ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'].some((name) =>
    Boolean(env[name]?.trim()),
  );
}

/** The proxy settings of the environment; undefined when neither HTTPS_PROXY nor HTTP_PROXY is set. */
export function readProxySettings(env: NodeJS.ProcessEnv = process.env): ProxySettings | undefined {
  const https = variable(env, 'https_proxy');
  const http = variable(env, 'http_proxy');
  if (!https && !http) return undefined;
  const noProxy = (variable(env, 'no_proxy')?.value ?? '')
    .split(/[\s,]+/)
    .map((entry) => entry.trim().toLowerCase())
    .filter((entry) => entry !== '');
  return {
    https: https ? proxyUrl(https) : undefined,
    http: http ? proxyUrl(http) : undefined,
    noProxy,
  };
}

/** Whether NO_PROXY exempts a host (and port). */
export function bypassesProxy(hostname: string, port: string | number, noProxy: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  return noProxy.some((entry) => {
    if (entry === '*') return true;
    // [v6]:port, a bare v6 address (no port), or host:port
    const match = entry.startsWith('[')
      ? /^\[([^\]]*)\](?::(\d+))?$/.exec(entry)
      : (entry.match(/:/g) ?? []).length > 1
        ? [entry, entry, undefined]
        : /^([^:]*)(?::(\d+))?$/.exec(entry);
    const [, name = '', entryPort] = match ?? [];
    if (entryPort !== undefined && String(port) !== entryPort) return false;
    const bare = name.replace(/^\*?\./, '');
    return host === bare || host.endsWith(`.${bare}`);
  });
}

/** The proxy a request to `target` goes through, or undefined for a direct connection. */
export function proxyFor(
  target: { protocol: string; hostname: string; port: string | number },
  settings: ProxySettings,
): { url: URL; variable: string } | undefined {
  const proxy = target.protocol === 'https:' ? settings.https : settings.http;
  if (!proxy) return undefined;
  const port = target.port || (target.protocol === 'https:' ? 443 : 80);
  return bypassesProxy(target.hostname, port, settings.noProxy) ? undefined : proxy;
}

type AgentFactory = (tls?: ConnectionOptions, keepAlive?: boolean) => Agent;
let factory: AgentFactory | undefined;
let shared: Agent | undefined;

/** Loads the proxy agents when a proxy variable is set (and only then). */
export async function loadProxySupport(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readProxySettings(env);
  if (!settings) {
    factory = undefined;
    shared = undefined;
    return;
  }
  const { createProxyAgent } = await import('./proxy-agent.js');
  factory = (tls, keepAlive) => createProxyAgent(settings, tls, keepAlive);
  shared = undefined;
}

/**
 * The agent for a client when a proxy is configured (undefined otherwise): it sends each request
 * through the proxy its target's scheme names, or directly when NO_PROXY exempts the host. `tls`
 * options (a CA, a client certificate, certificate checks off) apply to the target's TLS.
 */
export function proxyAgent(tls?: ConnectionOptions, keepAlive = true): Agent | undefined {
  if (!factory) return undefined;
  if (tls || !keepAlive) return factory(tls, keepAlive);
  shared ??= factory();
  return shared;
}

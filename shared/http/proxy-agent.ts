// The agent behind proxyAgent() (loaded only when a proxy is configured): HTTPS targets through a
// CONNECT tunnel (https-proxy-agent), HTTP targets forwarded (http-proxy-agent), NO_PROXY hosts
// directly. A proxy that cannot be reached or refuses the tunnel is one clear error naming it.
import { Agent as HttpAgent, type ClientRequest } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import type { ConnectionOptions } from 'node:tls';
import type { Duplex } from 'node:stream';
import { Agent, type AgentConnectOpts } from 'agent-base';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { proxyFor, type ProxySettings } from './proxy.js';
import { errorMessage } from '../action/errors.js';

/** The proxy's URL without any user or password, for messages. */
export function describeProxy(proxy: { url: URL; variable: string }): string {
  return `${proxy.url.protocol}//${proxy.url.host} (${proxy.variable})`;
}

class EnvProxyAgent extends Agent {
  private readonly direct: { http: HttpAgent; https: HttpsAgent };
  private readonly tunnels = new Map<string, HttpsProxyAgent<string>>();
  private readonly forwards = new Map<string, HttpProxyAgent<string>>();

  constructor(
    private readonly settings: ProxySettings,
    private readonly tls: ConnectionOptions = {},
    private readonly keepSockets = true,
  ) {
    super({ keepAlive: keepSockets });
    this.direct = {
      http: new HttpAgent({ keepAlive: keepSockets }),
      https: new HttpsAgent({ keepAlive: keepSockets, ...tls }),
    };
  }

  async connect(req: ClientRequest, options: AgentConnectOpts): Promise<Duplex | HttpAgent> {
    const secure = options.secureEndpoint;
    const target = {
      protocol: secure ? 'https:' : 'http:',
      hostname: options.host ?? '',
      port: options.port,
    };
    const proxy = proxyFor(target, this.settings);
    if (!proxy) return secure ? this.direct.https : this.direct.http;
    const where = `${target.hostname}:${target.port}`;
    try {
      if (!secure) {
        const forward =
          this.forwards.get(proxy.url.href) ??
          new HttpProxyAgent(proxy.url.href, { keepAlive: this.keepSockets });
        this.forwards.set(proxy.url.href, forward);
        return await forward.connect(req as Parameters<HttpProxyAgent<string>['connect']>[0], options);
      }
      const tunnel =
        this.tunnels.get(proxy.url.href) ??
        new HttpsProxyAgent(proxy.url.href, { ...this.tls, keepAlive: this.keepSockets });
      this.tunnels.set(proxy.url.href, tunnel);
      let status = 0;
      let statusText = '';
      req.once('proxyConnect', (answer: { statusCode: number; statusText: string }) => {
        status = answer.statusCode;
        statusText = answer.statusText;
      });
      const socket = await tunnel.connect(req, { ...options, ...this.tls } as AgentConnectOpts);
      if (status !== 200) {
        socket.destroy();
        throw new Error(`it answered HTTP ${status} ${statusText}`.trim());
      }
      return socket;
    } catch (error) {
      const reason = errorMessage(error);
      throw Object.assign(
        new Error(`The proxy ${describeProxy(proxy)} did not connect to ${where}: ${reason}.`),
        { code: 'EPROXY', name: 'ProxyError' },
      );
    }
  }

  override destroy(): void {
    this.direct.http.destroy();
    this.direct.https.destroy();
    for (const agent of [...this.tunnels.values(), ...this.forwards.values()]) agent.destroy();
    super.destroy();
  }
}

export function createProxyAgent(
  settings: ProxySettings,
  tls?: ConnectionOptions,
  keepAlive = true,
): HttpAgent {
  return new EnvProxyAgent(settings, tls, keepAlive);
}

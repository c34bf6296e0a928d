// Reading HTTPS_PROXY, HTTP_PROXY and NO_PROXY as curl and most tools do.
import { describe, expect, it } from '@jest/globals';
import {
  bypassesProxy,
  hasProxyVariable,
  proxyFor,
  readProxySettings,
} from '../../../../shared/http/proxy.js';

describe('readProxySettings', () => {
  it('is undefined without a proxy variable, so nothing is loaded', () => {
    expect(readProxySettings({ NO_PROXY: 'example.com' })).toBeUndefined();
    expect(hasProxyVariable({ NO_PROXY: 'example.com', HTTPS_PROXY: ' ' })).toBe(false);
  });

  it('reads both cases, lower case first, and a proxy without a scheme as http://', () => {
    const settings = readProxySettings({
      HTTPS_PROXY: 'http://upper:3128',
      https_proxy: 'http://lower:3128',
      HTTP_PROXY: 'proxy.corp:8080',
      no_proxy: ' .internal, 10.0.0.1 ,registry:5000',
    });
    expect(settings?.https?.url.href).toBe('http://lower:3128/');
    expect(settings?.https?.variable).toBe('https_proxy');
    expect(settings?.http?.url.href).toBe('http://proxy.corp:8080/');
    expect(settings?.noProxy).toEqual(['.internal', '10.0.0.1', 'registry:5000']);
  });

  it('refuses a proxy that is no http(s) URL, naming the variable', () => {
    expect(() => readProxySettings({ HTTP_PROXY: 'socks5://proxy:1080' })).toThrow(
      'HTTP_PROXY is not a proxy URL such as http://proxy.example.com:3128',
    );
  });
});

describe('NO_PROXY', () => {
  it.each([
    ['api.internal', 443, ['.internal'], true],
    ['internal', 443, ['.internal'], true],
    ['api.internal', 443, ['internal'], true],
    ['notinternal', 443, ['internal'], false],
    ['registry', 5000, ['registry:5000'], true],
    ['registry', 443, ['registry:5000'], false],
    ['10.0.0.1', 80, ['10.0.0.1'], true],
    ['::1', 80, ['[::1]'], true],
    ['anything.example', 443, ['*'], true],
    ['sts.amazonaws.com', 443, ['*.amazonaws.com'], true],
    ['example.com', 443, [], false],
  ] as Array<[string, number, string[], boolean]>)('%s:%d with %j → %s', (host, port, entries, bypassed) => {
    expect(bypassesProxy(host, port, entries)).toBe(bypassed);
  });

  it('picks the proxy by the target scheme, none for an exempted host', () => {
    const settings = readProxySettings({ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'localhost' });
    if (!settings) throw new Error('no settings');
    expect(
      proxyFor({ protocol: 'https:', hostname: 'ecs.us-east-1.amazonaws.com', port: '' }, settings)?.variable,
    ).toBe('HTTPS_PROXY');
    expect(proxyFor({ protocol: 'http:', hostname: 'example.com', port: '' }, settings)).toBeUndefined();
    expect(proxyFor({ protocol: 'https:', hostname: 'localhost', port: 443 }, settings)).toBeUndefined();
  });
});

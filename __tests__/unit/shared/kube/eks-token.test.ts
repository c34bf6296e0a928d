// The EKS token: known answer for fixed credentials and time, and an independent SigV4 check of
// the presigned URL (canonical request rebuilt here with node:crypto, not with the signer).
import { describe, expect, it, jest } from '@jest/globals';
import { createHash, createHmac } from 'node:crypto';
import {
  EksTokenSource,
  TOKEN_PREFIX,
  createEksToken,
  decodeEksToken,
} from '../../../../shared/kube/eks-token.js';

const credentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'session/token+example=',
};
const signingDate = new Date('2026-01-01T12:00:00Z');

// Computed by botocore 1.43 (SigV4QueryAuth, sts, eu-west-3, expires=60, header x-k8s-aws-id:
// ode-prod, same credentials and time) — the signer `aws eks get-token` uses.
const BOTOCORE_SIGNATURE = '4b49048a8047caca7508633ab78dbb956a27a0e509bbc8338d0776c8f4a5d495';

const hmac = (key: Buffer | string, text: string): Buffer =>
  createHmac('sha256', key).update(text, 'utf8').digest();
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const rfc3986 = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** SigV4 for a presigned GET, written out from the AWS documentation. */
function expectedSignature(url: URL, cluster: string, secret: string): string {
  const params = [...url.searchParams.entries()].filter(([key]) => key !== 'X-Amz-Signature');
  const canonicalQuery = params
    .map(([key, value]) => [rfc3986(key), rfc3986(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  const signedHeaders = url.searchParams.get('X-Amz-SignedHeaders') ?? '';
  const headers: Record<string, string> = { host: url.host, 'x-k8s-aws-id': cluster };
  const canonicalHeaders = signedHeaders
    .split(';')
    .map((name) => `${name}:${headers[name] ?? ''}\n`)
    .join('');
  const canonicalRequest = ['GET', '/', canonicalQuery, canonicalHeaders, signedHeaders, sha256('')].join(
    '\n',
  );
  const amzDate = url.searchParams.get('X-Amz-Date') ?? '';
  const [, day = '', region = '', service = ''] = (url.searchParams.get('X-Amz-Credential') ?? '').split('/');
  const scope = `${day}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, day), region), service), 'aws4_request');
  return createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
}

describe('EKS token', () => {
  it('matches the known answer for fixed credentials and time', async () => {
    const token = await createEksToken({
      cluster: 'ode-prod',
      region: 'eu-west-3',
      credentials,
      signingDate,
    });
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(token).not.toMatch(/[=+/]/);
    const url = decodeEksToken(token);
    expect(url.origin).toBe('https://sts.eu-west-3.amazonaws.com');
    expect(url.pathname).toBe('/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      Action: 'GetCallerIdentity',
      Version: '2011-06-15',
      'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
      'X-Amz-Credential': 'AKIDEXAMPLE/20260101/eu-west-3/sts/aws4_request',
      'X-Amz-Date': '20260101T120000Z',
      'X-Amz-Expires': '60',
      'X-Amz-Security-Token': 'session/token+example=',
      'X-Amz-SignedHeaders': 'host;x-k8s-aws-id',
      'X-Amz-Signature': BOTOCORE_SIGNATURE,
    });
  });

  it('presigns a URL whose signature verifies with SigV4 recomputed independently', async () => {
    for (const [cluster, region] of [
      ['demo', 'us-east-1'],
      ['ode-prod', 'eu-west-3'],
      ['with_underscore-1', 'ap-southeast-2'],
    ] as const) {
      const token = await createEksToken({
        cluster,
        region,
        credentials,
        signingDate: new Date('2026-03-04T05:06:07Z'),
      });
      const url = decodeEksToken(token);
      expect(url.searchParams.get('X-Amz-Signature')).toBe(
        expectedSignature(url, cluster, credentials.secretAccessKey),
      );
      // A different cluster name in the header would not verify: the token is bound to the cluster.
      expect(url.searchParams.get('X-Amz-Signature')).not.toBe(
        expectedSignature(url, `${cluster}x`, credentials.secretAccessKey),
      );
    }
  });

  it('is cached, masked once, and refreshed before the 60 s presign expires', async () => {
    let now = Date.parse('2026-01-01T12:00:00Z');
    const provider = jest.fn(() => Promise.resolve(credentials));
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      writes.push(String(chunk));
      return true;
    });
    try {
      const source = new EksTokenSource({
        cluster: 'demo',
        region: 'us-east-1',
        credentials: provider,
        now: () => now,
      });
      const first = await source.token();
      now += 30_000;
      expect(await source.token()).toBe(first);
      now += 20_000;
      const second = await source.token();
      expect(second).not.toBe(first);
      expect(decodeEksToken(second).searchParams.get('X-Amz-Date')).toBe('20260101T120050Z');
      expect(writes.filter((line) => line.startsWith('::add-mask::'))).toEqual([
        `::add-mask::${first}\n`,
        `::add-mask::${second}\n`,
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

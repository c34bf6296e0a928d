// The EKS bearer token, as `aws eks get-token` makes it: `k8s-aws-v1.` + base64url (no padding)
// of a SigV4-presigned STS GetCallerIdentity URL whose signed `x-k8s-aws-id` header names the
// cluster. The API server replays the URL to STS to learn who is calling, so the presign itself
// needs no IAM permission.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type {
  AwsCredentialIdentity,
  AwsCredentialIdentityProvider,
  Checksum,
  SourceData,
} from '@smithy/types';
import { setSecret } from '../action/runtime.js';
import { partitionOf } from '../aws/partitions.js';

export const TOKEN_PREFIX = 'k8s-aws-v1.';
const CLUSTER_ID_HEADER = 'x-k8s-aws-id';
/** X-Amz-Expires of the presigned URL, as aws-iam-authenticator sets it. */
const PRESIGN_EXPIRES_SECONDS = 60;
/** A cached token is replaced this long before its URL expires. */
const REFRESH_MARGIN_MS = 15_000;

/** SHA-256 (or HMAC-SHA-256 with a secret) over node:crypto, in the shape SignatureV4 expects. */
class NodeSha256 implements Checksum {
  private hash: Hash | Hmac;
  constructor(private readonly secret?: SourceData) {
    this.hash = this.fresh();
  }
  private fresh(): Hash | Hmac {
    return this.secret === undefined ? createHash('sha256') : createHmac('sha256', toBuffer(this.secret));
  }
  update(data: SourceData): void {
    this.hash.update(toBuffer(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
  reset(): void {
    this.hash = this.fresh();
  }
}

function toBuffer(data: SourceData): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return Buffer.from(data);
}

/** RFC 3986 encoding, as SigV4 canonicalises query strings. */
function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The regional STS host the token is presigned for, in the region's partition. */
export function stsHost(region: string): string {
  return `sts.${region}.${partitionOf(region).dnsSuffix}`;
}

export interface PresignOptions {
  cluster: string;
  region: string;
  credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Signing time; defaults to now. */
  signingDate?: Date;
}

/** The presigned GetCallerIdentity URL the token carries. */
async function presignCallerIdentityUrl(options: PresignOptions): Promise<string> {
  const { SignatureV4 } = await import('@smithy/signature-v4');
  const hostname = stsHost(options.region);
  const signer = new SignatureV4({
    service: 'sts',
    region: options.region,
    credentials: options.credentials,
    sha256: NodeSha256,
  });
  const signed = await signer.presign(
    {
      method: 'GET',
      protocol: 'https:',
      hostname,
      path: '/',
      query: { Action: 'GetCallerIdentity', Version: '2011-06-15' },
      headers: { host: hostname, [CLUSTER_ID_HEADER]: options.cluster },
    },
    {
      expiresIn: PRESIGN_EXPIRES_SECONDS,
      signingDate: options.signingDate ?? new Date(),
      unhoistableHeaders: new Set([CLUSTER_ID_HEADER]),
    },
  );
  const query = Object.entries(signed.query ?? {})
    .flatMap(([key, value]) =>
      (Array.isArray(value) ? value : [value]).map((item) => [key, item ?? ''] as const),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${uriEncode(key)}=${uriEncode(value)}`)
    .join('&');
  return `https://${hostname}/?${query}`;
}

export async function createEksToken(options: PresignOptions): Promise<string> {
  return TOKEN_PREFIX + Buffer.from(await presignCallerIdentityUrl(options), 'utf8').toString('base64url');
}

/** The URL inside a token (for tests and diagnostics). */
export function decodeEksToken(token: string): URL {
  if (!token.startsWith(TOKEN_PREFIX))
    throw new Error(`not an EKS token: it does not start with ${TOKEN_PREFIX}`);
  return new URL(Buffer.from(token.slice(TOKEN_PREFIX.length), 'base64url').toString('utf8'));
}

interface TokenSource {
  /** A valid bearer token; a fresh one when the cached one is about to expire. */
  token(): Promise<string>;
}

/** Tokens for one cluster, made from the SDK's default credential chain, cached until near expiry. */
export class EksTokenSource implements TokenSource {
  private cached: { token: string; expiresAt: number } | undefined;
  constructor(
    private readonly options: {
      cluster: string;
      region: string;
      credentials: AwsCredentialIdentityProvider;
      now?: () => number;
    },
  ) {}

  async token(): Promise<string> {
    const now = this.options.now?.() ?? Date.now();
    if (this.cached && now < this.cached.expiresAt - REFRESH_MARGIN_MS) return this.cached.token;
    const token = await createEksToken({
      cluster: this.options.cluster,
      region: this.options.region,
      credentials: this.options.credentials,
      signingDate: new Date(now),
    });
    setSecret(token);
    this.cached = { token, expiresAt: now + PRESIGN_EXPIRES_SECONDS * 1000 };
    return token;
  }
}

/** The default AWS credential chain (env, web identity/OIDC, SSO, profiles, IMDS), loaded on demand. */
export async function defaultCredentials(): Promise<AwsCredentialIdentityProvider> {
  const { defaultProvider } = await import('@aws-sdk/credential-provider-node');
  return defaultProvider();
}

// The TLS-only bucket policy: a `DenyInsecureTransport` statement merged into whatever policy the
// bucket has. Other statements are kept as they are; only our own Sid is ever replaced.

export const TLS_ONLY_SID = 'DenyInsecureTransport';

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  Action?: string | string[];
  Resource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
  [other: string]: unknown;
}

export interface PolicyDocument {
  Version?: string;
  Id?: string;
  Statement?: PolicyStatement | PolicyStatement[];
  [other: string]: unknown;
}

export function tlsOnlyStatement(bucketArn: string): PolicyStatement {
  return {
    Sid: TLS_ONLY_SID,
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [bucketArn, `${bucketArn}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  };
}

function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function statements(policy: PolicyDocument | undefined): PolicyStatement[] {
  return asList(policy?.Statement);
}

function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (typeof principal !== 'object' || principal === null) return false;
  return asList((principal as { AWS?: unknown }).AWS as string | string[] | undefined).includes('*');
}

/** True for any statement (ours or written by hand) that denies all of S3 on the bucket and its objects without TLS. */
export function deniesInsecureTransport(statement: PolicyStatement, bucketArn: string): boolean {
  const secureTransport = asList(statement.Condition?.['Bool']?.['aws:SecureTransport']);
  const resources = asList(statement.Resource);
  const covers = (arn: string): boolean => resources.includes(arn) || resources.includes('*');
  return (
    statement.Effect === 'Deny' &&
    isEveryone(statement.Principal) &&
    asList(statement.Action).some((action) => action === 's3:*' || action === '*') &&
    covers(bucketArn) &&
    covers(`${bucketArn}/*`) &&
    secureTransport.length > 0 &&
    secureTransport.every((value) => value === false || value === 'false')
  );
}

export function hasTlsOnlyStatement(policy: PolicyDocument | undefined, bucketArn: string): boolean {
  return statements(policy).some((statement) => deniesInsecureTransport(statement, bucketArn));
}

/** The policy with our statement added (or our Sid's statement replaced); every other statement kept. */
export function withTlsOnlyStatement(policy: PolicyDocument | undefined, bucketArn: string): PolicyDocument {
  const others = statements(policy).filter((statement) => statement.Sid !== TLS_ONLY_SID);
  return {
    ...policy,
    Version: policy?.Version ?? '2012-10-17',
    Statement: [...others, tlsOnlyStatement(bucketArn)],
  };
}

export function parsePolicy(text: string | undefined): PolicyDocument | undefined {
  if (!text) return undefined;
  const parsed: unknown = JSON.parse(text);
  return typeof parsed === 'object' && parsed !== null ? (parsed as PolicyDocument) : undefined;
}

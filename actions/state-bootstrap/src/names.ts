// Name rules checked before any AWS call, so a typo never reaches S3 or DynamoDB.
// Each function returns the reason a value is refused, or undefined when it is fine.

/** S3 general purpose bucket naming rules (docs: "Bucket naming rules"). */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `${name.length} characters; a bucket name has 3 to 63`;
  if (!/^[a-z0-9.-]+$/.test(name)) return 'only lowercase letters, digits, dots and hyphens are allowed';
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name))
    return 'it must begin and end with a letter or a digit';
  if (name.includes('..')) return 'two adjacent dots';
  if (name.includes('.-') || name.includes('-.')) return 'a dot next to a hyphen';
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return 'it is formatted as an IP address';
  for (const prefix of ['xn--', 'sthree-', 'amzn-s3-demo-'])
    if (name.startsWith(prefix)) return `the prefix ${prefix} is reserved`;
  for (const suffix of ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'])
    if (name.endsWith(suffix)) return `the suffix ${suffix} is reserved`;
  return undefined;
}

/** DynamoDB table names: 3–255 of a-z A-Z 0-9 _ - . */
export function tableNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 255) return `${name.length} characters; a table name has 3 to 255`;
  if (!/^[A-Za-z0-9_.-]+$/.test(name))
    return 'only letters, digits, underscores, hyphens and dots are allowed';
  return undefined;
}

/** The backend's `key`: an S3 object key that Terraform/OpenTofu accept (no leading or trailing /, no //). */
export function stateKeyProblem(key: string): string | undefined {
  if (key.startsWith('/') || key.endsWith('/')) return 'it must not begin or end with /';
  if (key.includes('//')) return 'it must not contain //';
  // The lock file is `<key>.tflock`, and an S3 key has at most 1024 bytes.
  if (Buffer.byteLength(key) > 1024 - '.tflock'.length) return 'longer than 1017 bytes';
  return undefined;
}

const KMS_KEY =
  /^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key\/[A-Za-z0-9-]+|alias\/[A-Za-z0-9/_-]+)|alias\/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function kmsKeyProblem(key: string): string | undefined {
  return KMS_KEY.test(key) ? undefined : 'not a KMS key id, key ARN, alias/name or alias ARN';
}

/** Tags valid for both S3 and DynamoDB: at most 50, key ≤ 128 and value ≤ 256 characters, no aws: prefix. */
export function tagsProblem(tags: Record<string, string>): { key: string; reason: string } | undefined {
  const keys = Object.keys(tags);
  if (keys.length > 50) return { key: keys[50] ?? '', reason: `${keys.length} tags; at most 50` };
  for (const key of keys) {
    const value = tags[key] ?? '';
    if (key.length > 128) return { key, reason: 'a tag key has at most 128 characters' };
    if (value.length > 256) return { key, reason: 'a tag value has at most 256 characters' };
    if (/^aws:/i.test(key)) return { key, reason: 'the aws: prefix is reserved' };
    if (!/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(key) || !/^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u.test(value))
      return { key, reason: 'tags allow letters, digits, spaces and _ . : / = + - @' };
  }
  return undefined;
}

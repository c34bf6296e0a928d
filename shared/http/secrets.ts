// Which header values are secrets: credentials by name. (Every header of a `checks` YAML entry is
// masked too; that is decided where the checks are read.)

const CREDENTIAL_HEADER =
  /(authorization|cookie|api[-_]?key|token|secret|password|passwd|credential|session|signature|^x-amz-security)/i;

export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADER.test(name);
}

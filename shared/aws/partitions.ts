// AWS partitions by region, with the DNS suffix of their service endpoints (AWS SDK's
// partitions.json): a host built for one partition never matches a region of another.
/** A region name as AWS spells it: us-east-1, us-gov-west-1, eu-isoe-west-1. */
export const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/;

export interface Partition {
  id: 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b' | 'aws-iso-e' | 'aws-iso-f';
  dnsSuffix: string;
}

const PARTITIONS: ReadonlyArray<{ regions: RegExp } & Partition> = [
  { id: 'aws-cn', regions: /^cn-/, dnsSuffix: 'amazonaws.com.cn' },
  { id: 'aws-us-gov', regions: /^us-gov-/, dnsSuffix: 'amazonaws.com' },
  { id: 'aws-iso', regions: /^us-iso-/, dnsSuffix: 'c2s.ic.gov' },
  { id: 'aws-iso-b', regions: /^us-isob-/, dnsSuffix: 'sc2s.sgov.gov' },
  { id: 'aws-iso-e', regions: /^eu-isoe-/, dnsSuffix: 'cloud.adc-e.uk' },
  { id: 'aws-iso-f', regions: /^us-isof-/, dnsSuffix: 'csp.hci.ic.gov' },
];

/** The partition a region belongs to (`aws` for every commercial region). */
export function partitionOf(region: string): Partition {
  const found = PARTITIONS.find((partition) => partition.regions.test(region));
  return found ? { id: found.id, dnsSuffix: found.dnsSuffix } : { id: 'aws', dnsSuffix: 'amazonaws.com' };
}

/** Every DNS suffix of AWS endpoints, for patterns that accept any partition. */
export const DNS_SUFFIXES = [...new Set(['amazonaws.com', ...PARTITIONS.map((p) => p.dnsSuffix)])];

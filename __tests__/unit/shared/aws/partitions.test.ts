// Host names per partition, as AWS documents them: the EKS token's STS host and the ECR hosts
// Lambda pulls from.
import { describe, expect, it } from '@jest/globals';
import { partitionOf } from '../../../../shared/aws/partitions.js';
import { stsHost } from '../../../../shared/kube/eks-token.js';
import { imageProblem } from '../../../../shared/targets/lambda/image.js';

const DIGEST = `@sha256:${'a'.repeat(64)}`;

describe('partitions', () => {
  it.each([
    ['eu-west-3', 'aws', 'sts.eu-west-3.amazonaws.com'],
    ['cn-north-1', 'aws-cn', 'sts.cn-north-1.amazonaws.com.cn'],
    ['us-gov-west-1', 'aws-us-gov', 'sts.us-gov-west-1.amazonaws.com'],
    ['us-iso-east-1', 'aws-iso', 'sts.us-iso-east-1.c2s.ic.gov'],
    ['us-isob-east-1', 'aws-iso-b', 'sts.us-isob-east-1.sc2s.sgov.gov'],
    ['eu-isoe-west-1', 'aws-iso-e', 'sts.eu-isoe-west-1.cloud.adc-e.uk'],
    ['us-isof-south-1', 'aws-iso-f', 'sts.us-isof-south-1.csp.hci.ic.gov'],
  ])('%s is in %s; its EKS token is presigned for %s', (region, partition, host) => {
    expect(partitionOf(region).id).toBe(partition);
    expect(stsHost(region)).toBe(host);
  });
});

describe('Lambda image hosts', () => {
  it.each([
    '123456789012.dkr.ecr.eu-west-3.amazonaws.com/app',
    '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/app',
    '123456789012.dkr.ecr.us-gov-west-1.amazonaws.com/app',
    '123456789012.dkr.ecr.us-iso-east-1.c2s.ic.gov/app',
  ])('accepts %s', (image) => {
    expect(imageProblem(`${image}${DIGEST}`)).toBeUndefined();
  });

  it.each([
    [
      '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/app',
      /ECR FIPS endpoint, which Lambda does not pull from/,
    ],
    [
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com/app',
      /ECR in cn-north-1 is <account>\.dkr\.ecr\.cn-north-1\.amazonaws\.com\.cn/,
    ],
    ['123456789012.dkr.ecr.eu-west-3.amazonaws.com.cn/app', /does not match its region/],
    ['123456789012.dkr.ecr.us-iso-east-1.amazonaws.com/app', /c2s\.ic\.gov/],
  ])('refuses %s', (image, reason) => {
    expect(imageProblem(`${image}${DIGEST}`)).toMatch(reason);
  });
});

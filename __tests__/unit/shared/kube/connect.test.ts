// connectToCluster with DescribeCluster mocked: which endpoint and CA are used (overrides win),
// and the words for a missing cluster, a cluster that is not ACTIVE and a CA that is not a PEM.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mockClient } from 'aws-sdk-client-mock';
import { DescribeClusterCommand, EKSClient, ResourceNotFoundException } from '@aws-sdk/client-eks';
import { connectToCluster } from '../../../../shared/kube/connect.js';

const eks = mockClient(EKSClient);
const PEM = '-----BEGIN CERTIFICATE-----\nMIIBdouble\n-----END CERTIFICATE-----\n';
const CA = Buffer.from(PEM).toString('base64');
const saved = { ...process.env };

beforeEach(() => {
  eks.reset();
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
  });
});
afterEach(() => {
  process.env = { ...saved };
});

describe('connectToCluster (AWS mode)', () => {
  it('uses the endpoint and CA DescribeCluster returns', async () => {
    eks.on(DescribeClusterCommand, { name: 'ode-prod' }).resolves({
      cluster: {
        name: 'ode-prod',
        status: 'ACTIVE',
        endpoint: 'https://ABC.gr7.eu-west-3.eks.amazonaws.com/',
        certificateAuthority: { data: CA },
        version: '1.29',
      },
    });
    const connection = await connectToCluster({ cluster: 'ode-prod', region: 'eu-west-3' });
    try {
      expect(connection).toMatchObject({
        mode: 'aws',
        server: 'https://ABC.gr7.eu-west-3.eks.amazonaws.com',
        version: '1.29',
      });
    } finally {
      connection.close();
    }
  });

  it('prefers the api-server and certificate-authority-data overrides', async () => {
    eks.on(DescribeClusterCommand).resolves({
      cluster: {
        status: 'ACTIVE',
        endpoint: 'https://x.eks.amazonaws.com',
        certificateAuthority: { data: 'bm90IGEgY2VydA==' },
      },
    });
    const connection = await connectToCluster({
      cluster: 'c',
      region: 'eu-west-3',
      apiServer: 'https://127.0.0.1:6443',
      caData: CA,
    });
    try {
      expect(connection.server).toBe('https://127.0.0.1:6443');
    } finally {
      connection.close();
    }
  });

  it('says when the cluster does not exist in the region', async () => {
    eks
      .on(DescribeClusterCommand)
      .rejects(new ResourceNotFoundException({ message: 'No cluster found for name: nope.', $metadata: {} }));
    await expect(connectToCluster({ cluster: 'nope', region: 'eu-west-3' })).rejects.toThrow(
      `EKS cluster "nope" does not exist in eu-west-3 (check 'cluster-name' and the region).`,
    );
  });

  it('refuses a cluster that is not ACTIVE', async () => {
    eks.on(DescribeClusterCommand).resolves({
      cluster: { status: 'CREATING', endpoint: 'https://x', certificateAuthority: { data: CA } },
    });
    await expect(connectToCluster({ cluster: 'new', region: 'eu-west-3' })).rejects.toThrow(
      'EKS cluster new is CREATING; its API can only be used when it is ACTIVE.',
    );
  });

  it('refuses a CA that is not a PEM certificate', async () => {
    eks.on(DescribeClusterCommand).resolves({
      cluster: {
        status: 'ACTIVE',
        endpoint: 'https://x',
        certificateAuthority: { data: 'bm90IGEgY2VydA==' },
      },
    });
    await expect(connectToCluster({ cluster: 'c', region: 'eu-west-3' })).rejects.toThrow(
      'The certificate authority DescribeCluster returned is not base64 of a PEM certificate.',
    );
  });
});

// An EKS cluster in moto (DescribeCluster answers with its endpoint and CA), created once: a
// second run finds it there (ResourceInUseException) and goes on.
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { motoConfig, MOTO_REGION } from './moto.js';

export async function ensureEksCluster(endpoint: string, name: string, region = MOTO_REGION): Promise<void> {
  const eks = new EKSClient(motoConfig(endpoint, region));
  try {
    await eks.send(
      new CreateClusterCommand({
        name,
        roleArn: 'arn:aws:iam::123456789012:role/eks',
        resourcesVpcConfig: { subnetIds: ['subnet-1'] },
      }),
    );
  } catch (error) {
    if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
  } finally {
    eks.destroy();
  }
}

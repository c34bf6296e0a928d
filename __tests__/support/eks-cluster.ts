// An EKS cluster in moto (DescribeCluster answers with its endpoint and CA), created once: a
// second run finds it there (ResourceInUseException) and goes on.
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';

export async function ensureEksCluster(endpoint: string, name: string, region = 'us-east-1'): Promise<void> {
  const eks = new EKSClient({
    region,
    endpoint,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
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

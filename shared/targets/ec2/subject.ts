// What a GitHub deployment names for an EC2 deploy, before the deploy runs: instances chosen by
// tag are known only once the deploy has looked them up.
import { subjectOf, type DeploymentSubject } from '../../github/deployments.js';
import type { Ec2Plan } from './inputs.js';

export function ec2Subject(plan: Ec2Plan, region: string): DeploymentSubject {
  return subjectOf(
    {
      target: 'ec2',
      resource: {
        instances: plan.instanceIds,
        workingDirectory: plan.workingDirectory,
        envFile: plan.envFile,
        composeFiles: plan.composeFiles,
        services: plan.services,
        build: plan.build,
        imageServices: Object.keys(plan.images),
      },
    },
    region,
  );
}

// The release on GitHub Deployments: one deployment of the commit while it runs; success, or
// failure with the reason; after a rollback, the restored version as the environment's current.
import type { DeploymentRecord } from '../../../shared/record/record.js';
import { subjectOf, urlFromOutputs, type DeploymentSubject } from '../../../shared/github/deployments.js';
import type { GitHubDeployments } from '../../../shared/github/deployments.js';
import { finishGitHubDeployment, reportRollbackToGitHub } from '../../../shared/github/report.js';
import type { ReleasePlan, Values } from './plan.js';
import { ec2Subject } from '../../../shared/targets/ec2/subject.js';

export function releaseSubjects(plan: ReleasePlan, values: Values, region: string): DeploymentSubject[] {
  const deploy = plan.deploy;
  switch (deploy.target) {
    case 'ecs':
      return [
        subjectOf({ target: 'ecs', resource: { cluster: deploy.cluster, service: deploy.service } }, region),
      ];
    case 'eks':
      return deploy.deployments.map((deployment) =>
        subjectOf(
          { target: 'eks', resource: { cluster: deploy.cluster, namespace: deploy.namespace, deployment } },
          region,
        ),
      );
    case 'ec2':
      return [ec2Subject(deploy.plan, region)];
    case 'lambda':
      return deploy.mode === 'stack'
        ? [subjectOf({ target: 'cloudformation', resource: { stackName: deploy.stackName } }, region)]
        : [
            subjectOf(
              {
                target: 'lambda',
                resource: {
                  functionName: deploy.functionName,
                  alias: values.alias || undefined,
                },
              },
              region,
            ),
          ];
  }
}

/** The environment's URL by default: the first smoke-test URL, else a URL among the stack outputs. */
export function releaseUrl(plan: ReleasePlan, stackOutputs: unknown): string | undefined {
  const smokeUrl = plan.smoke?.checks[0]?.url;
  if (smokeUrl) return smokeUrl;
  return stackOutputs && typeof stackOutputs === 'object'
    ? urlFromOutputs(stackOutputs as Record<string, string>)
    : undefined;
}

export async function reportRelease(
  github: GitHubDeployments | undefined,
  records: readonly DeploymentRecord[],
  failure: string | undefined,
  url: string | undefined,
): Promise<void> {
  if (!github) return;
  const restored = records.filter((record) => record.status === 'rolled-back');
  if (failure && restored.length) await reportRollbackToGitHub(github, restored, failure, url);
  else if (failure) await github.finish('failure', failure, url);
  else await finishGitHubDeployment(github, records, url);
}

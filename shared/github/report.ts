// The few lines each action needs to report its deploy to GitHub Deployments: start before the
// first change, then one final state; a rollback marks the failure and records what runs again.
import { errorMessage } from '../action/errors.js';
import type { DeploymentRecord } from '../record/record.js';
import { GitHubDeployments, subjectsOf, type DeploymentSubject } from './deployments.js';
import type { GitHubInputValues } from './inputs.js';

/** A started GitHub deployment, or undefined without `github-environment` or in a dry run. */
export async function startGitHubDeployment(
  values: GitHubInputValues,
  action: string,
  subjects: readonly DeploymentSubject[],
  dryRun = false,
): Promise<GitHubDeployments | undefined> {
  if (dryRun) return undefined;
  const github = GitHubDeployments.fromInputs(values, action);
  await github?.start(subjects, `${action}: ${subjects.map((subject) => subject.id).join(', ')}`);
  return github;
}

/**
 * Waits for the deploy, then posts its final state: failure with the error's words when it throws
 * (rethrown), else from the records it made (read once it settled).
 */
export async function settleGitHubDeployment(
  github: GitHubDeployments | undefined,
  deploying: Promise<unknown>,
  records: () => readonly DeploymentRecord[],
  url?: () => string | undefined,
): Promise<void> {
  try {
    await deploying;
  } catch (error) {
    await github?.finish('failure', errorMessage(error), url?.());
    throw error;
  }
  await finishGitHubDeployment(github, records(), url?.());
}

/** The final state of a deploy that did not throw: success, or failure with the records' message. */
export async function finishGitHubDeployment(
  github: GitHubDeployments | undefined,
  records: readonly DeploymentRecord[],
  url?: string,
): Promise<void> {
  if (!github) return;
  const failed = records.find((record) => record.status !== 'succeeded');
  if (failed) await github.finish('failure', failed.message ?? `${failed.status}`, url);
  else {
    const deployed = records.length ? subjectsOf(records) : github.subjects;
    await github.finish('success', `Deployed ${deployed.map((subject) => subject.id).join(', ')}`, url);
  }
}

/** After a restore: the failed deployment marked, the restored records the environment's current. */
export async function reportRollbackToGitHub(
  github: GitHubDeployments | undefined,
  restored: readonly DeploymentRecord[],
  reason: string,
  url?: string,
): Promise<void> {
  if (!github) return;
  const subjects = subjectsOf(restored);
  await github.recordRollback(
    subjects,
    reason,
    `Rolled back: ${subjects.map((subject) => subject.id).join(', ')} run their previous version`,
    url,
  );
}

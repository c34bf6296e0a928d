// GitHub Deployments for one run of a deploy: a deployment of the commit in the GitHub environment,
// `in_progress` while AWS changes, then `success` or `failure` with the run's log and the
// environment's URL. GitHub is told, never asked: the first refusal (no `deployments: write`, no
// repository in the context) is one warning, and the deploy goes on without GitHub.
// @actions/github is imported only here, on the first call, so runs without an environment never
// load it.
import { info, setSecret, warning } from '../action/runtime.js';
import { describeResource, type ResourceIdentity } from '../record/describe.js';
import type { DeploymentRecord } from '../record/record.js';
import type { context as githubContext, getOctokit } from '@actions/github';
import { GITHUB_TOKEN_DEFAULT, type GitHubInputValues } from './inputs.js';

/** What a GitHub deployment is about: a record's id, target, region and resource. */
export type DeploymentSubject = ResourceIdentity & { id: string; region: string };

export type FinalState = 'success' | 'failure';

/** GitHub shows at most 140 characters of a status description. */
const MAX_DESCRIPTION = 140;
/** A GitHub call never holds up the deploy for longer. */
const REQUEST_TIMEOUT_MS = 10_000;

export function subjectOf(identity: ResourceIdentity, region: string): DeploymentSubject {
  return { ...identity, id: describeResource(identity), region };
}

export function subjectsOf(records: readonly DeploymentRecord[]): DeploymentSubject[] {
  return records.map((record) =>
    subjectOf({ target: record.target, resource: record.resource } as ResourceIdentity, record.region),
  );
}

function payloadOf(subjects: readonly DeploymentSubject[]): Record<string, unknown> {
  return subjects.length === 1 && subjects[0] ? { ...subjects[0] } : { records: subjects };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > MAX_DESCRIPTION ? `${line.slice(0, MAX_DESCRIPTION - 1)}…` : line;
}

/** The first URL among a stack's outputs, preferring outputs named like an endpoint or URL. */
export function urlFromOutputs(outputs: Record<string, string>): string | undefined {
  const urls = Object.entries(outputs).filter(([, value]) => /^https?:\/\/\S+$/.test(value));
  const named = urls.find(([key]) => /url|endpoint/i.test(key));
  return (named ?? urls[0])?.[1];
}

/** A URL fit to show on the Deployments page: no user name or password. */
function publicUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    const url = new URL(text);
    if (!url.username && !url.password) return text;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    return undefined;
  }
}

interface RequestError {
  status?: number;
  message?: string;
}

function whyRefused(error: unknown): string {
  const { status, message } = (typeof error === 'object' && error !== null ? error : {}) as RequestError;
  if (status === 403)
    return 'the token may not write deployments: give the job `permissions: deployments: write` (GitHub answered 403)';
  if (status === 404) return 'the repository is not visible to the token (GitHub answered 404)';
  return `${status ? `GitHub answered ${status}: ` : ''}${message ?? String(error)}`;
}

type Octokit = ReturnType<typeof getOctokit>;
type Context = typeof githubContext;

interface Connection {
  octokit: Octokit;
  owner: string;
  repo: string;
  sha: string;
  logUrl?: string | undefined;
  actor?: string | undefined;
}

export class GitHubDeployments {
  private connection: Connection | undefined;
  private off = false;
  private deploymentId: number | undefined;
  private readonly givenUrl: string | undefined;
  /** What `start` reported. */
  subjects: readonly DeploymentSubject[] = [];

  private constructor(
    private readonly action: string,
    private readonly environment: string,
    private readonly token: string,
    environmentUrl: string,
  ) {
    this.givenUrl = environmentUrl || undefined;
  }

  /** Undefined without `github-environment`: nothing is reported and nothing is loaded. */
  static fromInputs(values: GitHubInputValues, action: string): GitHubDeployments | undefined {
    const environment = values['github-environment'];
    if (!environment) return undefined;
    const token = values['github-token'] === GITHUB_TOKEN_DEFAULT ? '' : values['github-token'];
    if (token) setSecret(token);
    return new GitHubDeployments(action, environment, token, values['github-environment-url']);
  }

  /** The id of the deployment this run created, once created. */
  get id(): number | undefined {
    return this.deploymentId;
  }

  /** Creates the deployment of the commit and marks it `in_progress`. */
  async start(subjects: readonly DeploymentSubject[], description: string): Promise<void> {
    this.subjects = subjects;
    const id = await this.create(subjects, description);
    if (id !== undefined) await this.post(id, 'in_progress', description, undefined);
  }

  /** `success` or `failure` on the deployment `start` created; `url` is the default environment URL. */
  async finish(state: FinalState, description: string, url?: string): Promise<void> {
    if (this.deploymentId === undefined) return;
    await this.post(this.deploymentId, state, description, url);
  }

  /**
   * After a rollback: the deployment that failed (this run's, else the newest of the commit in the
   * environment) is marked `failure` with the reason, and the restored version becomes the
   * environment's current deployment (a new deployment, `success`).
   */
  async recordRollback(
    restored: readonly DeploymentSubject[],
    reason: string,
    description: string,
    url?: string,
  ): Promise<void> {
    const failed = this.deploymentId ?? (await this.newestOfCommit());
    if (failed !== undefined) await this.post(failed, 'failure', `Rolled back: ${reason}`, undefined);
    if (this.off || restored.length === 0) return;
    const id = await this.create(restored, description, 'deploy:rollback');
    if (id !== undefined) await this.post(id, 'success', description, url);
  }

  private async connect(): Promise<Connection | undefined> {
    if (this.off) return undefined;
    if (this.connection) return this.connection;
    if (!this.token) return this.refuse('`github-token` is empty');
    const { context, getOctokit } = await import('@actions/github');
    const repository = process.env['GITHUB_REPOSITORY'];
    if (!repository || !context.sha) return this.refuse('GITHUB_REPOSITORY or GITHUB_SHA is not set');
    const { owner, repo } = context.repo;
    const logUrl = runUrl(context, owner, repo);
    this.connection = {
      octokit: getOctokit(this.token),
      owner,
      repo,
      sha: context.sha,
      logUrl: logUrl || undefined,
      actor: context.actor || undefined,
    };
    return this.connection;
  }

  private refuse(reason: string, error?: unknown): undefined {
    if (!this.off)
      warning(
        `GitHub deployment in ${this.environment} not recorded: ${error === undefined ? reason : whyRefused(error)}. The deploy goes on.`,
        { title: `${this.action}: GitHub deployment` },
      );
    this.off = true;
    return undefined;
  }

  private async create(
    subjects: readonly DeploymentSubject[],
    description: string,
    task = 'deploy',
  ): Promise<number | undefined> {
    const connection = await this.connect();
    if (!connection) return undefined;
    try {
      const response = await connection.octokit.rest.repos.createDeployment({
        owner: connection.owner,
        repo: connection.repo,
        ref: connection.sha,
        task,
        auto_merge: false,
        required_contexts: [],
        environment: this.environment,
        transient_environment: false,
        payload: payloadOf(subjects),
        description: shorten(`${description}${connection.actor ? ` (by ${connection.actor})` : ''}`),
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      });
      if (!('id' in response.data))
        return this.refuse('', { status: response.status, message: response.data.message });
      if (task === 'deploy') this.deploymentId = response.data.id;
      info(`GitHub deployment ${response.data.id} of ${connection.sha.slice(0, 7)} in ${this.environment}.`);
      return response.data.id;
    } catch (error) {
      return this.refuse('', error);
    }
  }

  private async post(
    id: number,
    state: 'in_progress' | FinalState,
    description: string,
    defaultUrl: string | undefined,
  ): Promise<void> {
    const connection = await this.connect();
    if (!connection) return;
    const environmentUrl = this.givenUrl ?? publicUrl(defaultUrl);
    try {
      await connection.octokit.rest.repos.createDeploymentStatus({
        owner: connection.owner,
        repo: connection.repo,
        deployment_id: id,
        state,
        description: shorten(description),
        ...(connection.logUrl ? { log_url: connection.logUrl } : {}),
        ...(environmentUrl ? { environment_url: environmentUrl } : {}),
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      });
      info(`GitHub deployment ${id} in ${this.environment}: ${state}.`);
    } catch (error) {
      this.refuse('', error);
    }
  }

  private async newestOfCommit(): Promise<number | undefined> {
    const connection = await this.connect();
    if (!connection) return undefined;
    try {
      const response = await connection.octokit.rest.repos.listDeployments({
        owner: connection.owner,
        repo: connection.repo,
        sha: connection.sha,
        environment: this.environment,
        per_page: 1,
        request: { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) },
      });
      const newest = response.data[0];
      if (!newest)
        info(`No GitHub deployment of ${connection.sha.slice(0, 7)} in ${this.environment} to mark failed.`);
      return newest?.id;
    } catch (error) {
      return this.refuse('', error);
    }
  }
}

/** The run's page (this attempt), the deployment's log. */
function runUrl(context: Context, owner: string, repo: string): string | undefined {
  if (!Number.isFinite(context.runId)) return undefined;
  const attempt =
    Number.isFinite(context.runAttempt) && context.runAttempt > 1 ? `/attempts/${context.runAttempt}` : '';
  return `${context.serverUrl}/${owner}/${repo}/actions/runs/${context.runId}${attempt}`;
}

// A stand-in of the GitHub REST API's Deployments endpoints on 127.0.0.1, reached by the actions
// through GITHUB_API_URL as on a GitHub Enterprise Server. Every request and every response is
// validated against GitHub's published OpenAPI description (./openapi.ts); what does not conform
// is answered 422 and kept in `problems`, which a test expects to be empty.
// Reproduces: create a deployment (201), list deployments filtered by sha and environment (newest
// first), create a deployment status (201), and GitHub's 403 "Resource not accessible by
// integration" for a token without `deployments: write`. It does not reproduce environment
// protection rules, auto-merge, required status checks or rate limits.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation } from './openapi.js';

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  statuses: DeploymentStatus[];
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment?: string;
  log_url?: string;
  environment_url?: string;
}

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  status: number;
  body: unknown;
  authorization?: string;
}

const USER = {
  login: 'github-actions[bot]',
  id: 41898282,
  node_id: 'MDM6Qm90NDE4OTgyODI=',
  avatar_url: 'https://avatars.githubusercontent.com/in/15368?v=4',
  gravatar_id: '',
  url: 'https://api.github.com/users/github-actions%5Bbot%5D',
  html_url: 'https://github.com/apps/github-actions',
  followers_url: 'https://api.github.com/users/github-actions%5Bbot%5D/followers',
  following_url: 'https://api.github.com/users/github-actions%5Bbot%5D/following{/other_user}',
  gists_url: 'https://api.github.com/users/github-actions%5Bbot%5D/gists{/gist_id}',
  starred_url: 'https://api.github.com/users/github-actions%5Bbot%5D/starred{/owner}{/repo}',
  subscriptions_url: 'https://api.github.com/users/github-actions%5Bbot%5D/subscriptions',
  organizations_url: 'https://api.github.com/users/github-actions%5Bbot%5D/orgs',
  repos_url: 'https://api.github.com/users/github-actions%5Bbot%5D/repos',
  events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/events{/privacy}',
  received_events_url: 'https://api.github.com/users/github-actions%5Bbot%5D/received_events',
  type: 'Bot',
  site_admin: false,
};

export class GitHubApiStandIn {
  readonly deployments: Deployment[] = [];
  readonly requests: RecordedRequest[] = [];
  readonly problems: string[] = [];
  /** When false, every write answers 403 as for a token without `deployments: write`. */
  canWrite = true;
  private nextId = 1000;
  private server: Server | undefined;
  private base = '';

  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  reset(): void {
    this.deployments.length = 0;
    this.requests.length = 0;
    this.problems.length = 0;
    this.canWrite = true;
  }

  /** The deployments of an environment, oldest first, with their statuses' states. */
  history(environment: string): Array<{ task: string; states: string[]; payload: unknown }> {
    return this.deployments
      .filter((deployment) => deployment.environment === environment)
      .map((deployment) => ({
        task: deployment.task,
        states: deployment.statuses.map((status) => status.state),
        payload: deployment.payload,
      }));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.base);
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      return this.answer(response, { method, path: url.pathname, status: 400, body: text }, 400, {
        message: 'Problems parsing JSON',
        documentation_url: 'https://docs.github.com/rest',
        status: '400',
      });
    }
    const recorded: RecordedRequest = {
      method,
      path: url.pathname,
      status: 0,
      body,
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
    };
    const operation = findOperation(method, url.pathname);
    if (!operation) {
      this.problems.push(`${method} ${url.pathname} is not an operation of the GitHub REST API`);
      return this.answer(response, recorded, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    }
    recorded.operationId = operation.operationId;
    const invalid = operation.checkRequest(url.searchParams, body);
    if (invalid.length) {
      this.problems.push(...invalid.map((problem) => `${operation.operationId}: ${problem}`));
      return this.answer(response, recorded, 422, {
        message: 'Invalid request.',
        documentation_url: 'https://docs.github.com/rest',
        status: '422',
      });
    }
    const [status, answer] = this.respond(
      operation.operationId,
      operation.pathParameters,
      url.searchParams,
      body,
    );
    const wrong = operation.checkResponse(status, answer);
    this.problems.push(...wrong.map((problem) => `${operation.operationId} (stand-in): ${problem}`));
    this.answer(response, recorded, status, answer);
  }

  private answer(response: ServerResponse, recorded: RecordedRequest, status: number, body: unknown): void {
    recorded.status = status;
    this.requests.push(recorded);
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  }

  private respond(
    operationId: string,
    path: Record<string, string>,
    query: URLSearchParams,
    body: unknown,
  ): [number, unknown] {
    const repository = `${path['owner']}/${path['repo']}`;
    const write = operationId !== 'repos/list-deployments';
    if (write && !this.canWrite)
      return [
        403,
        {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
          status: '403',
        },
      ];
    const input = (body ?? {}) as Record<string, unknown>;
    switch (operationId) {
      case 'repos/create-deployment': {
        const deployment: Deployment = {
          id: this.nextId++,
          sha: String(input['ref']),
          ref: String(input['ref']),
          task: typeof input['task'] === 'string' ? input['task'] : 'deploy',
          environment: typeof input['environment'] === 'string' ? input['environment'] : 'production',
          description: typeof input['description'] === 'string' ? input['description'] : null,
          payload: (input['payload'] as Deployment['payload']) ?? {},
          statuses: [],
        };
        this.deployments.push(deployment);
        return [201, this.deploymentJson(repository, deployment)];
      }
      case 'repos/list-deployments': {
        const found = this.deployments
          .filter((deployment) => !query.get('sha') || deployment.sha === query.get('sha'))
          .filter(
            (deployment) => !query.get('environment') || deployment.environment === query.get('environment'),
          )
          .reverse()
          .slice(0, Number(query.get('per_page') ?? 30));
        return [200, found.map((deployment) => this.deploymentJson(repository, deployment))];
      }
      case 'repos/create-deployment-status': {
        const deployment = this.deployments.find(
          (candidate) => candidate.id === Number(path['deployment_id']),
        );
        if (!deployment)
          return [
            404,
            { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
          ];
        const status: DeploymentStatus = {
          id: this.nextId++,
          state: String(input['state']),
          description: typeof input['description'] === 'string' ? input['description'] : '',
          environment:
            typeof input['environment'] === 'string' ? input['environment'] : deployment.environment,
          ...(typeof input['log_url'] === 'string' ? { log_url: input['log_url'] } : {}),
          ...(typeof input['environment_url'] === 'string'
            ? { environment_url: input['environment_url'] }
            : {}),
        };
        deployment.statuses.push(status);
        return [201, this.statusJson(repository, deployment, status)];
      }
      default:
        this.problems.push(`the stand-in does not implement ${operationId}`);
        return [
          404,
          { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' },
        ];
    }
  }

  private deploymentJson(repository: string, deployment: Deployment): Record<string, unknown> {
    const url = `${this.base}/repos/${repository}/deployments/${deployment.id}`;
    const now = new Date().toISOString();
    return {
      url,
      id: deployment.id,
      node_id: Buffer.from(`Deployment${deployment.id}`).toString('base64'),
      sha: deployment.sha,
      ref: deployment.ref,
      task: deployment.task,
      payload: deployment.payload,
      original_environment: deployment.environment,
      environment: deployment.environment,
      description: deployment.description,
      creator: USER,
      created_at: now,
      updated_at: now,
      statuses_url: `${url}/statuses`,
      repository_url: `${this.base}/repos/${repository}`,
      transient_environment: false,
      production_environment: deployment.environment === 'production',
    };
  }

  private statusJson(
    repository: string,
    deployment: Deployment,
    status: DeploymentStatus,
  ): Record<string, unknown> {
    const deploymentUrl = `${this.base}/repos/${repository}/deployments/${deployment.id}`;
    const now = new Date().toISOString();
    return {
      url: `${deploymentUrl}/statuses/${status.id}`,
      id: status.id,
      node_id: Buffer.from(`DeploymentStatus${status.id}`).toString('base64'),
      state: status.state,
      creator: USER,
      description: status.description,
      environment: status.environment ?? deployment.environment,
      target_url: status.log_url ?? '',
      log_url: status.log_url ?? '',
      environment_url: status.environment_url ?? '',
      created_at: now,
      updated_at: now,
      deployment_url: deploymentUrl,
      repository_url: `${this.base}/repos/${repository}`,
    };
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

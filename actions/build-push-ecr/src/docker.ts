// The docker CLI, run with arguments (never through a shell) by @actions/exec, in a private DOCKER_CONFIG.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActionError } from '../../../shared/action/errors.js';

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  stdin?: string;
  /** Each line of output as it comes (stdout and stderr), for the log. */
  onLine?: (line: string) => void;
  signal?: AbortSignal | undefined;
}

export type Runner = (args: readonly string[], options: RunOptions) => Promise<CommandResult>;

/**
 * Runs `docker` (or `command`) through @actions/exec with the given environment; resolves with the
 * exit code and the output. Silent: the caller logs lines through `onLine`, so no command line,
 * and no value in one, is echoed by the toolkit.
 */
export function execRunner(env: NodeJS.ProcessEnv, command = 'docker'): Runner {
  const environment = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return async (args, options) => {
    if (options.signal?.aborted)
      throw new ActionError(`Cancelled before running ${command} ${args[0] ?? ''}.`);
    const { getExecOutput } = await import('@actions/exec');
    try {
      const result = await getExecOutput(command, [...args], {
        env: environment,
        silent: true,
        ignoreReturnCode: true,
        ...(options.stdin !== undefined ? { input: Buffer.from(options.stdin, 'utf8') } : {}),
        listeners: {
          stdline: (line) => options.onLine?.(line),
          errline: (line) => options.onLine?.(line),
        },
      });
      return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    } catch (error) {
      if (/Unable to locate executable file/.test((error as Error).message))
        throw new ActionError(`The ${command} command was not found on PATH: install it on the runner.`);
      throw error;
    }
  };
}

/** The user's docker configuration directory (DOCKER_CONFIG, else ~/.docker). */
export function userDockerConfigDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['DOCKER_CONFIG'] || join(homedir(), '.docker');
}

/**
 * A DOCKER_CONFIG of our own under RUNNER_TEMP, so the login never touches the user's. The CLI
 * plugins of the user's configuration stay found (docker/setup-buildx-action can install buildx
 * there).
 */
export function privateDockerConfig(env: NodeJS.ProcessEnv = process.env): {
  dir: string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(env['RUNNER_TEMP'] || tmpdir(), 'build-push-ecr-docker-'));
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({ cliPluginsExtraDirs: [join(userDockerConfigDir(env), 'cli-plugins')] }),
  );
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface PushResult {
  digest: string;
  size: number | undefined;
  layersPushed: number;
  layersReused: number;
}

/** Reads `docker push` output: `<tag>: digest: sha256:… size: N` and one line per layer. */
export function parsePushOutput(output: string, tag: string): PushResult | undefined {
  const escaped = tag.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^${escaped}: digest: (sha256:[a-f0-9]{64})(?: size: (\\d+))?`, 'm').exec(output);
  if (!match?.[1]) return undefined;
  return {
    digest: match[1],
    size: match[2] ? Number(match[2]) : undefined,
    layersPushed: (output.match(/^[a-f0-9]{12}: Pushed$/gm) ?? []).length,
    layersReused: (output.match(/^[a-f0-9]{12}: (Layer already exists|Mounted from .*)$/gm) ?? []).length,
  };
}

export function commandFailure(what: string, args: readonly string[], result: CommandResult): ActionError {
  const tail = (result.stderr || result.stdout).trim().split('\n').slice(-8).join('\n');
  return new ActionError(
    `${what} failed (docker ${args[0] ?? ''} exited with ${result.code}): ${tail.split('\n').at(-1) ?? ''}`,
    tail,
  );
}

export class Docker {
  constructor(readonly runner: Runner) {}

  /** True when the buildx plugin answers. */
  async hasBuildx(): Promise<boolean> {
    const result = await this.runner(['buildx', 'version'], {}).catch(() => undefined);
    return result?.code === 0;
  }

  /** `docker login --password-stdin`: the password never is an argument. */
  async login(registry: string, username: string, password: string, signal?: AbortSignal): Promise<void> {
    const args = ['login', '--username', username, '--password-stdin', registry];
    const result = await this.runner(args, { stdin: password, signal });
    if (result.code !== 0) throw commandFailure(`Logging in to ${registry}`, args, result);
  }

  async logout(registry: string): Promise<void> {
    await this.runner(['logout', registry], {}).catch(() => undefined);
  }

  async run(what: string, args: readonly string[], options: RunOptions = {}): Promise<CommandResult> {
    const result = await this.runner(args, options);
    if (result.code !== 0) throw commandFailure(what, args, result);
    return result;
  }

  async push(reference: string, tag: string, options: RunOptions = {}): Promise<PushResult> {
    const result = await this.run(`Pushing ${reference}`, ['push', reference], options);
    const parsed = parsePushOutput(result.stdout + '\n' + result.stderr, tag);
    if (!parsed)
      throw new ActionError(`docker push ${reference} succeeded but printed no digest for tag ${tag}.`);
    return parsed;
  }

  /** Size in bytes of a local image (classic builder), for the summary. */
  async imageSize(reference: string): Promise<number | undefined> {
    const result = await this.runner(['image', 'inspect', '--format', '{{.Size}}', reference], {});
    const size = Number(result.stdout.trim());
    return result.code === 0 && Number.isFinite(size) ? size : undefined;
  }
}

// A stand-in for SSM Run Command, for tests only, in front of moto. moto stores SendCommand but
// never runs anything; this server runs each AWS-RunShellScript command for real, on this machine,
// as the SSM agent would on the instance, and answers as SSM does:
//
//   - SendCommand: the commands (joined by newlines, as the agent writes `_script.sh`) run with
//     `sh`, as root, one process per instance, inside a mount namespace where the instance's own
//     directory is bind-mounted at `mountPoint` (so each "instance" has its own checkout at the
//     same path, as separate machines do); `executionTimeout` is honoured. An instance that is not
//     registered here gets InvalidInstanceId, as an instance without a running agent does.
//     Registered with `mounts`, more directories are bind-mounted (a data volume: `mountpoint`
//     holds); with `network`, the script runs in the network namespace of that process (the
//     instance's own `localhost`, see workflow-instances.ts); with `path`, those directories come
//     first on its PATH (stand-ins of the instance's own tools).
//   - GetCommandInvocation: Pending → InProgress → Success | Failed | Cancelled | TimedOut, with
//     ResponseCode (-1 until the script ended) and StatusDetails; output cut to the first 24,000
//     characters of stdout and 8,000 of stderr, as SSM keeps them; InvocationDoesNotExist for an
//     unknown command or instance.
//   - CancelCommand: kills the script's process group (the agent terminates the process), then
//     Cancelled.
//   - ListCommandInvocations: the invocations of a command, with output when Details is set.
//   - DescribeInstanceInformation: moto does not implement it; answered for the instances
//     registered here in the region the request is signed for, from what moto's EC2 knows of
//     them, as SSM does: PingStatus Online while the instance runs, ConnectionLost otherwise; the
//     InstanceIds and `tag:<key>` filters.
//
// What it cannot reproduce: the delivery to a remote agent (Delayed, Undeliverable), the
// CloudWatch output upload, and the real agent's user and environment; everything else is
// forwarded to moto untouched (EC2 DescribeInstances, Parameter Store, …).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { DescribeInstancesCommand, EC2Client, type Instance as Ec2Instance } from '@aws-sdk/client-ec2';
import { dirname, join } from 'node:path';
import { motoConfig } from './moto.js';

const STDOUT_LIMIT = 24_000;
const STDERR_LIMIT = 8_000;

export interface SentCommand {
  commandId: string;
  instanceIds: string[];
  documentName: string;
  commands: string[];
  comment: string;
  /** The document's `executionTimeout` parameter, in seconds (SSM's default: 3600). */
  executionTimeoutSeconds: number;
  /** Milliseconds since the runner started. */
  at: number;
}

interface Invocation {
  commandId: string;
  instanceId: string;
  documentName: string;
  comment: string;
  status: 'Pending' | 'InProgress' | 'Success' | 'Failed' | 'Cancelled' | 'TimedOut';
  statusDetails: string;
  responseCode: number;
  stdout: string;
  stderr: string;
  startedAt?: Date;
  endedAt?: Date;
  child?: ChildProcess;
  finishedAt?: number;
}

export interface InstanceOptions {
  pingStatus?: string;
  /** The region the instance was launched in (moto's EC2 is per region). Default us-east-1. */
  region?: string;
  /** Where the instance sees `directory`; default the runner's `mountPoint`. */
  mountPoint?: string;
  /** More bind mounts: path on the instance → directory here (created on this machine if absent). */
  mounts?: Record<string, string>;
  /** A process whose network namespace is the instance's network. */
  network?: number;
  /** Directories first on the PATH of the instance's scripts. */
  path?: string[];
}

interface Instance extends InstanceOptions {
  directory: string;
  pingStatus: string;
}

export interface SsmRunner {
  url: string;
  sent: SentCommand[];
  /** CancelCommand calls that reached the runner: command ids. */
  cancelled: string[];
  /** Registers an instance: its directory is what it sees at `mountPoint`. */
  register(instanceId: string, directory: string, options?: InstanceOptions): void;
  invocations(): Array<
    Pick<Invocation, 'commandId' | 'instanceId' | 'status' | 'responseCode' | 'finishedAt'>
  >;
  close(): Promise<void>;
}

export interface SsmRunnerOptions {
  /** moto, where every other call goes. */
  target: string;
  /** The path the instances see their directory at (the action's working-directory). */
  mountPoint: string;
  /** Environment of the scripts (PATH, DOCKER_HOST, the AWS endpoint of the instance's CLI). */
  env: Record<string, string>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function answer(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'x-amzn-requestid': randomUUID(),
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

function error(res: ServerResponse, code: string, message: string): void {
  answer(res, 400, { __type: code, message });
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const seconds = (date: Date | undefined): number | undefined => (date ? date.getTime() / 1000 : undefined);

export async function startSsmRunner(options: SsmRunnerOptions): Promise<SsmRunner> {
  const target = new URL(options.target);
  if (target.hostname !== '127.0.0.1') throw new Error('the SSM runner forwards to 127.0.0.1 only');
  const work = mkdtempSync(join(tmpdir(), 'ssm-runner-'));
  const started = Date.now();
  const instances = new Map<string, Instance>();
  /** Mount points this runner created on this machine, removed (when empty) on close. */
  const created: string[] = [];
  const mountPointOn = (path: string) => {
    const missing: string[] = [];
    for (let dir = path; !existsSync(dir); dir = dirname(dir)) missing.unshift(dir);
    mkdirSync(path, { recursive: true });
    created.push(...missing);
  };
  const invocations = new Map<string, Invocation>();
  const sent: SentCommand[] = [];
  const cancelled: string[] = [];
  const key = (commandId: string, instanceId: string) => `${commandId}/${instanceId}`;
  mountPointOn(options.mountPoint);

  function finish(invocation: Invocation, status: Invocation['status'], details: string, code: number): void {
    if (invocation.endedAt) return;
    invocation.status = status;
    invocation.statusDetails = details;
    invocation.responseCode = code;
    invocation.endedAt = new Date();
    invocation.finishedAt = Date.now() - started;
  }

  function kill(invocation: Invocation): void {
    const pid = invocation.child?.pid;
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  function run(invocation: Invocation, script: string, timeoutSeconds: number): void {
    const instance = instances.get(invocation.instanceId)!;
    const dir = join(work, invocation.commandId, invocation.instanceId);
    mkdirSync(dir, { recursive: true });
    const scriptFile = join(dir, '_script.sh');
    writeFileSync(scriptFile, script, { mode: 0o700 });
    const mounts = [
      [instance.directory, instance.mountPoint ?? options.mountPoint],
      ...Object.entries(instance.mounts ?? {}).map(([target, source]) => [source, target]),
    ].flat();
    const agentCommand = [
      'unshare',
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      'dir=$1; shift; while [ $# -gt 0 ]; do mount --bind "$1" "$2" || exit 1; shift 2; done; cd "$dir" && exec sh "$dir/_script.sh"',
      'ssm-agent',
      dir,
      ...mounts,
    ];
    const command =
      instance.network === undefined
        ? agentCommand
        : ['nsenter', `--net=/proc/${instance.network}/ns/net`, ...agentCommand];
    const path = [...(instance.path ?? []), options.env['PATH'] ?? ''].join(':');
    const child = spawn(command[0] ?? '', command.slice(1), {
      env: { ...options.env, PATH: path, HOME: dir },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    invocation.child = child;
    invocation.status = 'InProgress';
    invocation.statusDetails = 'InProgress';
    invocation.startedAt = new Date();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (invocation.stdout.length < STDOUT_LIMIT)
        invocation.stdout = (invocation.stdout + chunk).slice(0, STDOUT_LIMIT);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (invocation.stderr.length < STDERR_LIMIT)
        invocation.stderr = (invocation.stderr + chunk).slice(0, STDERR_LIMIT);
    });
    const timer = setTimeout(() => {
      finish(invocation, 'TimedOut', 'ExecutionTimedOut', -1);
      kill(invocation);
    }, timeoutSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) finish(invocation, 'Success', 'Success', 0);
      else finish(invocation, 'Failed', 'Failed', code ?? -1);
    });
  }

  const ec2Clients = new Map<string, EC2Client>();
  const ec2 = (region: string): EC2Client => {
    const client = ec2Clients.get(region) ?? new EC2Client(motoConfig(options.target, region));
    ec2Clients.set(region, client);
    return client;
  };
  type Handler = (body: Record<string, unknown>, res: ServerResponse, region: string) => void | Promise<void>;
  const handlers: Record<string, Handler> = {
    SendCommand(body, res) {
      const ids = (body['InstanceIds'] as string[] | undefined) ?? [];
      const documentName = text(body['DocumentName']);
      const parameters = (body['Parameters'] as Record<string, string[]> | undefined) ?? {};
      const commands = parameters['commands'] ?? [];
      if (documentName !== 'AWS-RunShellScript')
        return error(
          res,
          'InvalidDocument',
          `Document ${documentName} does not exist (this stand-in runs AWS-RunShellScript only).`,
        );
      if (ids.length === 0 || commands.length === 0)
        return error(res, 'ValidationException', 'InstanceIds and Parameters.commands are required.');
      const unknown = ids.find((id) => !instances.has(id));
      if (unknown)
        return error(res, 'InvalidInstanceId', `Instances [[${unknown}]] not in a valid state for account.`);
      const commandId = randomUUID();
      const comment = text(body['Comment']);
      const timeout = Number(parameters['executionTimeout']?.[0] ?? 3600);
      sent.push({
        commandId,
        instanceIds: ids,
        documentName,
        commands,
        comment,
        executionTimeoutSeconds: timeout,
        at: Date.now() - started,
      });
      for (const instanceId of ids) {
        const invocation: Invocation = {
          commandId,
          instanceId,
          documentName,
          comment,
          status: 'Pending',
          statusDetails: 'Pending',
          responseCode: -1,
          stdout: '',
          stderr: '',
        };
        invocations.set(key(commandId, instanceId), invocation);
        run(invocation, commands.join('\n'), timeout);
      }
      answer(res, 200, {
        Command: {
          CommandId: commandId,
          DocumentName: documentName,
          Comment: comment,
          InstanceIds: ids,
          Parameters: parameters,
          Status: 'Pending',
          RequestedDateTime: Date.now() / 1000,
          TargetCount: ids.length,
        },
      });
    },
    GetCommandInvocation(body, res) {
      const invocation = invocations.get(key(text(body['CommandId']), text(body['InstanceId'])));
      if (!invocation)
        return error(res, 'InvocationDoesNotExist', 'An error occurred (InvocationDoesNotExist).');
      answer(res, 200, {
        CommandId: invocation.commandId,
        InstanceId: invocation.instanceId,
        DocumentName: invocation.documentName,
        Comment: invocation.comment,
        PluginName: 'aws:runShellScript',
        Status: invocation.status,
        StatusDetails: invocation.statusDetails,
        ResponseCode: invocation.responseCode,
        ExecutionStartDateTime: invocation.startedAt?.toISOString() ?? '',
        ExecutionEndDateTime: invocation.endedAt?.toISOString() ?? '',
        StandardOutputContent: invocation.stdout,
        StandardErrorContent: invocation.stderr,
      });
    },
    CancelCommand(body, res) {
      const commandId = text(body['CommandId']);
      const ids = (body['InstanceIds'] as string[] | undefined) ?? [];
      const matching = [...invocations.values()].filter(
        (i) => i.commandId === commandId && (ids.length === 0 || ids.includes(i.instanceId)),
      );
      if (matching.length === 0) return error(res, 'InvalidCommandId', `Command ${commandId} not found.`);
      cancelled.push(commandId);
      for (const invocation of matching) {
        if (invocation.endedAt) continue;
        finish(invocation, 'Cancelled', 'Cancelled', -1);
        kill(invocation);
      }
      answer(res, 200, {});
    },
    ListCommandInvocations(body, res) {
      const commandId = body['CommandId'] as string | undefined;
      const details = body['Details'] === true;
      answer(res, 200, {
        CommandInvocations: [...invocations.values()]
          .filter((i) => !commandId || i.commandId === commandId)
          .map((i) => ({
            CommandId: i.commandId,
            InstanceId: i.instanceId,
            DocumentName: i.documentName,
            Status: i.status,
            StatusDetails: i.statusDetails,
            RequestedDateTime: seconds(i.startedAt),
            ...(details
              ? {
                  CommandPlugins: [
                    {
                      Name: 'aws:runShellScript',
                      Status: i.status,
                      ResponseCode: i.responseCode,
                      Output: i.stdout,
                    },
                  ],
                }
              : {}),
          })),
      });
    },
    async DescribeInstanceInformation(body, res, region) {
      const filters = (body['Filters'] as Array<{ Key: string; Values: string[] }> | undefined) ?? [];
      const registered = [...instances.entries()]
        .filter(([, instance]) => (instance.region ?? 'us-east-1') === region)
        .map(([id]) => id);
      const described: Ec2Instance[] = [];
      if (registered.length) {
        const page = await ec2(region).send(new DescribeInstancesCommand({ InstanceIds: registered }));
        for (const reservation of page.Reservations ?? []) described.push(...(reservation.Instances ?? []));
      }
      const matches = (instance: Ec2Instance): boolean =>
        filters.every((filter) => {
          if (filter.Key === 'InstanceIds') return filter.Values.includes(instance.InstanceId ?? '');
          const tag = /^tag:(.+)$/.exec(filter.Key)?.[1];
          if (tag)
            return (
              instance.Tags?.some((t) => t.Key === tag && filter.Values.includes(t.Value ?? '')) ?? false
            );
          return true;
        });
      answer(res, 200, {
        InstanceInformationList: described.filter(matches).map((instance) => ({
          InstanceId: instance.InstanceId,
          PingStatus:
            instance.State?.Name === 'running'
              ? instances.get(instance.InstanceId!)!.pingStatus
              : 'ConnectionLost',
          PlatformType: 'Linux',
          PlatformName: 'Debian GNU/Linux',
          AgentVersion: '3.3.0.0',
          ResourceType: 'EC2Instance',
          LastPingDateTime: Date.now() / 1000,
        })),
      });
    },
  };

  const agent = new http.Agent({ keepAlive: true });
  function forward(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const upstream = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      },
    );
    upstream.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`ssm-runner: ${e.message}`);
    });
    upstream.end(body);
  }

  const server = http.createServer((req, res) => {
    readBody(req)
      .then((body) => {
        const operation = String(req.headers['x-amz-target'] ?? '').match(/^AmazonSSM\.(\w+)$/)?.[1];
        const handler = operation ? handlers[operation] : undefined;
        if (!handler) return forward(req, res, body);
        // SigV4's credential scope: Credential=<key>/<date>/<region>/ssm/aws4_request
        const region =
          /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? 'us-east-1';
        return handler(JSON.parse(body.toString('utf8') || '{}') as Record<string, unknown>, res, region);
      })
      .catch((e: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`ssm-runner: ${String(e)}`);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    cancelled,
    register(instanceId, directory, instance = {}) {
      for (const target of [instance.mountPoint, ...Object.keys(instance.mounts ?? {})])
        if (target) mountPointOn(target);
      instances.set(instanceId, { ...instance, directory, pingStatus: instance.pingStatus ?? 'Online' });
    },
    invocations: () =>
      [...invocations.values()].map(({ commandId, instanceId, status, responseCode, finishedAt }) => ({
        commandId,
        instanceId,
        status,
        responseCode,
        ...(finishedAt !== undefined ? { finishedAt } : {}),
      })),
    async close() {
      for (const invocation of invocations.values()) if (!invocation.endedAt) kill(invocation);
      agent.destroy();
      ec2Clients.forEach((client) => client.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(work, { recursive: true, force: true });
      for (const path of created.reverse()) {
        try {
          rmdirSync(path);
        } catch {
          // not empty, or already gone: leave it
        }
      }
    },
  };
}

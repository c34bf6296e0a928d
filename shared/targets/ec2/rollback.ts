// Restoring instances to what an ec2 record names as previous. The record is hostile input: each
// instance's restore script first checks the breadcrumb the deploy left under the record's id and
// refuses, changing nothing, when it is missing or names another previous state.
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { Ec2InstanceState, Ec2Record } from '../../record/record.js';
import type { FollowOptions, RestoreOptions, RestoreResult, RollbackAdapter } from '../types.js';
import { EXIT, readMarkers, restoreScript, type ComposeSettings } from './script.js';
import { runScript, sendScript, type CommandRequest, type CommandRun } from './ssm.js';
import { logRun, stateLabel } from './report.js';

export interface Ec2RestoreSettings {
  healthCommand?: string | undefined;
  healthTimeoutMs: number;
  documentName: string;
  logGroup?: string | undefined;
}

export type InstanceRestore = 'restored' | 'unchanged' | 'refused' | 'failed' | 'cancelled' | 'timed-out';

export function composeSettings(record: Ec2Record, settings: Ec2RestoreSettings): ComposeSettings {
  const { resource } = record;
  return {
    region: record.region,
    workingDirectory: resource.workingDirectory,
    composeFiles: resource.composeFiles,
    envFile: resource.envFile,
    services: resource.services,
    build: resource.build,
    imageServices: resource.imageServices,
    healthCommand: settings.healthCommand || undefined,
    healthTimeoutSeconds: Math.ceil(settings.healthTimeoutMs / 1000),
  };
}

export function restoreOutcome(run: CommandRun): InstanceRestore {
  if (run.stopped === 'cancelled') return 'cancelled';
  if (run.stopped === 'timeout') return 'timed-out';
  if (run.exitCode === EXIT.refused) return 'refused';
  if (run.exitCode !== 0) return 'failed';
  return readMarkers(run.stdout).some((m) => m.key === 'result' && m.value === 'unchanged')
    ? 'unchanged'
    : 'restored';
}

/**
 * The SSM execution timeout of a restore nobody follows (started on cancel, in the runner's last
 * seconds): the instance finishes it on its own, within deploy-ec2's default wait-timeout.
 */
const UNWAITED_RESTORE_TIMEOUT_MS = 30 * 60_000;

type InstanceStates = { previous: Ec2InstanceState; current: Ec2InstanceState | null; force: boolean };

function restoreRequest(
  record: Ec2Record,
  instanceId: string,
  states: InstanceStates,
  settings: Ec2RestoreSettings,
  timeoutMs: number,
): CommandRequest {
  return {
    instanceId,
    script: restoreScript({
      ...composeSettings(record, settings),
      recordId: record.id,
      ...states,
    }),
    documentName: settings.documentName,
    comment: `deploy-ec2 restore ${record.id}`,
    executionTimeoutSeconds: Math.max(60, Math.ceil(timeoutMs / 1000)),
    logGroup: settings.logGroup || undefined,
  };
}

/** Runs the restore script of one instance and follows it to its end. */
export async function restoreInstance(
  ssm: SSMClient,
  record: Ec2Record,
  instanceId: string,
  states: InstanceStates,
  settings: Ec2RestoreSettings,
  follow: FollowOptions,
): Promise<{ outcome: InstanceRestore; run: CommandRun }> {
  const run = await runScript(
    ssm,
    restoreRequest(record, instanceId, states, settings, follow.timeoutMs),
    follow,
  );
  logRun(`${instanceId}: restore`, run);
  return { outcome: restoreOutcome(run), run };
}

export function createEc2Rollback(ssm: SSMClient, settings: Ec2RestoreSettings): RollbackAdapter<Ec2Record> {
  return {
    async restore(record: Ec2Record, options: RestoreOptions): Promise<RestoreResult> {
      const previous = record.previous?.instances ?? {};
      const ids = record.resource.instances.filter((id) => Object.hasOwn(previous, id));
      const from = ids.map((id) => `${id} ${stateLabel(record.current?.instances[id])}`).join(', ');
      const to = ids.map((id) => `${id} ${stateLabel(previous[id])}`).join(', ');
      if (ids.length === 0) return { changed: false, from, to };
      if (!options.wait) {
        for (const id of ids) {
          const states = {
            previous: previous[id]!,
            current: record.current?.instances[id] ?? null,
            force: options.force,
          };
          await sendScript(
            ssm,
            restoreRequest(record, id, states, settings, UNWAITED_RESTORE_TIMEOUT_MS),
            options.signal,
          );
        }
        return { changed: true, from, to };
      }
      const started = Date.now();
      const outcomes: Array<{ id: string; outcome: InstanceRestore; run: CommandRun }> = [];
      for (const id of ids) {
        const remaining = options.timeoutMs - (Date.now() - started);
        const { outcome, run } = await restoreInstance(
          ssm,
          record,
          id,
          { previous: previous[id]!, current: record.current?.instances[id] ?? null, force: options.force },
          settings,
          { ...options, timeoutMs: Math.max(1000, remaining) },
        );
        outcomes.push({ id, outcome, run });
        if (outcome !== 'restored' && outcome !== 'unchanged') break;
      }
      const refused = outcomes.filter((o) => o.outcome === 'refused');
      if (refused.length)
        return {
          changed: outcomes.some((o) => o.outcome === 'restored'),
          from,
          to,
          refused: refused.map((o) => `${o.id}: ${lastError(o.run)}`).join('; '),
        };
      const changed = outcomes.some((o) => o.outcome !== 'unchanged');
      const bad = outcomes.find((o) => o.outcome !== 'restored' && o.outcome !== 'unchanged');
      const status = !bad
        ? 'succeeded'
        : bad.outcome === 'cancelled'
          ? 'cancelled'
          : bad.outcome === 'timed-out'
            ? 'timed-out'
            : 'failed';
      return {
        changed,
        from,
        to,
        follow: {
          status,
          reason: bad ? `${bad.id}: ${lastError(bad.run)}` : undefined,
          state: outcomes.map((o) => `${o.id} ${o.outcome}`).join(', '),
          elapsedMs: Date.now() - started,
          polls: outcomes.length,
        },
      };
    },
  };
}

/** The script's own error line (`deploy-ec2: error: …`), else its last line. */
export function lastError(run: CommandRun): string {
  const lines = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const error = [...lines].reverse().find((l) => l.startsWith('deploy-ec2: error: '));
  return error?.slice('deploy-ec2: error: '.length) ?? lines.at(-1) ?? `${run.status} (exit ${run.exitCode})`;
}

// What an instance's command printed, in a log group of its own. The output comes from the
// instance, so workflow commands in it are switched off (::stop-commands::) while it prints.
import { randomUUID } from 'node:crypto';
import { endGroup, info, startGroup } from '../../action/runtime.js';
import type { CommandRun } from './ssm.js';
import type { Ec2InstanceState } from '../../record/record.js';

export function logRun(title: string, run: CommandRun): void {
  startGroup(
    `${title} — ${run.status}${run.exitCode >= 0 ? `, exit ${run.exitCode}` : ''} (${run.commandId})`,
  );
  const token = `deploy-ec2-${randomUUID()}`;
  info(`::stop-commands::${token}`);
  const text = [run.stdout.trimEnd(), run.stderr.trimEnd() ? `--- stderr\n${run.stderr.trimEnd()}` : '']
    .filter(Boolean)
    .join('\n');
  info(text || '(no output)');
  info(`::${token}::`);
  endGroup();
}

/** The last lines of a run's output, for the summary of a failure. */
export function lastLines(run: CommandRun, count = 12): string {
  const lines = `${run.stdout.trimEnd()}\n${run.stderr.trimEnd()}`.trim().split('\n');
  return lines.slice(-count).join('\n');
}

/** `0123456789ab` or `web=registry/web:2`: what an instance runs, in a few words. */
export function stateLabel(state: Ec2InstanceState | undefined): string {
  return (
    [state?.commit?.slice(0, 12), ...Object.entries(state?.images ?? {}).map(([s, i]) => `${s}=${i}`)]
      .filter(Boolean)
      .join(' ') || '—'
  );
}

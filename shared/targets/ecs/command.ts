// The migration-command and rollback-command inputs: a JSON array of arguments, or a line for `sh -c`.
import { createHash } from 'node:crypto';
import { InputError } from '../../action/errors.js';
import type { RollbackCommandResult } from './rollback-command.js';

/** `["npm","run","migrate"]` (a JSON array) is used as it is; any other text runs through `sh -c`. */
export function migrationCommand(text: string): string[] | undefined {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.length > 0 && parsed.every((part) => typeof part === 'string'))
        return parsed;
    } catch {
      return undefined;
    }
    return undefined;
  }
  return trimmed === '' ? undefined : ['sh', '-c', trimmed];
}

export const ROLLBACK_COMMAND_ACCEPTED =
  'a command run with sh -c, such as alembic downgrade -1, or a JSON array such as ["alembic","downgrade","-1"]';

/** Errors about a command never quote it: a command line may carry a secret (a password flag). */
export const NOT_QUOTED = 'its value';

/** The `rollback-command` input as arguments, or undefined when empty; a bad value is an InputError. */
export function rollbackCommand(text: string): string[] | undefined {
  if (!text.trim()) return undefined;
  const command = migrationCommand(text);
  if (!command)
    throw new InputError(
      'rollback-command',
      text,
      ROLLBACK_COMMAND_ACCEPTED,
      'a JSON array of strings was expected',
      NOT_QUOTED,
    );
  return command;
}

/** A digest of the command, for a record (which never holds the command: it may carry a secret). */
export function rollbackCommandDigest(command: string[]): string {
  return `sha256:${createHash('sha256').update(JSON.stringify(command)).digest('hex')}`;
}

/** The `rollback-command-result` output: what ran and how it ended, never the command itself. */
export function rollbackCommandOutput(results: RollbackCommandResult[]): Record<string, unknown> | '' {
  const last = results.at(-1);
  if (!last) return '';
  return {
    status: last.status,
    taskDefinitionArn: last.taskDefinitionArn,
    container: last.container || undefined,
    taskArn: last.taskArn || undefined,
    exitCode: last.exitCode,
    reason: last.reason,
  };
}

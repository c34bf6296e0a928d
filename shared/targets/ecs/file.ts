// A task-definition JSON file as the base: as written by hand, or the output of
// `aws ecs describe-task-definition` ({"taskDefinition": {...}, "tags": [...]}).
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { InputError } from '../../action/errors.js';
import { error as annotate } from '../../action/runtime.js';

const ACCEPTED =
  'the path of a task-definition JSON file (as RegisterTaskDefinition takes it, or describe-task-definition output)';

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, position));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Where JSON.parse stopped, from its message (Node 20: "at position N"; Node 22+: also "line L column C"). */
export function parseErrorLocation(
  text: string,
  message: string,
): { line: number; column: number } | undefined {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineAndColumn(text, text.length);
  return undefined;
}

export interface TaskDefinitionFile {
  taskDefinition: TaskDefinition;
  tags: Tag[];
}

export function readTaskDefinitionFile(
  path: string,
  workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd(),
): TaskDefinitionFile {
  const full = resolve(workspace, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? String(cause);
    throw new InputError(
      'task-definition',
      path,
      ACCEPTED,
      code === 'ENOENT' ? 'no such file' : `cannot be read: ${code}`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const where = parseErrorLocation(text, message);
    const file = relative(workspace, full) || path;
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    annotate(`${file} is not valid JSON${at}: ${message}`, {
      title: 'task-definition',
      file,
      ...(where ? { line: where.line } : {}),
    });
    throw new InputError('task-definition', path, ACCEPTED, `${file} is not valid JSON${at}: ${message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new InputError('task-definition', path, ACCEPTED, 'the file does not hold a JSON object');
  const object = parsed as Record<string, unknown>;
  const wrapped = typeof object['taskDefinition'] === 'object' && object['taskDefinition'] !== null;
  const definition = (wrapped ? object['taskDefinition'] : object) as Record<string, unknown>;
  const tags = (wrapped ? object['tags'] : definition['tags']) ?? [];
  if (!Array.isArray(definition['containerDefinitions']) || definition['containerDefinitions'].length === 0)
    throw new InputError('task-definition', path, ACCEPTED, 'it has no containerDefinitions');
  if (typeof definition['family'] !== 'string' || definition['family'] === '')
    throw new InputError('task-definition', path, ACCEPTED, 'it has no family');
  if (!Array.isArray(tags))
    throw new InputError('task-definition', path, ACCEPTED, 'its tags are not a list');
  return { taskDefinition: definition, tags: tags as unknown[] as Tag[] };
}

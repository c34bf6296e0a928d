// A task-definition JSON file as the base: as written by hand, or the output of
// `aws ecs describe-task-definition` ({"taskDefinition": {...}, "tags": [...]}).
import type { Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { errorMessage, InputError } from '../../action/errors.js';
import { readInputFile, workspaceRoot } from '../../action/paths.js';

/** Largest task-definition file read (RegisterTaskDefinition takes far less). */
const MAX_FILE_BYTES = 1024 * 1024;

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

export function readTaskDefinitionFile(path: string, workspace = workspaceRoot()): TaskDefinitionFile {
  const { text } = readInputFile('task-definition', path, {
    accepted: ACCEPTED,
    maxBytes: MAX_FILE_BYTES,
    roots: [workspace],
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    // one error line, with the place but not the text: JSON.parse quotes the file's content
    const message = errorMessage(cause);
    const where = parseErrorLocation(text, message);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    const error = new InputError('task-definition', path, ACCEPTED, `the file is not valid JSON${at}`);
    error.annotation = { title: 'task-definition', file: path, line: where?.line };
    throw error;
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

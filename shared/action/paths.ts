// Path inputs: a file the action reads resolves (symlinks followed) inside the workspace, is a
// regular file and has a bounded size; a file it writes stays in the workspace and never replaces
// a file the action did not write, unless an input says so. Errors name the input and the path,
// never the content.
import { closeSync, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError } from './errors.js';

/** The workspace (GITHUB_WORKSPACE, else the working directory), symlinks resolved. */
export function workspaceRoot(env: NodeJS.ProcessEnv = process.env): string {
  const root = env['GITHUB_WORKSPACE'] || process.cwd();
  try {
    return realpathSync(root);
  } catch {
    return resolve(root);
  }
}

function isInside(path: string, root: string): boolean {
  const rest = relative(root, path);
  return rest === '' || (!rest.startsWith(`..${sep}`) && rest !== '..' && !isAbsolute(rest));
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${Math.round(bytes / 1024)} KiB`;
}

export interface ReadFileOptions {
  /** What the input takes, in words (for the error). */
  accepted: string;
  maxBytes: number;
  /** Folders the file may be in; default the workspace. */
  roots?: readonly string[];
  /** Base of a relative path; default the first root. */
  base?: string;
}

/**
 * The real path of the file a path input names, once it is inside one of `roots`, a regular file
 * and at most `maxBytes`; an InputError naming the input otherwise.
 */
export function checkInputFile(input: string, value: string, options: ReadFileOptions): string {
  const roots = (options.roots ?? [workspaceRoot()]).map((root) => {
    try {
      return realpathSync(root);
    } catch {
      return resolve(root);
    }
  });
  const base = options.base ?? roots[0] ?? workspaceRoot();
  let real: string;
  try {
    real = realpathSync(resolve(base, value));
  } catch (cause) {
    const code = (cause as { code?: string }).code ?? 'unreadable';
    throw new InputError(input, value, options.accepted, code === 'ENOENT' ? 'no such file' : code);
  }
  if (!roots.some((root) => isInside(real, root)))
    throw new InputError(
      input,
      value,
      options.accepted,
      roots.length > 1 ? `outside ${roots.join(', ')}` : 'outside the workspace (GITHUB_WORKSPACE)',
    );
  const stat = lstatSync(real);
  if (!stat.isFile()) throw new InputError(input, value, options.accepted, 'not a regular file');
  if (stat.size > options.maxBytes)
    throw new InputError(input, value, options.accepted, `larger than ${describeSize(options.maxBytes)}`);
  return real;
}

/** The text of the file a path input names (see checkInputFile); never more than `maxBytes`. */
export function readInputFile(
  input: string,
  value: string,
  options: ReadFileOptions,
): { path: string; text: string } {
  const path = checkInputFile(input, value, options);
  const fd = openSync(path, 'r');
  try {
    // the file may have grown since it was checked: read one byte past the bound to know
    if (!fstatSync(fd).isFile()) throw new InputError(input, value, options.accepted, 'not a regular file');
    const buffer = Buffer.alloc(options.maxBytes + 1);
    let length = 0;
    for (let read = 1; read > 0 && length < buffer.length; length += read)
      read = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > options.maxBytes)
      throw new InputError(input, value, options.accepted, `larger than ${describeSize(options.maxBytes)}`);
    return { path, text: buffer.subarray(0, length).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

export interface OutputFileOptions {
  accepted: string;
  /** The input that allows replacing a file the action did not write. */
  overwriteInput: string;
  overwrite: boolean;
  /** Whether a file's current text was written by this action. */
  isOurs: (text: string) => boolean;
  maxBytes?: number;
  /** Default workspaceRoot(). */
  workspace?: string | undefined;
}

/**
 * The absolute path a file may be written to: inside the workspace (its nearest existing folder
 * resolved), not a symlink nor a folder, and either absent, written by this action before, or
 * allowed to be replaced by `overwriteInput`. Checked before any AWS call.
 */
export function checkOutputFile(input: string, value: string, options: OutputFileOptions): string {
  const root = options.workspace ? realpathSync(options.workspace) : workspaceRoot();
  const target = resolve(root, value);
  let folder = dirname(target);
  for (;;) {
    try {
      folder = realpathSync(folder);
      break;
    } catch {
      if (dirname(folder) === folder) break;
      folder = dirname(folder);
    }
  }
  if (!isInside(target, root) || !isInside(folder, root))
    throw new InputError(input, value, options.accepted, 'outside the workspace (GITHUB_WORKSPACE)');
  let stat;
  try {
    stat = lstatSync(target);
  } catch {
    return target;
  }
  if (stat.isSymbolicLink()) throw new InputError(input, value, options.accepted, 'it is a symbolic link');
  if (!stat.isFile()) throw new InputError(input, value, options.accepted, 'not a regular file');
  if (options.overwrite) return target;
  const { text } = readInputFile(input, value, {
    accepted: options.accepted,
    maxBytes: options.maxBytes ?? 1024 * 1024,
    roots: [root],
  });
  if (!options.isOurs(text))
    throw new InputError(
      input,
      value,
      options.accepted,
      `the file exists and was not written by this action; set ${options.overwriteInput}: true to replace it`,
    );
  return target;
}

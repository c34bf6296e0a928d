// Tag templates → Docker tags, with placeholders from the GitHub context.
import { InputError } from '../../../shared/action/errors.js';
import type { Env } from '../../../shared/action/runtime.js';

export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const PLACEHOLDER = /\{([a-z-]+)\}/g;
export const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'run-number'] as const;

export interface GitContext {
  sha: string | undefined;
  branch: string | undefined;
  runNumber: string | undefined;
}

export function gitContext(env: Env = process.env): GitContext {
  return {
    sha: env['GITHUB_SHA'] || undefined,
    branch: env['GITHUB_REF_NAME'] || undefined,
    runNumber: env['GITHUB_RUN_NUMBER'] || undefined,
  };
}

/** A branch name as a tag: `feature/login` → `feature-login` (any character a tag refuses becomes `-`). */
export function branchAsTag(branch: string): string {
  return branch.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '');
}

function placeholderValue(name: string, git: GitContext): string | undefined {
  switch (name) {
    case 'sha':
      return git.sha;
    case 'short-sha':
      return git.sha?.slice(0, 7);
    case 'branch':
      return git.branch === undefined ? undefined : branchAsTag(git.branch);
    case 'run-number':
      return git.runNumber;
    default:
      return undefined;
  }
}

const CONTEXT_VARIABLE: Record<string, string> = {
  sha: 'GITHUB_SHA',
  'short-sha': 'GITHUB_SHA',
  branch: 'GITHUB_REF_NAME',
  'run-number': 'GITHUB_RUN_NUMBER',
};

/** Expands every template; duplicates after expansion are dropped, order kept. */
export function expandTags(templates: readonly string[], git: GitContext, inputName = 'tags'): string[] {
  const accepted = `Docker tags (${TAG_PATTERN.source}), with placeholders ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`;
  if (templates.length === 0) throw new InputError(inputName, '', accepted);
  const tags: string[] = [];
  for (const template of templates) {
    const tag = template.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(PLACEHOLDERS as readonly string[]).includes(name))
        throw new InputError(inputName, template, accepted, `unknown placeholder ${whole}`);
      const value = placeholderValue(name, git);
      if (!value)
        throw new InputError(
          inputName,
          template,
          accepted,
          `${whole} needs ${CONTEXT_VARIABLE[name] ?? name}, which is not set`,
        );
      return value;
    });
    if (!TAG_PATTERN.test(tag))
      throw new InputError(
        inputName,
        template,
        accepted,
        template === tag
          ? 'not a valid Docker tag'
          : `expands to ${JSON.stringify(tag)}, not a valid Docker tag`,
      );
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

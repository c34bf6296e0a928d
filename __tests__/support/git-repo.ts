// A real git repository with a fixed commit time, for the tests of the image's created time.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Makes `dir` a git repository whose one commit (of the files in it) is at `epoch`. */
export function repositoryCommittedAt(dir: string, epoch: number): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dir, ...args], {
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        GIT_AUTHOR_DATE: `@${epoch} +0000`,
        GIT_COMMITTER_DATE: `@${epoch} +0000`,
      },
    });
  git('init', '-q');
  writeFileSync(join(dir, '.keep'), '');
  git('add', '-A');
  git('commit', '-qm', 'one');
  return dir;
}

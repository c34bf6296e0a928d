// The image's creation time comes from the source, not the clock, so that a rebuild of the same
// commit yields the same image config and digest: SOURCE_DATE_EPOCH when set, else the commit time.
import type { Runner } from './docker.js';

export interface SourceDate {
  epoch: number;
  from: 'SOURCE_DATE_EPOCH' | 'the commit time';
}

function parseEpoch(text: string | undefined): number | undefined {
  const epoch = Number(text?.trim());
  return text?.trim() && Number.isInteger(epoch) && epoch > 0 ? epoch : undefined;
}

/** SOURCE_DATE_EPOCH, else `git log -1 --format=%ct` in `directory`; undefined outside a checkout. */
export async function sourceDate(
  env: NodeJS.ProcessEnv,
  directory: string,
  git: Runner,
): Promise<SourceDate | undefined> {
  const fromEnv = parseEpoch(env['SOURCE_DATE_EPOCH']);
  if (fromEnv !== undefined) return { epoch: fromEnv, from: 'SOURCE_DATE_EPOCH' };
  const result = await git(['-C', directory, 'log', '-1', '--format=%ct'], {}).catch(() => undefined);
  const fromCommit = result?.code === 0 ? parseEpoch(result.stdout) : undefined;
  return fromCommit === undefined ? undefined : { epoch: fromCommit, from: 'the commit time' };
}

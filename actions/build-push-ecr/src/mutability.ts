// Which tags a repository lets a push move: MUTABLE, IMMUTABLE, and the …_WITH_EXCLUSION settings
// whose wildcard filters exempt some tags. Pure code: main loads it before the SDK.

function matchesWildcard(tag: string, filter: string): boolean {
  const pattern = filter.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pattern.join('.*')}$`).test(tag);
}

/** Whether the repository lets a push move `tag` to another image. */
export function tagIsMutable(
  repository: { mutability: string; exclusionFilters: readonly string[] },
  tag: string,
): boolean {
  const excluded = repository.exclusionFilters.some((filter) => matchesWildcard(tag, filter));
  if (repository.mutability === 'IMMUTABLE_WITH_EXCLUSION') return excluded;
  if (repository.mutability === 'MUTABLE_WITH_EXCLUSION') return !excluded;
  return repository.mutability !== 'IMMUTABLE';
}

// The inputs that report a deploy to GitHub Deployments; every deploy action and the root action
// declare them, and auto-rollback too. Reading them loads nothing from the GitHub toolkit.
import { input } from '../action/inputs.js';

/** The runner resolves this expression before the action starts; run by hand it stays as written. */
export const GITHUB_TOKEN_DEFAULT = '${{ github.token }}';

/** Not shared/http's check: that module loads the HTTP client, which start-up must not pay for. */
function webUrlProblem(text: string): string | undefined {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  return url && /^https?:$/.test(url.protocol) && url.hostname ? undefined : 'not an http(s) URL with a host';
}

function environmentProblem(name: string): string | undefined {
  if (name.length > 255) return 'longer than 255 characters';
  return undefined;
}

export const githubInputs = {
  'github-environment': input.string({
    accepted: 'the name of a GitHub environment, such as production',
    check: environmentProblem,
  }),
  'github-environment-url': input.string({ accepted: 'an http or https URL', check: webUrlProblem }),
  'github-token': input.string({ default: GITHUB_TOKEN_DEFAULT, accepted: 'a GitHub token' }),
};

export interface GitHubInputValues {
  'github-environment': string;
  'github-environment-url': string;
  'github-token': string;
}

import { describe, expect, it } from '@jest/globals';
import { readInputs } from '../../../../shared/action/inputs.js';
import { githubInputs } from '../../../../shared/github/inputs.js';

describe('GitHub Deployments inputs', () => {
  it('default to no environment, no URL and the runner token', async () => {
    expect(await readInputs(githubInputs, {})).toEqual({
      'github-environment': '',
      'github-environment-url': '',
      'github-token': '${{ github.token }}',
    });
  });

  it('refuse a URL that is not http(s), naming the input and the value', async () => {
    await expect(
      readInputs(githubInputs, { 'INPUT_GITHUB-ENVIRONMENT-URL': 'ftp://shop.example.com' }),
    ).rejects.toThrow(
      `Input 'github-environment-url' has an invalid value "ftp://shop.example.com" (not an http(s) URL with a host): expected an http or https URL.`,
    );
    await expect(readInputs(githubInputs, { 'INPUT_GITHUB-ENVIRONMENT-URL': 'shop' })).rejects.toThrow(
      "Input 'github-environment-url'",
    );
    expect(
      (await readInputs(githubInputs, { 'INPUT_GITHUB-ENVIRONMENT-URL': 'https://shop.example.com/x' }))[
        'github-environment-url'
      ],
    ).toBe('https://shop.example.com/x');
  });

  it('refuse an environment name longer than GitHub accepts', async () => {
    await expect(readInputs(githubInputs, { 'INPUT_GITHUB-ENVIRONMENT': 'p'.repeat(256) })).rejects.toThrow(
      "Input 'github-environment'",
    );
  });
});

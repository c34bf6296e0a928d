import { describe, expect, it } from '@jest/globals';
import { branchAsTag, expandTags } from '../../../../actions/build-push-ecr/src/tags.js';
import { InputError } from '../../../../shared/action/errors.js';

const git = { sha: '0123456789abcdef0123456789abcdef01234567', branch: 'feature/login', runNumber: '42' };

describe('expandTags', () => {
  it('expands every placeholder from the GitHub context', () => {
    expect(expandTags(['{sha}', 'v-{short-sha}', '{branch}-{run-number}', 'latest'], git)).toEqual([
      '0123456789abcdef0123456789abcdef01234567',
      'v-0123456',
      'feature-login-42',
      'latest',
    ]);
  });

  it('drops duplicates after expansion, keeping the order', () => {
    expect(expandTags(['latest', '{short-sha}', 'latest'], git)).toEqual(['latest', '0123456']);
  });

  it('refuses a tag that is not a valid Docker tag after expansion, naming the input and the result', () => {
    expect(() => expandTags(['.{run-number}'], git)).toThrow(InputError);
    expect(() => expandTags(['.{run-number}'], git)).toThrow(
      /Input 'tags'.*"\.\{run-number\}".*expands to "\.42"/,
    );
    expect(() => expandTags(['a'.repeat(129)], git)).toThrow(/not a valid Docker tag/);
    expect(() => expandTags(['has space'], git)).toThrow(/not a valid Docker tag/);
  });

  it('refuses an unknown placeholder and one whose variable is not set', () => {
    expect(() => expandTags(['{commit}'], git)).toThrow(/unknown placeholder \{commit\}/);
    expect(() => expandTags(['{sha}'], { sha: undefined, branch: undefined, runNumber: undefined })).toThrow(
      /GITHUB_SHA/,
    );
  });

  it('refuses an empty list', () => {
    expect(() => expandTags([], git)).toThrow(/Input 'tags' is required/);
  });

  it('turns a branch into a tag-safe word', () => {
    expect(branchAsTag('release/1.2+hotfix')).toBe('release-1.2-hotfix');
    expect(branchAsTag('-x')).toBe('x');
  });
});

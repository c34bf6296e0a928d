// The validator behind the GitHub API stand-in: it must refuse what GitHub's description refuses
// (and a misspelt field), or the Deployments tests would prove nothing.
import { describe, expect, it } from '@jest/globals';
import { findOperation } from '../../support/openapi.js';

const good = {
  ref: 'a'.repeat(40),
  task: 'deploy',
  auto_merge: false,
  required_contexts: [],
  environment: 'production',
  transient_environment: false,
  payload: { id: 'ecs:c/s', target: 'ecs' },
  description: 'deploy-ecs',
};

describe('GitHub OpenAPI validation', () => {
  const create = findOperation('POST', '/repos/octo/app/deployments');

  it('finds the operation of a concrete path', () => {
    expect(create?.operationId).toBe('repos/create-deployment');
    expect(create?.pathParameters).toEqual({ owner: 'octo', repo: 'app' });
    expect(findOperation('POST', '/repos/octo/app/deployments/7/statuses')?.operationId).toBe(
      'repos/create-deployment-status',
    );
  });

  it('accepts a request body as GitHub documents it', () => {
    expect(create?.checkRequest(new URLSearchParams(), good)).toEqual([]);
  });

  it('refuses a body with a wrong type, a misspelt field or no required field', () => {
    expect(create?.checkRequest(new URLSearchParams(), { ...good, auto_merge: 'no' })).toEqual([
      expect.stringContaining('/auto_merge must be boolean'),
    ]);
    const { environment, ...rest } = good;
    expect(create?.checkRequest(new URLSearchParams(), { ...rest, enviroment: environment })).toEqual([
      expect.stringContaining('(enviroment)'),
    ]);
    expect(create?.checkRequest(new URLSearchParams(), { task: 'deploy' })).toEqual([
      expect.stringContaining("must have required property 'ref'"),
    ]);
    const status = findOperation('POST', '/repos/octo/app/deployments/7/statuses');
    expect(status?.checkRequest(new URLSearchParams(), { state: 'done' })).toEqual([
      expect.stringContaining('must be equal to one of the allowed values'),
    ]);
  });

  it('refuses an unknown query parameter and a malformed path parameter', () => {
    const list = findOperation('GET', '/repos/octo/app/deployments');
    expect(
      list?.checkRequest(new URLSearchParams({ environment: 'production', per_page: '1' }), undefined),
    ).toEqual([]);
    expect(list?.checkRequest(new URLSearchParams({ commit: 'abc' }), undefined)).toEqual([
      expect.stringContaining('query parameter commit'),
    ]);
    const status = findOperation('POST', '/repos/octo/app/deployments/latest/statuses');
    expect(status?.checkRequest(new URLSearchParams(), { state: 'success' })).toEqual([
      expect.stringContaining('path parameter deployment_id'),
    ]);
  });

  it('refuses a response that lacks a required field or has one GitHub does not send', () => {
    expect(create?.checkResponse(201, { id: 1 })).toEqual(
      expect.arrayContaining([expect.stringContaining("must have required property 'node_id'")]),
    );
    expect(create?.checkResponse(403, { message: 'Forbidden', status: '403', reason: 'x' })).toEqual([
      expect.stringContaining('(reason)'),
    ]);
  });
});

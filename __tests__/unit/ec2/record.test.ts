// ec2 records: every value of a record ends up in a script on the instances, so the decoder holds
// each to the rules of the deploy-ec2 inputs before anything reads it.
import { describe, expect, it } from '@jest/globals';
import { decodeRecords, RECORD_SCHEMA, type Ec2Record } from '../../../shared/record/index.js';

const record: Ec2Record = {
  schema: RECORD_SCHEMA,
  id: '0f8c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f',
  target: 'ec2',
  region: 'eu-west-3',
  resource: {
    instances: ['i-0123456789abcdef0'],
    workingDirectory: '/opt/keystone',
    envFile: '.env',
    composeFiles: ['docker-compose.yml', 'docker-compose.override.yml'],
    services: ['backend'],
    build: true,
    imageServices: [],
  },
  previous: { instances: { 'i-0123456789abcdef0': { commit: 'a'.repeat(40) } } },
  current: { instances: { 'i-0123456789abcdef0': { commit: 'b'.repeat(40) } } },
  status: 'succeeded',
  startedAt: '2026-12-06T01:00:00.000Z',
};

const decode = (value: unknown) => () => decodeRecords(JSON.stringify(value));

describe('ec2 records', () => {
  it('decode when every value keeps to the rules', () => {
    expect(decodeRecords(JSON.stringify(record))).toEqual([record]);
  });

  it.each([
    ['resource.instances[0]', { resource: { ...record.resource, instances: ['i-0123; reboot'] } }],
    ['resource.workingDirectory', { resource: { ...record.resource, workingDirectory: '/opt/../etc' } }],
    ['resource.envFile', { resource: { ...record.resource, envFile: '../../etc/passwd' } }],
    ['resource.services[0]', { resource: { ...record.resource, services: ['web$(id)'] } }],
    ['id', { id: '../x' }],
    ['id', { id: undefined }],
    // the id moved from resource.recordId to the record's id, as every other target has it
    ['resource.recordId', { resource: { ...record.resource, recordId: 'deploy-42-1-0a1b2c3d' } }],
    [
      'previous.instances.i-0123456789abcdef0.commit',
      { previous: { instances: { 'i-0123456789abcdef0': { commit: 'HEAD~1' } } } },
    ],
    [
      'previous.instances.i-0123456789abcdef0.images.web',
      { previous: { instances: { 'i-0123456789abcdef0': { images: { web: 'x`id`' } } } } },
    ],
    ['previous.instances key', { previous: { instances: { 'i-1 ; id': {} } } }],
  ])('refuse a hostile %s', (path, change) => {
    expect(decode({ ...record, ...change })).toThrow(`deployment.${path}`);
  });
});

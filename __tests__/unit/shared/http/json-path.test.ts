import { describe, expect, it } from '@jest/globals';
import { describeWhereMissing, jsonValueMatches, readJsonPath } from '../../../../shared/http/json-path.js';

const doc = {
  data: { items: [{ status: 'ok', count: 3 }, { status: 'down' }], '0': 'key' },
  healthy: true,
  version: null,
};

describe('readJsonPath', () => {
  it('walks objects and array indexes', () => {
    expect(readJsonPath(doc, 'data.items.0.status')).toEqual({ found: true, value: 'ok' });
    expect(readJsonPath(doc, 'data.items.1.status')).toEqual({ found: true, value: 'down' });
    expect(readJsonPath(doc, 'data.0')).toEqual({ found: true, value: 'key' });
    expect(readJsonPath(doc, 'version')).toEqual({ found: true, value: null });
    expect(readJsonPath(doc, 'data.items')).toEqual({ found: true, value: doc.data.items });
  });

  it('says where a path stops and what is there', () => {
    expect(readJsonPath(doc, 'data.items.2.status')).toEqual({
      found: false,
      missing: 'data.items.2',
      at: doc.data.items,
    });
    expect(readJsonPath(doc, 'data.missing.x')).toEqual({
      found: false,
      missing: 'data.missing',
      at: doc.data,
    });
    expect(readJsonPath(doc, 'healthy.value')).toEqual({ found: false, missing: 'healthy.value', at: true });
    expect(readJsonPath(doc, 'toString')).toMatchObject({ found: false });
  });
});

describe('jsonValueMatches', () => {
  it('compares strictly, and a string with a scalar written the same way', () => {
    expect(jsonValueMatches('ok', 'ok')).toBe(true);
    expect(jsonValueMatches(3, 3)).toBe(true);
    expect(jsonValueMatches(3, '3')).toBe(true);
    expect(jsonValueMatches(true, 'true')).toBe(true);
    expect(jsonValueMatches('3', 3)).toBe(false);
    expect(jsonValueMatches(null, null)).toBe(true);
    expect(jsonValueMatches(null, 'null')).toBe(false);
    expect(jsonValueMatches({ b: 1, a: [1, 2] }, { a: [1, 2], b: 1 })).toBe(true);
    expect(jsonValueMatches([1, 2], [2, 1])).toBe(false);
  });
});

describe('describeWhereMissing', () => {
  it('names keys, array length or the scalar', () => {
    expect(describeWhereMissing({ a: 1, b: 2 })).toBe('an object with keys a, b');
    expect(describeWhereMissing([1])).toBe('an array of 1 item');
    expect(describeWhereMissing({})).toBe('an empty object');
    expect(describeWhereMissing('text')).toBe('"text"');
  });
});

import { describe, expect, it } from '@jest/globals';
import { ActionError, errorMessage } from '../../../../shared/action/errors.js';

describe('errorMessage', () => {
  it("is an Error's message, whatever its class", () => {
    expect(errorMessage(new ActionError('The image build failed.'))).toBe('The image build failed.');
    expect(errorMessage(new TypeError('x is not a function'))).toBe('x is not a function');
  });

  it('is the text of anything else thrown', () => {
    expect(errorMessage('a thrown string')).toBe('a thrown string');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
    expect(errorMessage({ code: 'E' })).toBe('[object Object]');
  });
});

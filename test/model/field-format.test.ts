import { describe, expect, it } from 'vitest';
import { formatFieldValue } from '../../src/model/field-format.ts';
import { fieldByKey } from '../../src/model/scenario.ts';
import { formatQuantity, formatUsdShort } from '../../src/model/format.ts';

describe('formatUsdShort', () => {
  it.each([
    [0.0042, '$0.0042'],
    [512.4, '$512'],
    [12.5, '$12.50'],
    [12_300, '$12.3k'],
    [315_000, '$315k'],
    [1_200_000, '$1.2M'],
    [-25_800, '-$25.8k'],
  ])('%d → %s', (value, text) => {
    expect(formatUsdShort(value)).toBe(text);
  });
});

describe('formatFieldValue', () => {
  it('writes each kind of field with its unit', () => {
    expect(formatFieldValue(fieldByKey('requestsPerDay'), 1_200_000)).toBe('1.2M requests/day');
    expect(formatFieldValue(fieldByKey('cacheHitRate'), 0.07)).toBe('7%');
    expect(formatFieldValue(fieldByKey('apiInputPrice'), 2.5)).toBe('$2.50/M tokens');
    expect(formatFieldValue(fieldByKey('systemPromptTokens'), 3000)).toBe('3,000 tokens');
    expect(formatQuantity(999_999)).toBe('999,999');
  });
});

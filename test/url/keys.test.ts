import { describe, expect, it } from 'vitest';
import { BOOLEAN_FIELDS, NUMERIC_FIELDS } from '../../src/model/scenario.ts';
import { COMPARE_PREFIXES, fieldForKey, META_KEYS, SCENARIO_KEYS } from '../../src/url/keys.ts';

describe('the key table', () => {
  const scenarioKeys = Object.values(SCENARIO_KEYS);
  const metaKeys = Object.values(META_KEYS);

  it('gives every scenario field a key', () => {
    const fields = [...NUMERIC_FIELDS, ...BOOLEAN_FIELDS].map((f) => f.key);
    for (const field of [...fields, 'servingMode' as const]) {
      expect(fieldForKey(SCENARIO_KEYS[field])).toBe(field);
    }
  });

  it('never uses a key twice', () => {
    const all = [...scenarioKeys, ...metaKeys];
    expect(new Set(all).size).toBe(all.length);
  });

  it('keeps keys short, lower-case and free of characters that need escaping', () => {
    for (const key of [...scenarioKeys, ...metaKeys]) expect(key).toMatch(/^[a-z]{1,5}$/);
  });

  it('uses comparison prefixes that no plain key starts with', () => {
    for (const prefix of Object.values(COMPARE_PREFIXES)) {
      for (const key of [...scenarioKeys, ...metaKeys]) expect(key.startsWith(prefix)).toBe(false);
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCatalog,
  isOverride,
  overridesAfterEdit,
  resetOverride,
} from '../../src/catalog/overrides.ts';
import type { NumericKey } from '../../src/model/scenario.ts';

// Made-up catalog values: these functions work on whatever the catalog says.
const catalog = { apiInputPrice: 3, apiOutputPrice: 15, minGpus: 1 } as const;
const scenario = { apiInputPrice: 3, apiOutputPrice: 15, minGpus: 1, requestsPerDay: 10_000 };

describe('isOverride', () => {
  it('tolerates a value that went through decimal text and back', () => {
    expect(isOverride(Number(String(0.1 + 0.2)), 0.3)).toBe(false);
    expect(isOverride(0.31, 0.3)).toBe(true);
    expect(isOverride(4_334, 4_334 * (1 + 1e-12))).toBe(false);
    expect(isOverride(4_334, 4_335)).toBe(true);
  });
});

describe('an edit', () => {
  it('adds a catalog field the user changes, once, at the end', () => {
    const once = overridesAfterEdit(['minGpus'], 'apiInputPrice', 7.77, catalog);
    expect(once).toEqual(['minGpus', 'apiInputPrice']);
    expect(overridesAfterEdit(once, 'apiInputPrice', 8, catalog)).toEqual(once);
  });

  it('forgets the override when the catalog value is typed back', () => {
    expect(overridesAfterEdit(['apiInputPrice', 'minGpus'], 'apiInputPrice', 3, catalog)).toEqual([
      'minGpus',
    ]);
  });

  it('never counts a field the catalog does not fill, nor anything before the catalog loads', () => {
    expect(overridesAfterEdit([], 'requestsPerDay', 123, catalog)).toEqual([]);
    expect(overridesAfterEdit([], 'apiInputPrice', 123, {})).toEqual([]);
  });
});

describe('choosing other models', () => {
  it('fills every catalog field except those set by hand; nothing else moves', () => {
    const edited = { ...scenario, apiOutputPrice: 99, requestsPerDay: 5 };
    const next = { apiInputPrice: 1.25, apiOutputPrice: 10, minGpus: 2 };
    expect(applyCatalog(edited, ['apiOutputPrice'], next)).toEqual({
      apiInputPrice: 1.25,
      apiOutputPrice: 99,
      minGpus: 2,
      requestsPerDay: 5,
    });
  });

  it('keeps every override whatever the new catalog says (property)', () => {
    const keys: NumericKey[] = ['apiInputPrice', 'apiOutputPrice', 'minGpus'];
    fc.assert(
      fc.property(
        fc.subarray(keys),
        fc.tuple(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.nat()),
        (overrides, [input, output, gpus]) => {
          const next = { apiInputPrice: input, apiOutputPrice: output, minGpus: gpus };
          const after = applyCatalog(scenario, overrides, next);
          for (const key of keys) {
            expect(after[key as keyof typeof after]).toBe(
              overrides.includes(key)
                ? scenario[key as keyof typeof scenario]
                : next[key as keyof typeof next],
            );
          }
        },
      ),
    );
  });
});

describe('reset', () => {
  it('puts one field back to the catalog value and drops it from the overrides', () => {
    const inputs = {
      scenario: { ...scenario, apiInputPrice: 9, minGpus: 4 },
      overrides: ['apiInputPrice', 'minGpus'] as NumericKey[],
    };
    expect(resetOverride(inputs, 'apiInputPrice', catalog, 0)).toEqual({
      scenario: { ...scenario, minGpus: 4 },
      overrides: ['minGpus'],
    });
  });

  it('uses the first-visit value for a field the catalog does not fill', () => {
    const inputs = { scenario: { ...scenario, requestsPerDay: 5 }, overrides: [] };
    expect(resetOverride(inputs, 'requestsPerDay', catalog, 10_000).scenario).toEqual(scenario);
  });
});

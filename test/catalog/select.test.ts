import { describe, expect, it } from 'vitest';
import { API_MODELS, DEFAULT_API_MODEL_ID } from '../../src/catalog/api-models.ts';
import { BASE_MODELS, DEFAULT_BASE_MODEL_ID } from '../../src/catalog/base-models.ts';
import { DEFAULT_GPU_ID, GPUS } from '../../src/catalog/gpus.ts';
import { servingPrice } from '../../src/catalog/serverless.ts';
import {
  API_FIELD_KEYS,
  BASE_FIELD_KEYS,
  CATALOG_FIELD_KEYS,
  DEFAULT_SELECTION,
  isOverride,
  type CatalogSelection,
  type TrainingOption,
} from '../../src/catalog/fields.ts';
import {
  apiModelFields,
  applySelection,
  baseModelFields,
  catalogFieldSources,
  catalogFields,
  overriddenFields,
  resetField,
} from '../../src/catalog/select.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';

const TRAINING: readonly TrainingOption[] = ['managed', 'self-hosted'];

/**
 * Every choice the page offers: each API model (A's fields depend on nothing else) with the
 * default B, and every B combination (base model × GPU × training) with the default A.
 */
const SELECTIONS: CatalogSelection[] = [
  ...API_MODELS.map((api) => ({ ...DEFAULT_SELECTION, apiModelId: api.id })),
  ...BASE_MODELS.flatMap((base) =>
    GPUS.flatMap((gpu) =>
      TRAINING.map((trainingOption) => ({
        ...DEFAULT_SELECTION,
        baseModelId: base.id,
        gpuId: gpu.id,
        trainingOption,
      })),
    ),
  ),
];

/** The spec's valid ranges for the catalog-filled fields. */
const RANGE: Record<(typeof CATALOG_FIELD_KEYS)[number], [number, number]> = {
  apiInputPrice: [0, 1000],
  apiCachedInputPrice: [0, 1000],
  apiCacheWritePrice: [0, 1000],
  apiOutputPrice: [0, 1000],
  cacheMinPrefixTokens: [0, 1_000_000],
  cacheTtlMinutes: [0, 10_080],
  apiTierThresholdTokens: [0, 10_000_000],
  apiTierInputPrice: [0, 1000],
  apiTierOutputPrice: [0, 1000],
  apiPriceStepMonth: [0, 60],
  apiPriceStepInputFactor: [0, 100],
  apiPriceStepOutputFactor: [0, 100],
  tokenizerRatio: [0.5, 2],
  trainingPrice: [0, 1000],
  servingInputPrice: [0, 1000],
  servingOutputPrice: [0, 1000],
  gpuHourlyPrice: [0, 1000],
  gpuOutputTokensPerSecond: [1, 1_000_000],
  minGpus: [1, 1000],
};

describe('defaults', () => {
  it('name entries that exist', () => {
    expect(API_MODELS.map((m) => m.id)).toContain(DEFAULT_API_MODEL_ID);
    expect(DEFAULT_BASE_MODEL_ID).toBe('llama-3.1-8b');
    expect(DEFAULT_GPU_ID).toBe('h100');
    expect(BASE_MODELS.map((m) => m.id)).toContain(DEFAULT_BASE_MODEL_ID);
    expect(DEFAULT_API_MODEL_ID).toBe(DEFAULT_SELECTION.apiModelId);
  });

  it('reproduce the spec defaults for B (Llama 3.1 8B, H100, managed LoRA)', () => {
    // Against an OpenAI model (o200k), as the spec states the ratio; serving comes from the
    // host that serves 8B LoRA adapters.
    const b = baseModelFields('llama-3.1-8b', 'h100', 'managed', 'gpt-6-sol');
    expect(b.tokenizerRatio).toBeCloseTo(1, 2);
    const host = servingPrice('llama-3.1-8b');
    expect(host.servesLora).toBe(true);
    expect(b).toMatchObject({
      trainingPrice: 0.48,
      servingInputPrice: host.inputPrice,
      servingOutputPrice: host.outputPrice,
      minGpus: 1,
    });
  });

  it('have unique ids in every list', () => {
    for (const list of [API_MODELS, BASE_MODELS, GPUS]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('every selection', () => {
  it('fills every catalog field with a finite value inside the spec range', () => {
    for (const selection of SELECTIONS) {
      const fields = catalogFields(selection);
      for (const key of CATALOG_FIELD_KEYS) {
        const [min, max] = RANGE[key];
        const value = fields[key];
        expect(Number.isFinite(value), `${key} for ${JSON.stringify(selection)}`).toBe(true);
        expect(value).toBeGreaterThanOrEqual(min);
        expect(value).toBeLessThanOrEqual(max);
      }
      expect(Number.isInteger(fields.minGpus)).toBe(true);
    }
  });

  it('says where every value comes from and when', () => {
    for (const selection of SELECTIONS) {
      const sources = catalogFieldSources(selection);
      expect(Object.keys(sources).sort()).toEqual([...CATALOG_FIELD_KEYS].sort());
      for (const s of Object.values(sources)) {
        expect(s.source.length).toBeGreaterThan(0);
        expect(s.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(typeof s.estimate).toBe('boolean');
        if (s.estimate) expect(s.note ?? '').not.toBe('');
      }
    }
  });

  // apiModelFields is a second, faster implementation of A's half (the other-models table prices
  // every model with it); B's half is read from the same sources by construction.
  it('prices every API model as its sources do, in the fast path the other-models table uses', () => {
    for (const model of API_MODELS) {
      for (const startMonth of [DEFAULT_SELECTION.startMonth, '2027-06']) {
        const sources = catalogFieldSources({
          ...DEFAULT_SELECTION,
          apiModelId: model.id,
          startMonth,
        });
        expect(apiModelFields(model.id, startMonth)).toEqual(
          Object.fromEntries(API_FIELD_KEYS.map((key) => [key, sources[key].value])),
        );
      }
    }
  });
});

describe('apiModelFields', () => {
  it.each(API_MODELS.map((m) => [m.id, m] as const))(
    '%s sets exactly the four API prices',
    (id, m) => {
      const fields = apiModelFields(id);
      expect(Object.keys(fields).sort()).toEqual([...API_FIELD_KEYS].sort());
      expect(fields.apiInputPrice).toBe(m.inputPrice);
      expect(fields.apiOutputPrice).toBe(m.outputPrice);
      expect(fields.apiCachedInputPrice).toBe(m.cachedInputPrice ?? m.inputPrice);
      expect(fields.apiCacheWritePrice).toBe(m.cacheWritePrice ?? m.inputPrice);
      expect(fields.apiOutputPrice).toBeGreaterThan(0);
      expect(fields.apiInputPrice).toBeGreaterThan(0);
    },
  );

  it('says so when cache prices fall back to the input price', () => {
    const gemini = catalogFieldSources({ ...DEFAULT_SELECTION, apiModelId: 'gemini-3.8-flash' });
    expect(gemini.apiCacheWritePrice.note).toMatch(/uncached input price/);
    expect(gemini.apiCachedInputPrice.note ?? '').not.toMatch(/uncached input price/);
  });

  it('says what prompts over the long-context threshold cost', () => {
    const gpt = catalogFieldSources({ ...DEFAULT_SELECTION, apiModelId: 'gpt-6-sol' });
    expect(gpt.apiInputPrice.note).toMatch(
      /Prompts over 272,000 tokens are billed at \$4\.00 input/,
    );
    expect(gpt.apiInputPrice.source).toMatch(/^@pydantic\/genai-prices \d/);
  });

  it('throws on an id that is not in the list', () => {
    expect(() => apiModelFields('no-such-model')).toThrow(/Unknown API model/);
  });
});

describe('baseModelFields', () => {
  it('sets exactly the seven B fields', () => {
    for (const s of SELECTIONS.filter((x) => x.apiModelId === DEFAULT_API_MODEL_ID)) {
      const fields = baseModelFields(s.baseModelId, s.gpuId, s.trainingOption);
      expect(Object.keys(fields).sort()).toEqual([...BASE_FIELD_KEYS].sort());
    }
  });

  it('changes only the training price between managed and self-hosted', () => {
    const managed = baseModelFields('llama-3.1-8b', 'a100', 'managed');
    const selfHosted = baseModelFields('llama-3.1-8b', 'a100', 'self-hosted');
    expect({ ...selfHosted, trainingPrice: managed.trainingPrice }).toEqual(managed);
    expect(selfHosted.trainingPrice).toBeLessThan(managed.trainingPrice);
  });

  it('needs several GPUs for a 70B model', () => {
    expect(baseModelFields('llama-3.1-70b', 'h100', 'managed').minGpus).toBeGreaterThan(1);
  });
});

describe('overrides', () => {
  const selection = DEFAULT_SELECTION;
  const fresh = { ...DEFAULT_SCENARIO, ...catalogFields(selection) };

  it('are the fields whose value differs from the catalog', () => {
    expect(overriddenFields(fresh, selection)).toEqual([]);
    const edited = { ...fresh, apiOutputPrice: 99, minGpus: 3 };
    expect(overriddenFields(edited, selection)).toEqual(['apiOutputPrice', 'minGpus']);
  });

  it('tolerate a value that went through decimal text and back', () => {
    expect(isOverride(Number(String(0.1 + 0.2)), 0.3)).toBe(false);
    expect(isOverride(0.31, 0.3)).toBe(true);
  });

  it('reset one field to the catalog value and leave the rest', () => {
    const edited = { ...fresh, apiOutputPrice: 99, minGpus: 3 };
    const reset = resetField(edited, selection, 'apiOutputPrice');
    expect(reset).toEqual({ ...edited, apiOutputPrice: fresh.apiOutputPrice });
  });

  it('survive choosing another model; untouched fields follow the new model', () => {
    const edited = { ...fresh, apiOutputPrice: 99, gpuHourlyPrice: 1.5 };
    const next: CatalogSelection = { ...selection, apiModelId: 'gpt-6-luna', gpuId: 'a100' };
    const after = applySelection(edited, selection, next);
    const nextCatalog = catalogFields(next);
    expect(after.apiOutputPrice).toBe(99);
    expect(after.gpuHourlyPrice).toBe(1.5);
    expect(after.apiInputPrice).toBe(nextCatalog.apiInputPrice);
    expect(after.gpuOutputTokensPerSecond).toBe(nextCatalog.gpuOutputTokensPerSecond);
    // Nothing outside the catalog's fields moves.
    const moved = (Object.keys(after) as (keyof typeof after)[]).filter(
      (k) => after[k] !== edited[k],
    );
    expect(moved.every((k) => (CATALOG_FIELD_KEYS as readonly string[]).includes(k))).toBe(true);
  });

  it('fill every catalog field when there is no previous selection', () => {
    const after = applySelection({ ...DEFAULT_SCENARIO, apiInputPrice: 123 }, null, selection);
    expect(after).toEqual(fresh);
  });
});

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
  type CatalogSelection,
  type TrainingOption,
} from '../../src/catalog/fields.ts';
import {
  apiModelFields,
  catalogFieldSources,
  catalogFields,
  overriddenFields,
} from '../../src/catalog/field-sources.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';

const TRAINING: readonly TrainingOption[] = ['managed', 'self-hosted'];

/** B's fields for a base model on a GPU type, against A's tokenizer (the default A unless given). */
function baseModelFields(
  baseModelId: string,
  gpuId: string,
  trainingOption: TrainingOption,
  apiModelId = DEFAULT_SELECTION.apiModelId,
) {
  const fields = catalogFields({
    ...DEFAULT_SELECTION,
    apiModelId,
    baseModelId,
    gpuId,
    trainingOption,
  });
  return Object.fromEntries(BASE_FIELD_KEYS.map((key) => [key, fields[key]])) as Pick<
    typeof fields,
    (typeof BASE_FIELD_KEYS)[number]
  >;
}

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

describe('B’s fields', () => {
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

describe('overriddenFields', () => {
  const fresh = { ...DEFAULT_SCENARIO, ...catalogFields(DEFAULT_SELECTION) };

  it('are the fields whose value differs from the selection’s catalog value', () => {
    expect(overriddenFields(fresh, DEFAULT_SELECTION)).toEqual([]);
    const edited = { ...fresh, apiOutputPrice: 99, minGpus: 3 };
    expect(overriddenFields(edited, DEFAULT_SELECTION)).toEqual(['apiOutputPrice', 'minGpus']);
    const luna = { ...DEFAULT_SELECTION, apiModelId: 'gpt-6-luna' };
    expect(overriddenFields(fresh, luna)).toContain('apiOutputPrice');
    expect(overriddenFields(fresh, luna)).not.toContain('minGpus');
  });
});

/**
 * For every API model offered (the curated ones and the ~1,400 of the full catalog), one request
 * priced by the cost model with the catalog's fields (`calculate(...).costPerRequestA`) costs what
 * genai-prices' own `calcPrice` charges for the same tokens: with caching off, with the whole
 * prefix read from the cache, and with it written to the cache. Above a model's long-context
 * threshold, the catalog's tier prices are what `calcPrice` charges.
 */
import { calcPrice, waitForUpdate, type Usage } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { API_MODELS, registerApiModels, type ApiModel } from '../../src/catalog/api-models.ts';
import { expandCatalog } from '../../src/catalog/full-catalog.ts';
import fullFile from '../../src/catalog/generated/api-catalog.json';
import { GENAI_PRICES } from '../../src/catalog/generated/api-prices.ts';
import { isOffered } from '../../src/catalog/model-search.ts';
import { apiModelFields } from '../../src/catalog/field-sources.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

const others = expandCatalog(fullFile as Parameters<typeof expandCatalog>[0]);
registerApiModels(others);
const offered = [...API_MODELS, ...others].filter(isOffered);
const providers = (await waitForUpdate()) ?? [];
const timestamp = new Date(`${GENAI_PRICES.generatedOn}T${GENAI_PRICES.priceTime}`);
/**
 * The scenarios start in the catalog's own month, the moment genai-prices is asked about. Left to
 * start this month, they read a known price change as due once the clock passes its date (Gemini
 * Flash doubles on 2027-01-01), while the package is still asked about the catalog's day.
 */
const CATALOG_MONTH = GENAI_PRICES.generatedOn.slice(0, 7);

/** genai-prices' price for one model, its lookup restricted to that model. */
function packagePrice(model: ApiModel, usage: Usage, at: Date = timestamp): number {
  const provider = providers.find((p) => p.id === model.providerId)!;
  const entry = provider.models.find((m) => m.id === model.modelRef)!;
  const result = calcPrice(usage, model.modelRef, {
    provider: { ...provider, models: [entry] },
    timestamp: at,
  });
  if (!result) throw new Error(`genai-prices cannot price ${model.id}`);
  return result.total_price;
}

/**
 * A prompt inside every model's standard tier and above every provider's minimum cacheable
 * prefix (4,096 at most): 4,500 + 5 × 300 prefix, 500 input, 300 output.
 */
const SHAPE = {
  systemPromptTokens: 4_500,
  fewShotExamples: 5,
  fewShotTokensPerExample: 300,
  inputTokens: 500,
  outputTokens: 300,
};
const PREFIX = 4_500 + 5 * 300;

const costPerRequestA = (
  model: ApiModel,
  changes: Partial<Scenario>,
  startMonth: string = CATALOG_MONTH,
) =>
  calculate({
    ...DEFAULT_SCENARIO,
    ...apiModelFields(model.id, startMonth),
    ...SHAPE,
    ...changes,
  }).costPerRequestA;

describe('every offered API model costs what genai-prices charges', () => {
  it('covers over a thousand models', () => {
    expect(offered.length).toBeGreaterThan(1000);
  });

  it.each(offered.map((m) => [m.id, m] as const))('%s', (_, model) => {
    const input = PREFIX + SHAPE.inputTokens;
    const output = SHAPE.outputTokens;
    expect(costPerRequestA(model, { promptCaching: false })).toBeCloseTo(
      packagePrice(model, { input_tokens: input, output_tokens: output }),
      12,
    );
    expect(costPerRequestA(model, { promptCaching: true, cacheHitRate: 1 })).toBeCloseTo(
      packagePrice(model, {
        input_tokens: input,
        cache_read_tokens: PREFIX,
        output_tokens: output,
      }),
      12,
    );
    expect(costPerRequestA(model, { promptCaching: true, cacheHitRate: 0 })).toBeCloseTo(
      packagePrice(model, {
        input_tokens: input,
        cache_write_tokens: PREFIX,
        output_tokens: output,
      }),
      12,
    );
  });
});

describe('a known price change', () => {
  const changing = offered.filter((m) => m.scheduledChange);

  it('is known for some models', () => {
    expect(changing.length).toBeGreaterThan(0);
  });

  it.each(changing.map((m) => [m.id, m] as const))(
    '%s: a scenario starting in the month of the change pays what calcPrice charges that day',
    (_, model) => {
      const date = model.scheduledChange!.date;
      const at = new Date(`${date}T12:00:00Z`);
      const usage = { input_tokens: PREFIX + SHAPE.inputTokens, output_tokens: SHAPE.outputTokens };
      const after = costPerRequestA(model, { promptCaching: false }, date.slice(0, 7));
      expect(after).toBeCloseTo(packagePrice(model, usage, at), 12);
      // …and differs from the price before it, so the change is really read.
      expect(after).not.toBeCloseTo(packagePrice(model, usage), 6);
    },
  );
});

describe('long-context tiers', () => {
  const tiered = offered.filter((m) => m.tier);

  it('are known for the models that have them', () => {
    expect(tiered.length).toBeGreaterThan(20);
  });

  /** The cost model follows the input tier for cache prices; true for all but a few models. */
  const cacheFollowsInput = (m: ApiModel) =>
    m.tier!.cachedInputPrice === null ||
    m.cachedInputPrice === null ||
    Math.abs(m.tier!.cachedInputPrice - (m.cachedInputPrice * m.tier!.inputPrice) / m.inputPrice) <
      1e-12;

  it('follow the input tier in their cache prices for all but a handful of models', () => {
    expect(tiered.filter((m) => !cacheFollowsInput(m)).length).toBeLessThanOrEqual(3);
  });

  it.each(tiered.map((m) => [m.id, m] as const))(
    '%s: a prompt over the threshold costs what calcPrice charges',
    (_, model) => {
      const tier = model.tier!;
      // The whole prompt one token over the threshold: a long system prompt, 500 tokens of input.
      const system = tier.thresholdTokens + 1 - 500;
      const shape = { ...SHAPE, systemPromptTokens: system, fewShotExamples: 0 };
      const cost = (changes: Partial<Scenario>) =>
        calculate({
          ...DEFAULT_SCENARIO,
          ...apiModelFields(model.id, CATALOG_MONTH),
          ...shape,
          ...changes,
        }).costPerRequestA;
      const input = tier.thresholdTokens + 1;
      expect(cost({ promptCaching: false })).toBeCloseTo(
        packagePrice(model, { input_tokens: input, output_tokens: 300 }),
        12,
      );
      if (!cacheFollowsInput(model)) return;
      expect(cost({ promptCaching: true, cacheHitRate: 1 })).toBeCloseTo(
        packagePrice(model, { input_tokens: input, cache_read_tokens: system, output_tokens: 300 }),
        12,
      );
      // …and one token less is still billed at the standard prices.
      expect(cost({ promptCaching: false, systemPromptTokens: system - 1 })).toBeCloseTo(
        packagePrice(model, { input_tokens: input - 1, output_tokens: 300 }),
        12,
      );
    },
  );
});

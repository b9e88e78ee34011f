/**
 * For every API model offered, one request priced by the cost model with the catalog's fields
 * (`calculate(...).costPerRequestA`) costs what genai-prices' own `calcPrice` charges for the
 * same tokens: with caching off (all input uncached), with a 100 % cache hit rate (prefix at
 * the cache-read price) and with a 0 % hit rate (prefix written to the cache).
 */
import { calcPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { API_MODELS } from '../../src/catalog/api-models.ts';
import { GENAI_PRICES } from '../../src/catalog/generated/api-prices.ts';
import { apiModelFields } from '../../src/catalog/select.ts';
import { calculate } from '../../src/model/calculate.ts';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model/scenario.ts';

const costPerRequestA = (s: Scenario) => calculate(s).costPerRequestA;

/** Prompts well inside every model's standard-context tier, from tiny to long. */
const SHAPES = [
  {
    systemPromptTokens: 1_500,
    fewShotExamples: 5,
    fewShotTokensPerExample: 300,
    inputTokens: 500,
    outputTokens: 300,
  },
  {
    systemPromptTokens: 20_000,
    fewShotExamples: 40,
    fewShotTokensPerExample: 2_000,
    inputTokens: 3_000,
    outputTokens: 1_000,
  },
  {
    systemPromptTokens: 0,
    fewShotExamples: 0,
    fewShotTokensPerExample: 0,
    inputTokens: 1,
    outputTokens: 0,
  },
];

const timestamp = new Date(`${GENAI_PRICES.generatedOn}T00:00:00Z`);

describe.each(API_MODELS.map((m) => [m.id, m] as const))('%s: one request', (_, model) => {
  const options = { providerId: model.providerId, timestamp };

  it.each(SHAPES)('matches calcPrice with caching off (prefix %#)', (shape) => {
    const scenario = {
      ...DEFAULT_SCENARIO,
      ...apiModelFields(model.id),
      ...shape,
      promptCaching: false,
    };
    const prefix = shape.systemPromptTokens + shape.fewShotExamples * shape.fewShotTokensPerExample;
    const usage = { input_tokens: prefix + shape.inputTokens, output_tokens: shape.outputTokens };
    expect(costPerRequestA(scenario)).toBeCloseTo(
      calcPrice(usage, model.id, options)!.total_price,
      12,
    );
  });

  it.each(SHAPES)('matches calcPrice reading the prefix from the cache (prefix %#)', (shape) => {
    const scenario = {
      ...DEFAULT_SCENARIO,
      ...apiModelFields(model.id),
      ...shape,
      promptCaching: true,
      cacheHitRate: 1,
    };
    const prefix = shape.systemPromptTokens + shape.fewShotExamples * shape.fewShotTokensPerExample;
    const usage = {
      input_tokens: prefix + shape.inputTokens,
      cache_read_tokens: prefix,
      output_tokens: shape.outputTokens,
    };
    expect(costPerRequestA(scenario)).toBeCloseTo(
      calcPrice(usage, model.id, options)!.total_price,
      12,
    );
  });

  it.each(SHAPES)('matches calcPrice writing the prefix to the cache (prefix %#)', (shape) => {
    const scenario = {
      ...DEFAULT_SCENARIO,
      ...apiModelFields(model.id),
      ...shape,
      promptCaching: true,
      cacheHitRate: 0,
    };
    const prefix = shape.systemPromptTokens + shape.fewShotExamples * shape.fewShotTokensPerExample;
    const usage = {
      input_tokens: prefix + shape.inputTokens,
      cache_write_tokens: prefix,
      output_tokens: shape.outputTokens,
    };
    expect(costPerRequestA(scenario)).toBeCloseTo(
      calcPrice(usage, model.id, options)!.total_price,
      12,
    );
  });
});

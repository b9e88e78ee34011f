/**
 * The committed module must say what the installed @pydantic/genai-prices says for the same
 * models on the generation date. Read through the package's public `calcPrice`, not through
 * the generator, so a bug in the generator cannot hide itself. Fix a failure with `npm run catalog`.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { calcPrice, type ModelPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import {
  API_MODEL_PRICES,
  GENAI_PRICES,
  SERVING_PRICES,
} from '../../src/catalog/generated/api-prices.ts';
import { BASE_MODELS } from '../../src/catalog/base-models.ts';
import { buildCatalog } from '../../scripts/generate-catalog.mjs';

// Paths, not URL objects: under jsdom the global URL is not one Node's fs accepts.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const installed = JSON.parse(
  readFileSync(join(root, 'node_modules/@pydantic/genai-prices/package.json'), 'utf8'),
) as { name: string; version: string };

const generatedOn = new Date(`${GENAI_PRICES.generatedOn}T00:00:00Z`);
const generatedFile = join(root, 'src/catalog/generated/api-prices.ts');

/** The price of one unit as the package resolves it for this date: the base tier when tiered. */
function base(price: ModelPrice, key: string): number | null {
  const p = price[key];
  if (p === undefined) return null;
  return typeof p === 'number' ? p : p.base;
}

function lookup(providerId: string, modelRef: string) {
  const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, modelRef, {
    providerId,
    timestamp: generatedOn,
  });
  if (!result) throw new Error(`genai-prices has no price for ${providerId}:${modelRef}`);
  return result;
}

describe('generated catalog vs the installed genai-prices', () => {
  it('was generated from the installed package version', () => {
    expect(GENAI_PRICES.package).toBe(installed.name);
    expect(GENAI_PRICES.version).toBe(installed.version);
    expect(GENAI_PRICES.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is what `npm run catalog` writes for the same date and selection', async () => {
    const fresh = await buildCatalog(GENAI_PRICES.generatedOn);
    expect(fresh).toEqual({
      meta: GENAI_PRICES,
      apiModels: API_MODEL_PRICES,
      servingPrices: SERVING_PRICES,
    });
  });

  it.each(API_MODEL_PRICES.map((m) => [m.id, m] as const))(
    '%s has the package prices',
    (_, model) => {
      const result = lookup(model.providerId, model.id);
      expect(result.model.id).toBe(model.id);
      expect(result.provider.name).toBe(model.provider);
      const price = result.model_price;
      expect(model.inputPrice).toBe(base(price, 'input_mtok'));
      expect(model.cachedInputPrice).toBe(base(price, 'cache_read_mtok'));
      expect(model.cacheWritePrice).toBe(base(price, 'cache_write_mtok'));
      expect(model.outputPrice).toBe(base(price, 'output_mtok'));
      expect(model.pricingUrl).toBe(result.provider.pricing_urls?.[0] ?? null);
    },
  );

  it.each(API_MODEL_PRICES.map((m) => [m.id, m] as const))(
    '%s takes the tier that its tier note names',
    (_, model) => {
      const result = lookup(model.providerId, model.id);
      const tiered = Object.values(result.model_price).some((p) => typeof p === 'object');
      expect(model.tierMaxInputTokens !== null).toBe(tiered);
      expect(model.tierNote !== null).toBe(tiered);
      if (model.tierMaxInputTokens === null) return;
      // Every curated tiered model keeps its base prices for prompts under 200k tokens.
      expect(model.tierMaxInputTokens).toBeGreaterThanOrEqual(200_000);
      const at = (inputTokens: number) =>
        calcPrice({ input_tokens: inputTokens }, model.id, {
          providerId: model.providerId,
          timestamp: generatedOn,
        })?.total_price;
      const limit = model.tierMaxInputTokens;
      expect(at(limit)).toBeCloseTo((limit * model.inputPrice) / 1e6, 12);
      expect(at(limit + 1)).toBeGreaterThan(((limit + 1) * model.inputPrice) / 1e6);
    },
  );

  it('records price changes the package schedules after the generation date', () => {
    for (const model of API_MODEL_PRICES) {
      if (!model.scheduledChange) continue;
      const after = calcPrice({ input_tokens: 1_000_000 }, model.id, {
        providerId: model.providerId,
        timestamp: new Date(`${model.scheduledChange.date}T00:00:00Z`),
      });
      expect(after?.total_price).toBeCloseTo(model.scheduledChange.inputPrice, 12);
      expect(model.scheduledChange.date > GENAI_PRICES.generatedOn).toBe(true);
    }
  });

  it.each(SERVING_PRICES.map((p) => [p.baseModelId, p] as const))(
    '%s serverless price is what the package lists for its host',
    (_, serving) => {
      const result = lookup(serving.providerId, serving.modelRef);
      expect(serving.provider).toBe(result.provider.name);
      expect(serving.inputPrice).toBe(base(result.model_price, 'input_mtok'));
      expect(serving.outputPrice).toBe(base(result.model_price, 'output_mtok'));
    },
  );

  it('has a serverless price for every base model', () => {
    expect(SERVING_PRICES.map((p) => p.baseModelId).sort()).toEqual(
      BASE_MODELS.map((m) => m.id).sort(),
    );
  });

  it('stays a small module (the whole package is ~830 KB)', () => {
    const bytes = statSync(generatedFile).size;
    expect(bytes).toBeLessThan(20_000);
    expect(gzipSync(readFileSync(generatedFile)).length).toBeLessThan(4_000);
  });
});

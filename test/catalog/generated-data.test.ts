/**
 * The committed files must say what the installed @pydantic/genai-prices says on the generation
 * date. Read through the package's public `calcPrice`, not through the generator, so a bug in the
 * generator cannot hide itself. Fix a failure with `npm run catalog`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calcPrice, waitForUpdate, type ModelPrice } from '@pydantic/genai-prices';
import { describe, expect, it } from 'vitest';
import { API_MODELS } from '../../src/catalog/api-models.ts';
import { BASE_MODELS } from '../../src/catalog/base-models.ts';
import { expandCatalog } from '../../src/catalog/full-catalog.ts';
import { GENAI_PRICES, SERVING_PRICES } from '../../src/catalog/generated/api-prices.ts';
import fullFile from '../../src/catalog/generated/api-catalog.json';
import { isOffered } from '../../src/catalog/model-search.ts';
import { renderCatalog } from '../../scripts/generate-catalog.mjs';

// Paths, not URL objects: under jsdom the global URL is not one Node's fs accepts.
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const installed = JSON.parse(read('node_modules/@pydantic/genai-prices/package.json')) as {
  name: string;
  version: string;
};

const timestamp = new Date(`${GENAI_PRICES.generatedOn}T${GENAI_PRICES.priceTime}`);
const others = expandCatalog(fullFile as Parameters<typeof expandCatalog>[0]);
const everyModel = [...API_MODELS, ...others];
const providers = (await waitForUpdate()) ?? [];

/** The package's own entry for a catalog model, and its price on the generation date. */
function packageEntry(providerId: string, modelRef: string) {
  const provider = providers.find((p) => p.id === providerId);
  const model = provider?.models.find((m) => m.id === modelRef);
  if (!provider || !model) throw new Error(`genai-prices has no ${providerId}:${modelRef}`);
  const result = calcPrice({ input_tokens: 1 }, modelRef, {
    provider: { ...provider, models: [model] },
    timestamp,
  });
  if (!result) throw new Error(`genai-prices cannot price ${providerId}:${modelRef}`);
  return { provider, model, price: result.model_price };
}

const base = (price: ModelPrice, key: string): number | null => {
  const p = price[key];
  return p === undefined ? null : typeof p === 'number' ? p : p.base;
};

describe('generated catalog vs the installed genai-prices', () => {
  it('was generated from the installed package version', () => {
    expect(GENAI_PRICES.package).toBe(installed.name);
    expect(GENAI_PRICES.version).toBe(installed.version);
    expect(GENAI_PRICES.generatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(GENAI_PRICES.released).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('is byte for byte what `npm run catalog` writes for the same date', async () => {
    const fresh = await renderCatalog(GENAI_PRICES.generatedOn);
    expect(fresh.curated).toBe(read('src/catalog/generated/api-prices.ts'));
    expect(fresh.full).toBe(read('src/catalog/generated/api-catalog.json'));
  });

  it('offers well over a thousand models, each id once', () => {
    const offered = everyModel.filter(isOffered);
    expect(offered.length).toBeGreaterThan(1000);
    expect(new Set(everyModel.map((m) => m.id)).size).toBe(everyModel.length);
  });

  it.each(everyModel.map((m) => [m.id, m] as const))('%s has the package prices', (_, model) => {
    const { provider, price } = packageEntry(model.providerId, model.modelRef);
    expect(model.provider).toBe(provider.name);
    expect(model.pricingUrl).toBe(provider.pricing_urls?.[0] ?? null);
    expect(model.inputPrice).toBe(base(price, 'input_mtok'));
    expect(model.cachedInputPrice).toBe(base(price, 'cache_read_mtok'));
    expect(model.cacheWritePrice).toBe(base(price, 'cache_write_mtok'));
    expect(model.outputPrice).toBe(base(price, 'output_mtok'));
    const tiered = typeof price.input_mtok === 'object';
    expect(model.tier !== null).toBe(tiered);
  });

  it('hides models the package marks deprecated', () => {
    for (const model of others) {
      const { model: entry } = packageEntry(model.providerId, model.modelRef);
      if (entry.deprecated) expect(model.status).toBe('retired');
    }
  });

  it('records price changes the package schedules after the generation date', () => {
    const changing = everyModel.filter((m) => m.scheduledChange);
    expect(changing.length).toBeGreaterThan(0);
    for (const model of changing) {
      const change = model.scheduledChange!;
      expect(change.date > GENAI_PRICES.generatedOn).toBe(true);
      const { provider, model: entry } = packageEntry(model.providerId, model.modelRef);
      const after = calcPrice({ input_tokens: 1_000_000 }, model.modelRef, {
        provider: { ...provider, models: [entry] },
        timestamp: new Date(`${change.date}T${GENAI_PRICES.priceTime}`),
      });
      expect(after?.total_price).toBeCloseTo(change.inputPrice, 12);
    }
  });

  it('has a per-token price for every base model, saying whether it serves a LoRA', () => {
    expect(SERVING_PRICES.map((p) => p.baseModelId).sort()).toEqual(
      BASE_MODELS.map((m) => m.id).sort(),
    );
    // Groq decommissioned gemma2-9b-it; Together's FP8 Turbo endpoints serve no adapters.
    for (const p of SERVING_PRICES) {
      expect(p.modelRef).not.toBe('gemma2-9b-it');
      if (p.servesLora) expect(p.modelRef).not.toMatch(/Turbo/);
    }
  });

  it.each(SERVING_PRICES.map((p) => [p.baseModelId, p] as const))(
    '%s serverless price is what the package lists for its host',
    (_, serving) => {
      const result = calcPrice({ input_tokens: 1 }, serving.modelRef, {
        providerId: serving.providerId,
        timestamp,
      });
      // A LoRA host is named as it sells adapters (Nebius, not the router that lists its price).
      if (!serving.servesLora) expect(result?.provider.name).toBe(serving.provider);
      expect(serving.inputPrice).toBe(base(result!.model_price, 'input_mtok'));
      expect(serving.outputPrice).toBe(base(result!.model_price, 'output_mtok'));
    },
  );
});

/**
 * Every number the catalog can put on the page says where it comes from and when: a walk over
 * every curated selection's filled fields, every model of the full catalog, and every
 * hand-curated fact (caching terms, GPUs, base models, LoRA hosts).
 */
import { describe, expect, it } from 'vitest';
import { API_MODELS, apiPriceSource, registerApiModels } from '../../src/catalog/api-models.ts';
import { BASE_MODELS } from '../../src/catalog/base-models.ts';
import { CACHING_RULES, cachingSources } from '../../src/catalog/caching.ts';
import { DEFAULT_SELECTION, currentMonth } from '../../src/catalog/fields.ts';
import { expandCatalog } from '../../src/catalog/full-catalog.ts';
import fullFile from '../../src/catalog/generated/api-catalog.json';
import { GPUS } from '../../src/catalog/gpus.ts';
import {
  apiModelFields,
  catalogFieldSources,
  catalogFields,
} from '../../src/catalog/field-sources.ts';
import { servingPrice, servingPriceSources } from '../../src/catalog/serverless.ts';
import type { SourceRef } from '../../src/catalog/types.ts';

const others = expandCatalog(fullFile as Parameters<typeof expandCatalog>[0]);

function expectSourced(ref: SourceRef, what: string) {
  expect(ref.source.length, what).toBeGreaterThan(0);
  expect(ref.date, what).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  expect(ref.url === null || /^https:\/\//.test(ref.url), what).toBe(true);
  // An estimate always says what it rests on.
  if (ref.estimate) expect(ref.note ?? '', what).not.toBe('');
}

describe('every catalog number has a source and a date', () => {
  it('in every field a selection fills', { timeout: 60_000 }, () => {
    // A's fields depend only on the API model, B's only on base model, GPU and training.
    const selections = [
      ...API_MODELS.map((api) => ({ ...DEFAULT_SELECTION, apiModelId: api.id })),
      ...BASE_MODELS.flatMap((base) =>
        GPUS.flatMap((gpu) =>
          (['managed', 'self-hosted'] as const).map((trainingOption) => ({
            ...DEFAULT_SELECTION,
            baseModelId: base.id,
            gpuId: gpu.id,
            trainingOption,
          })),
        ),
      ),
    ];
    for (const selection of selections) {
      for (const [key, source] of Object.entries(catalogFieldSources(selection))) {
        expectSourced(source, `${key} of ${JSON.stringify(selection)}`);
        expect(Number.isFinite(source.value)).toBe(true);
      }
    }
  });

  it('in every model of the full catalog, with its caching terms', { timeout: 60_000 }, () => {
    registerApiModels(others);
    for (const [i, model] of others.entries()) {
      // The fast number-only fill agrees with the sourced one (checked on every 7th model).
      if (i % 7 === 0) {
        const sources = catalogFieldSources({ ...DEFAULT_SELECTION, apiModelId: model.id });
        const fields = apiModelFields(model.id);
        for (const [key, value] of Object.entries(fields))
          expect(value, `${model.id} ${key}`).toBe(sources[key as keyof typeof fields].value);
      }
      expectSourced(apiPriceSource(model), model.id);
      const caching = cachingSources(model);
      expectSourced(caching.minPrefixTokens, `${model.id} minimum prefix`);
      expectSourced(caching.ttlMinutes, `${model.id} cache lifetime`);
    }
  });

  it('in every hand-curated fact', () => {
    for (const rule of CACHING_RULES) expect(rule.url).toMatch(/^https:\/\//);
    for (const g of GPUS) {
      for (const s of [
        g.hourlyPrice,
        g.denseBf16Tflops,
        g.memoryBandwidthGBs,
        g.llama8bOutputTokensPerSecond,
      ])
        expectSourced(s, g.id);
    }
    for (const m of BASE_MODELS) {
      expectSourced(m.paramsBillions, m.id);
      expectSourced(m.tokenizerRatio, m.id);
      const serving = servingPriceSources(servingPrice(m.id));
      expectSourced(serving.input, `${m.id} serving`);
    }
  });
});

describe('a known price change becomes the price step', () => {
  const changing = API_MODELS.filter((m) => m.scheduledChange);

  it('for a curated model that has one', () => {
    expect(changing.length).toBeGreaterThan(0);
  });

  it.each(changing.map((m) => [m.id, m] as const))('%s', (id, model) => {
    const change = model.scheduledChange!;
    const changeMonth = change.date.slice(0, 7);
    // Starting in the change's month, the step is month 1; a month earlier, month 2.
    const at = (startMonth: string) =>
      catalogFields({ ...DEFAULT_SELECTION, apiModelId: id, startMonth });
    expect(at(changeMonth).apiPriceStepMonth).toBe(1);
    const [y, m] = changeMonth.split('-').map(Number) as [number, number];
    const before = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
    expect(at(before).apiPriceStepMonth).toBe(2);
    expect(at(before).apiPriceStepInputFactor).toBeCloseTo(
      change.inputPrice / model.inputPrice,
      12,
    );
    expect(at(before).apiPriceStepOutputFactor).toBeCloseTo(
      change.outputPrice / model.outputPrice,
      12,
    );
  });

  it('is none for a model without a known change', () => {
    const fields = catalogFields(DEFAULT_SELECTION);
    expect(fields.apiPriceStepMonth).toBe(0);
    expect(fields.apiPriceStepInputFactor).toBe(1);
  });

  it('starts this month by default', () => {
    expect(DEFAULT_SELECTION.startMonth).toBe(currentMonth());
  });
});

/**
 * The first paint shows the default selection from a small constant, before the catalog chunk
 * arrives: it must be exactly what the catalog fills.
 */
import { describe, expect, it } from 'vitest';
import { apiModel } from '../../src/catalog/api-models.ts';
import { baseModel } from '../../src/catalog/base-models.ts';
import { DEFAULT_FILL, DEFAULT_NAMES } from '../../src/catalog/default-fill.ts';
import { DEFAULT_SELECTION } from '../../src/catalog/fields.ts';
import { gpu } from '../../src/catalog/gpus.ts';
import { catalogFields } from '../../src/catalog/field-sources.ts';

describe('the default selection before the catalog loads', () => {
  it('fills what the catalog fills', () => {
    expect(DEFAULT_FILL).toEqual(catalogFields(DEFAULT_SELECTION));
  });

  it('names the default models as the catalog does', () => {
    expect(DEFAULT_NAMES).toEqual({
      apiModel: apiModel(DEFAULT_SELECTION.apiModelId).name,
      baseModel: baseModel(DEFAULT_SELECTION.baseModelId).name,
      gpu: gpu(DEFAULT_SELECTION.gpuId).name,
    });
  });
});

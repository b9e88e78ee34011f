/**
 * The catalog as the page uses it, in one lazily loaded chunk: every model's data, prices,
 * provenance and the functions that fill a scenario. catalog-runtime.ts loads it at start-up;
 * until it arrives the page shows the default selection's values (catalog/default-fill.ts).
 */
import { API_MODELS, apiModel, findApiModel } from '../catalog/api-models.ts';
import { BASE_MODELS, baseModel } from '../catalog/base-models.ts';
import { GPUS } from '../catalog/gpus.ts';
import { catalogFields, catalogFieldSources } from '../catalog/field-sources.ts';
import { servesLoraPerToken } from '../catalog/serverless.ts';
import { todaysCatalog } from '../url/catalog-values.ts';

export const catalog = {
  API_MODELS,
  BASE_MODELS,
  GPUS,
  apiModel,
  baseModel,
  findApiModel,
  catalogFields,
  catalogFieldSources,
  servesLoraPerToken,
  /** Like catalogFields, but never throws (a stale id falls back to the defaults). */
  todaysCatalog,
};

export type Catalog = typeof catalog;

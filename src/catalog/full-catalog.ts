/**
 * Every current API model genai-prices prices, beyond the curated ones: about 1,400 models,
 * 27 KB gzip, so the page loads them only when someone searches the full list, opens the
 * "other models" table, or opens a link that names one. Loading registers them with
 * api-models.ts, after which lookups by id find them synchronously.
 */
import { expandModel, registerApiModels, type ApiModel } from './api-models.ts';
import type { CompactApiModel, ProviderInfo } from './types.ts';

/** The generated file's shape: null fields and `modelRef` left out (see generate-catalog.mjs). */
interface FullCatalogFile {
  readonly meta: { readonly generatedOn: string };
  readonly providers: Readonly<Record<string, ProviderInfo>>;
  readonly models: readonly CompactApiModel[];
}

/** The full catalog's models from its file's contents (pure; the loader and the tests use it). */
export function expandCatalog(file: FullCatalogFile): ApiModel[] {
  return file.models.map((m) => expandModel(m, file.providers));
}

let loading: Promise<readonly ApiModel[]> | null = null;

/** Loads (once) and registers every other API model; resolves to them. */
export function loadFullCatalog(): Promise<readonly ApiModel[]> {
  loading ??= import('./generated/api-catalog.json')
    .then((module) => {
      const models = expandCatalog(module.default as FullCatalogFile);
      registerApiModels(models);
      return models;
    })
    .catch((error: unknown) => {
      loading = null; // a later attempt may succeed (a flaky network, a redeploy)
      throw error;
    });
  return loading;
}

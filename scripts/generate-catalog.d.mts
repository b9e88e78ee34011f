import type { GeneratedApiModel, GeneratedServingPrice } from '../src/catalog/types.ts';

export function buildCatalog(date: string): Promise<{
  meta: { package: string; version: string; generatedOn: string };
  apiModels: GeneratedApiModel[];
  servingPrices: GeneratedServingPrice[];
}>;

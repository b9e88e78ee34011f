import type { CompactApiModel, GeneratedServingPrice, ProviderInfo } from '../src/catalog/types.ts';

export function buildCatalog(date: string): Promise<{
  meta: { package: string; version: string; released: string | null; generatedOn: string };
  providers: Record<string, ProviderInfo>;
  apiModels: CompactApiModel[];
  otherModels: CompactApiModel[];
  servingPrices: GeneratedServingPrice[];
}>;

/** The two generated files' contents for a date, exactly as `npm run catalog` writes them. */
export function renderCatalog(date: string): Promise<{ curated: string; full: string }>;

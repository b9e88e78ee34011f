/**
 * The API models offered for approach A. Prices are generated from @pydantic/genai-prices (see
 * scripts/generate-catalog.mjs). The curated models ship with the page; every other model arrives
 * with the lazily loaded full catalog (full-catalog.ts), which registers them here, so a lookup
 * by id finds them from then on.
 */
import { formatCount } from '../model/format.ts';
import { DEFAULT_SELECTION } from './fields.ts';
import { API_MODEL_PRICES, CURATED_PROVIDERS, GENAI_PRICES } from './generated/api-prices.ts';
import { RENAMED_API_MODEL_IDS } from './model-ids.ts';
import type {
  ApiModel,
  CompactApiModel,
  GeneratedApiModel,
  ProviderInfo,
  SourceRef,
} from './types.ts';

export type { ApiModel } from './types.ts';

/** A compact entry back to a full model: every left-out field is null, `modelRef` follows the id. */
export function expandModel(
  compact: CompactApiModel,
  providers: Readonly<Record<string, ProviderInfo>>,
): ApiModel {
  const id = compact.id ?? '';
  const providerId = compact.providerId ?? '';
  const model: GeneratedApiModel = {
    id,
    providerId,
    modelRef: id.startsWith(`${providerId}:`) ? id.slice(providerId.length + 1) : id,
    name: compact.name ?? id,
    status: compact.status ?? 'current',
    statusNote: compact.statusNote ?? null,
    statusUrl: compact.statusUrl ?? null,
    inputPrice: compact.inputPrice ?? 0,
    cachedInputPrice: compact.cachedInputPrice ?? null,
    cacheWritePrice: compact.cacheWritePrice ?? null,
    outputPrice: compact.outputPrice ?? 0,
    tier: compact.tier ?? null,
    scheduledChange: compact.scheduledChange ?? null,
  };
  const provider = providers[providerId];
  return {
    ...model,
    provider: provider?.name ?? providerId,
    pricingUrl: provider?.pricingUrl ?? null,
  };
}

/** The curated models, shown first: grouped by provider, current models first. */
export const API_MODELS: readonly ApiModel[] = API_MODEL_PRICES.map((m) =>
  expandModel(m, CURATED_PROVIDERS),
);

/** The default selection's API model (see fields.ts for why Claude Sonnet 5). */
export const DEFAULT_API_MODEL_ID = DEFAULT_SELECTION.apiModelId;

const byId = new Map<string, ApiModel>(API_MODELS.map((m) => [m.id, m]));

/** Adds the full catalog's models (full-catalog.ts calls this once it has loaded). */
export function registerApiModels(models: readonly ApiModel[]): void {
  for (const m of models) if (!byId.has(m.id)) byId.set(m.id, m);
}

/** The API model with this id (curated, or from the full catalog once loaded). */
export function findApiModel(id: string): ApiModel | undefined {
  return byId.get(id) ?? byId.get(RENAMED_API_MODEL_IDS[id] ?? '');
}

/** The API model with this id; throws on an unknown id (validate ids from outside first). */
export function apiModel(id: string): ApiModel {
  const found = findApiModel(id);
  if (!found) throw new Error(`Unknown API model: ${id}`);
  return found;
}

/** Every model a lookup can find now: the curated ones, plus the full catalog once loaded. */
export function knownApiModels(): readonly ApiModel[] {
  return [...byId.values()];
}

const usd = (n: number) => `$${Number(n.toFixed(2)) === n ? n.toFixed(2) : String(n)}`;

/** Provenance shared by every price of an API model. */
export function apiPriceSource(model: ApiModel): SourceRef {
  const tier = model.tier;
  return {
    source: `${GENAI_PRICES.package} ${GENAI_PRICES.version}`,
    url: model.pricingUrl,
    date: GENAI_PRICES.generatedOn,
    estimate: false,
    note: tier
      ? `Prompts over ${formatCount(tier.thresholdTokens)} tokens are billed at ` +
        `${usd(tier.inputPrice)} input / ${usd(tier.outputPrice)} output per 1M for the whole request.`
      : null,
  };
}

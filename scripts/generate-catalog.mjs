// Writes the API model catalog from the installed @pydantic/genai-prices:
//  - src/catalog/generated/api-prices.ts: the curated models and B's serverless prices, small,
//    part of the first page load;
//  - src/catalog/generated/api-catalog.json: every other current model the cost model can price
//    exactly (well over a thousand), loaded lazily by src/catalog/full-catalog.ts.
//
// Why a generator: the package bundles every provider's prices (about 830 KB, 90 KB gzip); the
// page needs a few dozen numbers at first and the rest only when someone searches. Prices are
// read through the package's own `calcPrice` (see catalog-read.mjs), and
// test/catalog/generated-data.test.ts fails when the committed files and the package drift apart.
//
// Usage: npm run catalog [-- --date YYYY-MM-DD]   (default: today, UTC)

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calcPrice } from '@pydantic/genai-prices';
import * as prettier from 'prettier';
import { CURATED, LIFECYCLE } from './catalog-selection.mjs';
import { allProviders, PRICE_TIME, readModel } from './catalog-read.mjs';
import { SERVING_SELECTION } from './serving-selection.mjs';

// Plain paths rather than URL objects, so the module also loads inside a jsdom test.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const curatedFile = join(root, 'src/catalog/generated/api-prices.ts');
const fullFile = join(root, 'src/catalog/generated/api-catalog.json');
const pkgJson = join(root, 'node_modules/@pydantic/genai-prices/package.json');

function lifecycleOf(providerId, id, deprecated) {
  const rule = LIFECYCLE.find((r) => r.providerId === providerId && r.ids.includes(id));
  if (rule) return { status: rule.status, statusNote: rule.note, statusUrl: rule.url };
  if (deprecated) {
    return {
      status: 'retired',
      statusNote: 'Marked deprecated in genai-prices: no longer offered by this provider.',
      statusUrl: null,
    };
  }
  return { status: 'current', statusNote: null, statusUrl: null };
}

function entry(provider, model, id, name, timestamp) {
  const read = readModel(provider, model, timestamp);
  if (!read) return null;
  const { deprecated, ...prices } = read;
  return {
    id,
    providerId: provider.id,
    modelRef: model.id,
    name,
    ...lifecycleOf(provider.id, model.id, deprecated),
    ...prices,
  };
}

/** The curated models, in their listed order; throws when one is missing from the package. */
function curatedModels(providers, timestamp) {
  return CURATED.map((sel) => {
    const provider = providers.find((p) => p.id === sel.providerId);
    const model = provider?.models.find((m) => m.id === sel.id);
    const built = model && entry(provider, model, sel.id, sel.name, timestamp);
    if (!built)
      throw new Error(`genai-prices cannot price curated model ${sel.providerId}:${sel.id}`);
    return built;
  });
}

/** Every other model the cost model can price, by provider then id (stable output). */
function otherModels(providers, timestamp) {
  const curated = new Set(CURATED.map((c) => `${c.providerId}:${c.id}`));
  const out = [];
  for (const provider of providers) {
    for (const model of provider.models) {
      const id = `${provider.id}:${model.id}`;
      if (curated.has(id)) continue;
      const built = entry(provider, model, id, model.name ?? model.id, timestamp);
      if (built) out.push(built);
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

function providerTable(providers) {
  const out = {};
  for (const p of providers) out[p.id] = { name: p.name, pricingUrl: p.pricing_urls?.[0] ?? null };
  return out;
}

/**
 * B's per-token price for a base model: its LoRA host's, or (for a base no host serves a LoRA
 * of per token) the base model's own price somewhere, marked as a reference only.
 */
function servingPrice(sel, timestamp) {
  const [providerId, modelRef] = sel.lora
    ? [sel.lora.providerId, sel.lora.modelRef]
    : sel.reference;
  const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, modelRef, {
    providerId,
    timestamp,
  });
  if (!result) throw new Error(`genai-prices has no price for ${providerId}:${modelRef}`);
  const base = (p) => (typeof p === 'object' ? p.base : p);
  const other = sel.loraWithoutPrice ?? null;
  return {
    baseModelId: sel.baseModelId,
    servesLora: Boolean(sel.lora),
    providerId,
    provider: sel.lora?.host ?? result.provider.name,
    modelRef,
    inputPrice: base(result.model_price.input_mtok),
    outputPrice: base(result.model_price.output_mtok),
    pricingUrl: result.provider.pricing_urls?.[0] ?? null,
    loraUrl: sel.lora?.url ?? other?.url ?? null,
    note: sel.lora?.note ?? other?.note ?? null,
  };
}

/** The package's name, version and publication date. */
async function packageMeta() {
  const { name, version } = JSON.parse(await readFile(pkgJson, 'utf8'));
  return { package: name, version, released: RELEASED[version] ?? null };
}

/** npm's publish dates (`npm view @pydantic/genai-prices time`); add a line when upgrading. */
const RELEASED = { '0.1.8': '2026-09-23' };

/** Everything the generated files hold, as plain data. Pure apart from reading the package. */
export async function buildCatalog(date) {
  const timestamp = new Date(`${date}T${PRICE_TIME}`);
  const providers = await allProviders();
  const meta = { ...(await packageMeta()), generatedOn: date, priceTime: PRICE_TIME };
  const used = new Set();
  const curated = curatedModels(providers, timestamp);
  const others = otherModels(providers, timestamp);
  for (const m of [...curated, ...others]) used.add(m.providerId);
  const table = providerTable(providers.filter((p) => used.has(p.id)));
  return {
    meta,
    providers: table,
    apiModels: curated,
    otherModels: others,
    servingPrices: SERVING_SELECTION.map((sel) => servingPrice(sel, timestamp)),
  };
}

function renderCurated({ meta, providers, apiModels, servingPrices }) {
  const json = (v) => JSON.stringify(v, null, 2);
  const curatedProviders = {};
  for (const m of apiModels) curatedProviders[m.providerId] = providers[m.providerId];
  return `// Generated by scripts/generate-catalog.mjs from ${meta.package} ${meta.version} on ${meta.generatedOn}.
// Do not edit by hand: run \`npm run catalog\` to refresh it from the installed package.
import type { CompactApiModel, GeneratedServingPrice, ProviderInfo } from '../types.ts';

export const GENAI_PRICES = ${json(meta)} as const;

export const CURATED_PROVIDERS: Readonly<Record<string, ProviderInfo>> = ${json(curatedProviders)};

export const API_MODEL_PRICES: readonly CompactApiModel[] = ${json(apiModels.map(compact))};

export const SERVING_PRICES: readonly GeneratedServingPrice[] = ${json(servingPrices)};
`;
}

/**
 * A model without what the loader restores: null fields and `modelRef` (the id after the
 * provider). src/catalog/full-catalog.ts expands it back; the test compares both directions.
 */
function compact(model) {
  const out = {};
  for (const [key, value] of Object.entries(model)) {
    if (value !== null && key !== 'modelRef') out[key] = value;
  }
  return out;
}

/** One model per line: small diffs on refresh, and no formatter pass over ~1,400 entries. */
function renderFull({ meta, providers, otherModels }) {
  const lines = otherModels.map((m) => `    ${JSON.stringify(compact(m))}`).join(',\n');
  return `{
  "meta": ${JSON.stringify(meta)},
  "providers": ${JSON.stringify(providers)},
  "models": [
${lines}
  ]
}
`;
}

/** The two files' contents for a date, exactly as written (the test regenerates and compares). */
export async function renderCatalog(date) {
  const catalog = await buildCatalog(date);
  const options = (await prettier.resolveConfig(curatedFile)) ?? {};
  const curated = await prettier.format(renderCurated(catalog), {
    ...options,
    parser: 'typescript',
  });
  return { catalog, curated, full: renderFull(catalog) };
}

async function main() {
  const arg = process.argv.indexOf('--date');
  const date = arg > 0 ? process.argv[arg + 1] : new Date().toISOString().slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('--date must be YYYY-MM-DD');
  const { catalog, curated, full } = await renderCatalog(date);
  await mkdir(dirname(curatedFile), { recursive: true });
  await writeFile(curatedFile, curated);
  await writeFile(fullFile, full);
  console.log(
    `Wrote ${catalog.apiModels.length} curated and ${catalog.otherModels.length} other API models ` +
      `(${Buffer.byteLength(curated)} + ${Buffer.byteLength(full)} bytes).`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

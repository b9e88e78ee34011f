// Writes src/catalog/generated/api-prices.ts from the installed @pydantic/genai-prices.
//
// Why a generator: the package bundles every provider's prices (about 830 KB, 90 KB gzip);
// the browser needs a few dozen numbers. This script picks the curated models, reads their
// prices through the package's own lookup (so date constraints and tiers resolve exactly as
// `calcPrice` resolves them) and writes a small typed module with the package version and
// the date. test/catalog/generated-data.test.ts fails when the two drift apart.
//
// Usage: npm run catalog [-- --date YYYY-MM-DD]   (default: today, UTC)

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { calcPrice, findProvider } from '@pydantic/genai-prices';
import * as prettier from 'prettier';
import { API_SELECTION, SERVING_SELECTION } from './catalog-selection.mjs';

// Plain paths rather than URL objects, so the module also loads inside a jsdom test.
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'src/catalog/generated/api-prices.ts');
const pkgJson = join(root, 'node_modules/@pydantic/genai-prices/package.json');

const PRICE_KEYS = {
  inputPrice: 'input_mtok',
  cachedInputPrice: 'cache_read_mtok',
  cacheWritePrice: 'cache_write_mtok',
  outputPrice: 'output_mtok',
};

/** The lowest tier: the one that applies to prompts under 200k tokens for every model here. */
const basePrice = (price) => (typeof price === 'object' && price !== null ? price.base : price);

function pickPrices(modelPrice) {
  const out = {};
  for (const [field, key] of Object.entries(PRICE_KEYS))
    out[field] = basePrice(modelPrice[key]) ?? null;
  if (out.inputPrice === null || out.outputPrice === null)
    throw new Error('input or output price missing');
  return out;
}

const usd = (n) => `$${Number(n.toFixed(2)) === n ? n.toFixed(2) : String(n)}`;

/** genai-prices picks a tier when the prompt's input tokens exceed `start`; the base tier covers the rest. */
function describeTiers(modelPrice) {
  const tiered = Object.values(PRICE_KEYS)
    .map((key) => [key, modelPrice[key]])
    .filter(([, p]) => typeof p === 'object' && p !== null && p.tiers.length > 0);
  if (tiered.length === 0) return { tierMaxInputTokens: null, tierNote: null };
  const max = Math.min(...tiered.map(([, p]) => Math.min(...p.tiers.map((t) => t.start))));
  const next = (key) => {
    const p = modelPrice[key];
    return typeof p === 'object' && p !== null
      ? (p.tiers.find((t) => t.start === max)?.price ?? p.base)
      : p;
  };
  const tierNote =
    `Standard-context tier: these prices apply to prompts of up to ${max.toLocaleString('en-US')} input tokens. ` +
    `Longer prompts are billed at ${usd(next('input_mtok'))} input / ${usd(next('output_mtok'))} output per 1M for the whole request.`;
  return { tierMaxInputTokens: max, tierNote };
}

function resolve(providerId, modelRef, timestamp) {
  const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, modelRef, {
    providerId,
    timestamp,
  });
  if (!result) throw new Error(`genai-prices has no price for ${providerId}:${modelRef}`);
  return result;
}

function scheduledChange(model, timestamp) {
  if (!Array.isArray(model.prices)) return null;
  const later = model.prices
    .filter(
      (p) => p.constraint?.type === 'start_date' && new Date(p.constraint.start_date) > timestamp,
    )
    .sort((a, b) => a.constraint.start_date.localeCompare(b.constraint.start_date))[0];
  return later ? { date: later.constraint.start_date, ...pickPrices(later.prices) } : null;
}

function apiModel(sel, timestamp) {
  const result = resolve(sel.providerId, sel.id, timestamp);
  // A model ref can match a neighbour's pattern; insist on the entry we curated.
  if (result.model.id !== sel.id) throw new Error(`${sel.id} resolved to ${result.model.id}`);
  return {
    id: sel.id,
    providerId: sel.providerId,
    provider: result.provider.name,
    name: sel.name,
    status: sel.status,
    statusNote: sel.statusNote ?? null,
    statusUrl: sel.statusUrl ?? null,
    ...pickPrices(result.model_price),
    ...describeTiers(result.model_price),
    scheduledChange: scheduledChange(result.model, timestamp),
    pricingUrl: result.provider.pricing_urls?.[0] ?? null,
  };
}

function servingPrice({ baseModelId, candidates }, timestamp) {
  for (const [providerId, modelRef] of candidates) {
    if (!findProvider({ providerId })) continue;
    const result = calcPrice({ input_tokens: 1, output_tokens: 1 }, modelRef, {
      providerId,
      timestamp,
    });
    if (!result) continue;
    const { inputPrice, outputPrice } = pickPrices(result.model_price);
    return {
      baseModelId,
      providerId,
      provider: result.provider.name,
      modelRef,
      inputPrice,
      outputPrice,
      pricingUrl: result.provider.pricing_urls?.[0] ?? null,
      note: result.model.price_comments ?? null,
    };
  }
  console.warn(`No serverless price for ${baseModelId}; the catalog will have none.`);
  return null;
}

/** Everything the generated module holds, as plain data. Pure apart from reading the package. */
export async function buildCatalog(date) {
  const { name, version } = JSON.parse(await readFile(pkgJson, 'utf8'));
  const timestamp = new Date(`${date}T00:00:00Z`);
  return {
    meta: { package: name, version, generatedOn: date },
    apiModels: API_SELECTION.map((sel) => apiModel(sel, timestamp)),
    servingPrices: SERVING_SELECTION.map((sel) => servingPrice(sel, timestamp)).filter(Boolean),
  };
}

function render({ meta, apiModels, servingPrices }) {
  const json = (v) => JSON.stringify(v, null, 2);
  return `// Generated by scripts/generate-catalog.mjs from ${meta.package} ${meta.version} on ${meta.generatedOn}.
// Do not edit by hand: run \`npm run catalog\` to refresh it from the installed package.
import type { GeneratedApiModel, GeneratedServingPrice } from '../types.ts';

export const GENAI_PRICES = ${json(meta)} as const;

export const API_MODEL_PRICES: readonly GeneratedApiModel[] = ${json(apiModels)};

export const SERVING_PRICES: readonly GeneratedServingPrice[] = ${json(servingPrices)};
`;
}

async function main() {
  const arg = process.argv.indexOf('--date');
  const date = arg > 0 ? process.argv[arg + 1] : new Date().toISOString().slice(0, 10);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error('--date must be YYYY-MM-DD');
  const source = render(await buildCatalog(date));
  const options = (await prettier.resolveConfig(outFile)) ?? {};
  const formatted = await prettier.format(source, { ...options, parser: 'typescript' });
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, formatted);
  console.log(`Wrote ${outFile} (${Buffer.byteLength(formatted)} bytes).`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

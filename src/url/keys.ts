/**
 * The link's key table: one short, readable key per Scenario field and per piece of link metadata.
 * Typed by the Scenario, so adding a field without a key (or a key for no field) fails to compile.
 * Keys are a public format: once a link with a key is out in the world, the key never changes
 * meaning. Renaming one needs a new link version and a migration (see migrate.ts, docs/sharing.md).
 */
import type { Scenario } from '../model/scenario.ts';

/** The link format this code writes. Bump it only together with a migration in migrate.ts. */
export const LINK_VERSION = 1;

/** Short key per Scenario field, in the field table's order (workload, A, B, readiness). */
export const SCENARIO_KEYS: { readonly [K in keyof Scenario]: string } = {
  requestsPerDay: 'rpd',
  monthlyGrowth: 'gr',
  horizonMonths: 'mo',
  inputTokens: 'in',
  outputTokens: 'out',
  hourlyRate: 'rate',
  systemPromptTokens: 'sys',
  fewShotExamples: 'fs',
  fewShotTokensPerExample: 'fst',
  apiInputPrice: 'ai',
  apiCachedInputPrice: 'acr',
  apiCacheWritePrice: 'acw',
  apiOutputPrice: 'ao',
  promptCaching: 'pc',
  cacheHitRate: 'hit',
  promptSetupHours: 'psh',
  promptMaintenanceHoursPerMonth: 'pmh',
  residualPromptTokens: 'res',
  tokenizerRatio: 'tok',
  trainingExamples: 'tx',
  trainingTokensPerExample: 'txt',
  epochs: 'ep',
  trainingRunsPerRelease: 'runs',
  trainingPrice: 'tp',
  labelingCostPerExample: 'lab',
  evalCostPerRelease: 'eval',
  engineeringHoursInitial: 'eh',
  engineeringHoursPerRetrain: 'ehr',
  maintenanceHoursPerMonth: 'mh',
  retrainEveryMonths: 'rt',
  retrainNewDataFraction: 'rtn',
  servingMode: 'sm',
  servingInputPrice: 'si',
  servingOutputPrice: 'so',
  servingHourlyFee: 'fee',
  gpuHourlyPrice: 'gph',
  gpuOutputTokensPerSecond: 'gtps',
  inputTokenWeight: 'itw',
  targetUtilization: 'util',
  minGpus: 'ming',
  fallbackRate: 'fb',
  cacheMinPrefixTokens: 'cmin',
  cacheTtlMinutes: 'cttl',
  apiTierThresholdTokens: 'tier',
  apiTierInputPrice: 'tai',
  apiTierOutputPrice: 'tao',
  apiPriceChangePerYear: 'apy',
  servingPriceChangePerYear: 'spy',
  apiPriceStepMonth: 'stm',
  apiPriceStepInputFactor: 'sti',
  apiPriceStepOutputFactor: 'sto',
  failureCost: 'fc',
  failureRateA: 'fra',
  failureRateB: 'frb',
  triedPromptEngineering: 'tpe',
  triedRag: 'rag',
  needsFreshKnowledge: 'fresh',
  requirementsChangeOften: 'chg',
  wantsGeneralCapability: 'gen',
};

/** Keys of everything in a link that is not a Scenario field. */
export const META_KEYS = {
  version: 'v',
  name: 'n',
  /** The name as base64url of its UTF-8 bytes, when that is shorter (see name-text.ts). */
  nameBase64: 'nb',
  apiModelId: 'am',
  baseModelId: 'bm',
  gpuId: 'gpu',
  trainingOption: 'train',
  /** The scenario's month 1 (`YYYY-MM`); a known price change of A is placed from it. */
  startMonth: 'start',
  /** Comma-separated scenario keys of the catalog-filled fields the user set by hand. */
  overrides: 'ov',
} as const;

/**
 * A comparison link carries up to two more scenarios, each under a key prefix: `c1.` for the
 * left one when it is not the page's current scenario, `c2.` for the right one.
 */
export const COMPARE_PREFIXES = { left: 'c1.', right: 'c2.' } as const;

const fieldByShortKey = new Map(
  (Object.keys(SCENARIO_KEYS) as (keyof Scenario)[]).map((field) => [SCENARIO_KEYS[field], field]),
);

/** The Scenario field a short key stands for, or undefined for an unknown key. */
export function fieldForKey(key: string): keyof Scenario | undefined {
  return fieldByShortKey.get(key);
}

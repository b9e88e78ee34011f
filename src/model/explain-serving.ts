/**
 * The formulas panel's per-request sections: A (with its cache, tier and price changes), B and C
 * in the scenario's serving mode. Month figures are month 1's, as the result's per-request ones.
 */
import type { Result } from './calculate.ts';
import {
  ceil,
  max,
  missing,
  PER_MILLION,
  step,
  type ExplainedSection,
  type ExplainedStep,
  oneMinusExpNeg,
  power,
  product,
  quotient,
  sum,
  term,
  type Expr,
} from './explain-expr.ts';
import { formatCount } from './format.ts';
import type { Scenario } from './scenario.ts';
import type { UnitCosts } from './unit-costs.ts';
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from './units.ts';

export function explainServing(s: Scenario, r: Result, u: UnitCosts): ExplainedSection[] {
  return [
    { title: 'Prompting (A): one request in month 1', steps: requestA(s, r, u) },
    { title: 'Fine-tuned (B): one request in month 1', steps: requestOpen(s, r, u, 'B') },
    { title: 'Small model prompted (C): one request in month 1', steps: requestOpen(s, r, u, 'C') },
    ...(pricesChange(s) ? [{ title: 'Prices over time', steps: priceChanges(s) }] : []),
  ];
}

function requestA(s: Scenario, r: Result, u: UnitCosts): ExplainedStep[] {
  const { api, staticPrefixTokens: S } = u;
  const requests = r.months[1]?.requests ?? 0;
  const steps: ExplainedStep[] = [
    step(
      'Static prefix S',
      sum(
        term(s.systemPromptTokens, 'tokens', 'system prompt'),
        product(
          term(s.fewShotExamples, 'count', 'examples'),
          term(s.fewShotTokensPerExample, 'tokens'),
        ),
      ),
      S,
      'tokens',
    ),
  ];
  if (s.apiTierThresholdTokens > 0) {
    const tokens = sum(term(S, 'tokens', 'S'), term(s.inputTokens, 'tokens', 'input'));
    const where = api.tier ? 'above' : 'within';
    steps.push(
      step(
        `Prompt length (${where} the ${formatCount(s.apiTierThresholdTokens)}-token tier threshold)`,
        tokens,
        S + s.inputTokens,
        'tokens',
      ),
    );
  }
  const hit = r.effectiveCacheHitRate;
  if (api.cacheable && s.cacheTtlMinutes > 0) {
    const warmth = product(
      quotient(term(requests, 'requests'), term(SECONDS_PER_MONTH, 'count', 's a month')),
      term(s.cacheTtlMinutes * 60, 'count', 's cache lifetime'),
    );
    const rate = product(term(s.cacheHitRate, 'share', 'hit rate'), oneMinusExpNeg(warmth));
    steps.push(step('Effective cache hit rate', rate, hit, 'share', 'effectiveCacheHitRate'));
  }
  const prefixPrice = api.cacheable ? hit * api.cached + (1 - hit) * api.cacheWrite : api.input;
  const why = !s.promptCaching
    ? 'caching off'
    : S > 0 && S < s.cacheMinPrefixTokens
      ? `under the ${formatCount(s.cacheMinPrefixTokens)} cache minimum`
      : 'uncached';
  const priceExpr = api.cacheable
    ? sum(
        product(term(hit, 'share', 'hits'), term(api.cached, 'usdPerM', 'cached')),
        product(term(1 - hit, 'share', 'misses'), term(api.cacheWrite, 'usdPerM', 'cache write')),
      )
    : term(api.input, 'usdPerM', why);
  steps.push(step('Prefix price', priceExpr, prefixPrice, 'usdPerM'));
  const fIn = u.monthly.fIn[1] ?? 1;
  const fOut = u.monthly.fOut[1] ?? 1;
  const scaled = (tokens: number, price: number, f: number) =>
    f === 1
      ? product(term(tokens, 'tokens'), term(price, 'usdPerM'))
      : product(term(tokens, 'tokens'), term(price, 'usdPerM'), term(f, 'ratio', 'price change'));
  const perRequest = quotient(
    sum(
      scaled(S, prefixPrice, fIn),
      scaled(s.inputTokens, api.input, fIn),
      scaled(s.outputTokens, api.output, fOut),
    ),
    PER_MILLION,
  );
  steps.push(step('Cost per request A', perRequest, r.costPerRequestA, 'usd', 'costPerRequestA'));
  return steps;
}

/** B (residual prompt R) or C (A's whole prefix S) on the small model. */
function requestOpen(s: Scenario, r: Result, u: UnitCosts, option: 'B' | 'C'): ExplainedStep[] {
  const prompt = option === 'B' ? s.residualPromptTokens : u.staticPrefixTokens;
  const promptNote = option === 'B' ? 'R' : 'S';
  const k = term(s.tokenizerRatio, 'ratio', 'tokenizer');
  const promptTokens = sum(
    term(prompt, 'tokens', promptNote),
    term(s.inputTokens, 'tokens', 'input'),
  );
  const figure = option === 'B' ? 'costPerRequestB' : 'costPerRequestC';
  const amount = option === 'B' ? r.costPerRequestB : r.costPerRequestC;
  const fallback =
    option === 'B' && s.fallbackRate > 0
      ? [product(term(s.fallbackRate, 'share', 'fallback'), term(r.costPerRequestA, 'usd', 'A'))]
      : [];
  if (s.servingMode === 'serverless') {
    const inference = quotient(
      sum(
        product(k, promptTokens, term(s.servingInputPrice, 'usdPerM')),
        product(k, term(s.outputTokens, 'tokens', 'output'), term(s.servingOutputPrice, 'usdPerM')),
      ),
      PER_MILLION,
    );
    const perToken = option === 'B' ? u.serverlessInferenceB : u.serverlessInferenceC;
    const steps = [step(`Inference ${option} (per token)`, inference, perToken, 'usd')];
    if (amount !== null) {
      const total = sum(term(perToken, 'usd', 'inference'), ...fallback);
      steps.push(step(`Cost per request ${option}`, total, amount, 'usd', figure));
    }
    return steps;
  }
  const row = r.months[1];
  const requests = row?.requests ?? 0;
  const gpus = (option === 'B' ? row?.gpus : row?.gpusC) ?? s.minGpus;
  const hosting = (option === 'B' ? row?.inferenceB : row?.inferenceC) ?? 0;
  const perRequest = option === 'B' ? u.gpuTokensPerRequest : u.gpuTokensPerRequestC;
  const loadExpr = product(
    quotient(term(requests, 'requests'), term(SECONDS_PER_MONTH, 'count', 's a month')),
    k,
    sum(
      term(s.outputTokens, 'tokens', 'output'),
      product(term(s.inputTokenWeight, 'ratio', 'input weight'), promptTokens),
    ),
  );
  const load = (requests / SECONDS_PER_MONTH) * perRequest;
  const capacity = product(
    term(s.gpuOutputTokensPerSecond, 'tokensPerSecond'),
    term(s.targetUtilization, 'share', 'utilisation'),
  );
  const gpuExpr = max(
    term(s.minGpus, 'gpus', 'minimum'),
    ceil(quotient(term(load, 'tokensPerSecond'), capacity)),
  );
  const steps: ExplainedStep[] = [
    step(`GPU load ${option}`, loadExpr, load, 'tokensPerSecond'),
    step(
      `GPUs for ${option}`,
      gpuExpr,
      gpus,
      'gpus',
      `months[1].${option === 'B' ? 'gpus' : 'gpusC'}`,
    ),
    step(
      `Hosting ${option}`,
      product(
        term(gpus, 'gpus'),
        term(s.gpuHourlyPrice, 'usdPerHour'),
        term(HOURS_PER_MONTH, 'hours'),
      ),
      hosting,
      'usd',
      `months[1].inference${option}`,
    ),
  ];
  steps.push(
    amount === null
      ? missing(`Cost per request ${option}`, 'no requests to share the GPUs’ bill', figure)
      : step(
          `Cost per request ${option}`,
          sum(quotient(term(hosting, 'usd'), term(requests, 'requests')), ...fallback),
          amount,
          'usd',
          figure,
        ),
  );
  return steps;
}

function pricesChange(s: Scenario): boolean {
  return (
    s.apiPriceChangePerYear !== 0 ||
    s.servingPriceChangePerYear !== 0 ||
    (s.apiPriceStepMonth > 0 && s.apiPriceStepMonth <= s.horizonMonths)
  );
}

/** What the trends and the step make of month-1 prices by the last month. */
function priceChanges(s: Scenario): ExplainedStep[] {
  const H = s.horizonMonths;
  const years = quotient(term(H - 1, 'count'), term(12, 'count'));
  const trend = (change: number) => power(term(1 + change, 'ratio', 'a year'), years);
  const stepped = s.apiPriceStepMonth > 0 && H >= s.apiPriceStepMonth;
  const factor = (change: number, stepFactor: number, label: string): ExplainedStep => {
    const t = (1 + change) ** ((H - 1) / 12);
    const expr: Expr = stepped
      ? product(trend(change), term(stepFactor, 'ratio', 'known change'))
      : trend(change);
    return step(label, expr, stepped ? t * stepFactor : t, 'ratio');
  };
  const steps = [
    factor(
      s.apiPriceChangePerYear,
      s.apiPriceStepInputFactor,
      `A's input prices in month ${H} (× month 1)`,
    ),
    factor(
      s.apiPriceChangePerYear,
      s.apiPriceStepOutputFactor,
      `A's output prices in month ${H} (× month 1)`,
    ),
  ];
  const g = (1 + s.servingPriceChangePerYear) ** ((H - 1) / 12);
  steps.push(
    step(
      `Serving prices in month ${H} (× month 1)`,
      trend(s.servingPriceChangePerYear),
      g,
      'ratio',
    ),
  );
  return steps;
}

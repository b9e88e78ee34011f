// The field table against the spec, validation's plain-language problems, and number formatting.
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatMonths,
  formatNumber,
  formatPercent,
  formatUsd,
} from '../../src/model/format.ts';
import {
  BOOLEAN_FIELDS,
  DEFAULT_SCENARIO,
  NUMERIC_FIELDS,
  fieldByKey,
  type NumericKey,
} from '../../src/model/scenario.ts';
import { validateScenario } from '../../src/model/validate.ts';

/** The spec's table (cost-model.md, "Scenario"): default, min, max. Catalog defaults per the issue. */
const SPEC: Record<NumericKey, [number, number, number]> = {
  requestsPerDay: [10_000, 0, 100_000_000],
  monthlyGrowth: [0, -0.5, 2],
  horizonMonths: [12, 1, 60],
  inputTokens: [500, 0, 1_000_000],
  outputTokens: [300, 0, 100_000],
  hourlyRate: [150, 0, 2_000],
  systemPromptTokens: [1_500, 0, 1_000_000],
  fewShotExamples: [5, 0, 1_000],
  fewShotTokensPerExample: [300, 0, 100_000],
  apiInputPrice: [2.5, 0, 1_000],
  apiCachedInputPrice: [1.25, 0, 1_000],
  apiCacheWritePrice: [2.5, 0, 1_000],
  apiOutputPrice: [10, 0, 1_000],
  cacheHitRate: [0.8, 0, 1],
  promptSetupHours: [0, 0, 100_000],
  promptMaintenanceHoursPerMonth: [0, 0, 10_000],
  residualPromptTokens: [150, 0, 1_000_000],
  tokenizerRatio: [1, 0.5, 2],
  trainingExamples: [2_000, 0, 10_000_000],
  trainingTokensPerExample: [800, 1, 1_000_000],
  epochs: [3, 1, 100],
  trainingRunsPerRelease: [3, 1, 1_000],
  trainingPrice: [0.48, 0, 1_000],
  labelingCostPerExample: [0.5, 0, 10_000],
  evalCostPerRelease: [500, 0, 10_000_000],
  engineeringHoursInitial: [160, 0, 100_000],
  engineeringHoursPerRetrain: [40, 0, 100_000],
  maintenanceHoursPerMonth: [8, 0, 10_000],
  retrainEveryMonths: [6, 0, 60],
  retrainNewDataFraction: [0.25, 0, 1],
  servingInputPrice: [0.18, 0, 1_000],
  servingOutputPrice: [0.18, 0, 1_000],
  servingHourlyFee: [0, 0, 10_000],
  gpuHourlyPrice: [2.99, 0, 1_000],
  gpuOutputTokensPerSecond: [3_400, 1, 1_000_000],
  inputTokenWeight: [0.15, 0, 1],
  targetUtilization: [0.5, 0.01, 1],
  minGpus: [1, 1, 1_000],
  fallbackRate: [0, 0, 1],
  // Version 2 (cost-model.md, "Version 2", "New inputs"): neutral defaults.
  cacheMinPrefixTokens: [0, 0, 1_000_000],
  cacheTtlMinutes: [0, 0, 10_080],
  apiTierThresholdTokens: [0, 0, 10_000_000],
  apiTierInputPrice: [0, 0, 1_000],
  apiTierOutputPrice: [0, 0, 1_000],
  apiPriceChangePerYear: [0, -0.9, 1],
  servingPriceChangePerYear: [0, -0.9, 1],
  apiPriceStepMonth: [0, 0, 60],
  apiPriceStepInputFactor: [1, 0, 100],
  apiPriceStepOutputFactor: [1, 0, 100],
  failureCost: [0, 0, 100_000],
  failureRateA: [0, 0, 1],
  failureRateB: [0, 0, 1],
};

describe('the field table', () => {
  it('has one numeric field per numeric input, with the spec’s default and valid range', () => {
    const table = Object.fromEntries(NUMERIC_FIELDS.map((f) => [f.key, [f.default, f.min, f.max]]));
    expect(table).toEqual(SPEC);
    expect(NUMERIC_FIELDS).toHaveLength(Object.keys(SPEC).length);
  });

  it('has the spec’s boolean defaults: caching on, every readiness answer no', () => {
    expect(Object.fromEntries(BOOLEAN_FIELDS.map((f) => [f.key, f.default]))).toEqual({
      promptCaching: true,
      triedPromptEngineering: false,
      triedRag: false,
      needsFreshKnowledge: false,
      requirementsChangeOften: false,
      wantsGeneralCapability: false,
    });
    expect(DEFAULT_SCENARIO.servingMode).toBe('serverless');
  });

  it.each(NUMERIC_FIELDS)(
    '$key is consistent: slider inside the valid range, steps, flags',
    (f) => {
      const sliderMin = f.sliderMin ?? f.min;
      const sliderMax = f.sliderMax ?? f.max;
      expect(f.min).toBeLessThanOrEqual(sliderMin);
      expect(sliderMin).toBeLessThan(sliderMax);
      expect(sliderMax).toBeLessThanOrEqual(f.max);
      expect(f.step).toBeGreaterThan(0);
      if (f.scale === 'log') expect(sliderMin).toBeGreaterThan(0);
      if (f.integer) {
        for (const value of [f.min, f.max, f.default, f.step])
          expect(Number.isInteger(value)).toBe(true);
      }
      if (f.percent) expect(f.unit).toBe('%');
      expect(f.label).not.toBe('');
      expect(f.help).toMatch(/\.$/);
      expect(fieldByKey(f.key)).toBe(f);
    },
  );

  it('gives the sliders the ranges the UI asked for', () => {
    expect(fieldByKey('requestsPerDay')).toMatchObject({
      scale: 'log',
      sliderMin: 10,
      sliderMax: 10_000_000,
    });
    expect(fieldByKey('trainingExamples')).toMatchObject({
      scale: 'log',
      sliderMin: 10,
      sliderMax: 1_000_000,
    });
    expect(fieldByKey('systemPromptTokens').sliderMax).toBe(20_000);
    expect(fieldByKey('inputTokens').sliderMax).toBe(20_000);
    expect(fieldByKey('outputTokens').sliderMax).toBe(4_000);
  });
});

describe('validateScenario', () => {
  const problemsFor = (changes: Record<string, unknown>) =>
    validateScenario({ ...DEFAULT_SCENARIO, ...changes });

  it('keeps a valid scenario and reports nothing', () => {
    expect(validateScenario(DEFAULT_SCENARIO)).toEqual({
      scenario: DEFAULT_SCENARIO,
      problems: [],
    });
  });

  it.each([
    [-5, 'Requests per day must be between 0 and 100,000,000; got -5. Using 10,000.'],
    ['abc', 'Requests per day must be a number; got the text "abc". Using 10,000.'],
    [Infinity, 'Requests per day must be a finite number; got Infinity. Using 10,000.'],
    [NaN, 'Requests per day must be a finite number; got NaN. Using 10,000.'],
    [null, 'Requests per day must be a number; got an empty value. Using 10,000.'],
    [[1], 'Requests per day must be a number; got a list. Using 10,000.'],
    [undefined, 'Requests per day is missing. Using 10,000.'],
  ])('replaces requestsPerDay %s by the default and says so', (value, message) => {
    const { scenario, problems } = problemsFor({ requestsPerDay: value });
    expect(scenario.requestsPerDay).toBe(10_000);
    expect(problems).toEqual([{ field: 'requestsPerDay', message }]);
  });

  it('shows fractions as percentages', () => {
    expect(problemsFor({ cacheHitRate: 1.5 }).problems).toEqual([
      {
        field: 'cacheHitRate',
        message: 'Prompt cache hit rate must be between 0% and 100%; got 150%. Using 80%.',
      },
    ]);
  });

  it('rounds whole-number fields to the nearest whole and reports it', () => {
    const { scenario, problems } = problemsFor({ trainingExamples: 2_500.5, horizonMonths: 11.4 });
    expect(scenario.trainingExamples).toBe(2_501);
    expect(scenario.horizonMonths).toBe(11);
    expect(problems).toEqual([
      {
        field: 'horizonMonths',
        message: 'Time horizon must be a whole number; got 11.4. Using 11.',
      },
      {
        field: 'trainingExamples',
        message: 'Training examples must be a whole number; got 2,500.5. Using 2,501.',
      },
    ]);
  });

  it('accepts fractional requests per day (an average)', () => {
    expect(problemsFor({ requestsPerDay: 6_666.67 }).problems).toEqual([]);
  });

  it('replaces wrong yes/no answers and serving modes', () => {
    const { scenario, problems } = problemsFor({ promptCaching: 'yes', servingMode: 'gpu' });
    expect(scenario.promptCaching).toBe(true);
    expect(scenario.servingMode).toBe('serverless');
    expect(problems).toEqual([
      {
        field: 'promptCaching',
        message: '"Prompt caching" must be yes or no; got the text "yes". Using yes.',
      },
      {
        field: 'servingMode',
        message:
          'Serving mode must be "serverless" or "dedicated"; got the text "gpu". Using serverless.',
      },
    ]);
  });

  it('ignores keys that are not inputs', () => {
    expect(problemsFor({ version: 2, theme: 'dark' }).problems).toEqual([]);
  });

  it('names every input of an empty object as missing', () => {
    const { scenario, problems } = validateScenario({});
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(problems).toHaveLength(NUMERIC_FIELDS.length + BOOLEAN_FIELDS.length + 1);
    expect(problems[0]).toEqual({
      field: 'requestsPerDay',
      message: 'Requests per day is missing. Using 10,000.',
    });
  });

  it.each([null, undefined, 42, 'scenario', [DEFAULT_SCENARIO]])(
    'gives the defaults and one problem for %j',
    (input) => {
      const { scenario, problems } = validateScenario(input);
      expect(scenario).toEqual(DEFAULT_SCENARIO);
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toBe('scenario');
      expect(problems[0]?.message).toMatch(/^Expected a set of named inputs; got .+\. Using/);
    },
  );

  it('does not throw on an object whose reads throw', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no');
        },
      },
    );
    const { scenario, problems } = validateScenario(hostile);
    expect(scenario).toEqual(DEFAULT_SCENARIO);
    expect(problems).toEqual([
      {
        field: 'scenario',
        message: 'The scenario could not be read. Using the defaults for every input.',
      },
    ]);
  });

  it('returns a fresh scenario, never DEFAULT_SCENARIO itself', () => {
    expect(validateScenario(null).scenario).not.toBe(DEFAULT_SCENARIO);
  });
});

describe('formatting', () => {
  it.each([
    [182_400, '$182,400'],
    [182_400.6, '$182,401'],
    [12.5, '$12.50'],
    [0, '$0.00'],
    [0.00875, '$0.00875'],
    [-1_200, '-$1,200'],
    [2e20, '$2.00e+20'],
  ])('formatUsd(%d) is %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('formats counts, numbers, percentages and months', () => {
    expect(formatCount(41_012.7)).toBe('41,013');
    expect(formatNumber(10_000)).toBe('10,000');
    expect(formatNumber(0.485)).toBe('0.49');
    expect(formatNumber(0.00042)).toBe('0.00042');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
    expect(formatPercent(0.125)).toBe('12.5%');
    expect(formatMonths(1)).toBe('1 month');
    expect(formatMonths(4.24)).toBe('4.2 months');
  });
});

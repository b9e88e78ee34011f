// fast-check arbitraries built from the field table, so a new field is covered without edits.
import fc from 'fast-check';
import {
  BOOLEAN_FIELDS,
  NUMERIC_FIELDS,
  SERVING_MODES,
  type NumericField,
  type Scenario,
  type ServingMode,
} from '../../src/model/scenario.ts';
import { smallestValue } from '../../src/model/field-check.ts';

/** Any valid value of a field: mostly slider-range values, often the edges of the valid range. */
export function fieldValue(field: NumericField): fc.Arbitrary<number> {
  const low = field.sliderMin ?? field.min;
  const high = field.sliderMax ?? field.max;
  const whole = (arb: fc.Arbitrary<number>) =>
    field.integer ? arb.map((v) => Math.min(field.max, Math.max(field.min, Math.round(v)))) : arb;
  // A uniform share of the slider range, from an integer: far cheaper to generate than fc.double,
  // which matters with 46 fields × 1,000 runs per property. fc.double still covers the extremes.
  const share = fc.integer({ min: 0, max: 1 << 30 }).map((i) => i / (1 << 30));
  const typical =
    field.scale === 'log' && low > 0
      ? share.map((t) => Math.min(field.max, Math.max(field.min, low * (high / low) ** t)))
      : share.map((t) => Math.min(field.max, low + t * (high - low)));
  const anywhere = fc.double({ min: field.min, max: field.max, noNaN: true });
  // Validation reads a negligible value (5e-324 $/h, under a thousandth of a step) as 0, so no
  // valid scenario holds one.
  const smallest = smallestValue(field);
  return fc
    .oneof(
      { weight: 6, arbitrary: whole(typical) },
      { weight: 2, arbitrary: whole(anywhere) },
      { weight: 2, arbitrary: fc.constantFrom(field.min, field.max, field.default) },
    )
    .map((v) => (Math.abs(v) < smallest ? 0 : v));
}

/**
 * A value as a person or a slider enters it: on a grid of a hundredth of the field's step, so
 * never a subnormal like 5e-324. Comparisons of totals need this: a $5e-324/h fee is real to the
 * model but lost when added to a $30,000 total, which no model can help.
 */
export function enteredValue(field: NumericField): fc.Arbitrary<number> {
  const grid = field.step / 100;
  return fieldValue(field).map((v) =>
    Math.min(field.max, Math.max(field.min, Math.round(v / grid) * grid)),
  );
}

type ScenarioShape = { [K in keyof Scenario]: fc.Arbitrary<Scenario[K]> };

function scenarioOf(
  servingMode: fc.Arbitrary<ServingMode>,
  value: (field: NumericField) => fc.Arbitrary<number>,
): fc.Arbitrary<Scenario> {
  const shape: Record<string, fc.Arbitrary<unknown>> = { servingMode };
  for (const field of NUMERIC_FIELDS) shape[field.key] = value(field);
  for (const field of BOOLEAN_FIELDS) shape[field.key] = fc.boolean();
  return fc.record(shape as ScenarioShape);
}

/** Any scenario that validation accepts. */
export const scenarioArb = scenarioOf(fc.constantFrom(...SERVING_MODES), fieldValue);
/** Valid scenarios with entered values (see enteredValue). */
export const serverlessArb = scenarioOf(fc.constant('serverless'), enteredValue);
export const dedicatedArb = scenarioOf(fc.constant('dedicated'), enteredValue);

/**
 * Valid scenarios, either serving mode, whose cache expires and matters: caching on, a TTL of at
 * least a minute, a hit rate above 0 and a cached price below the write price.
 */
export const expiringArb = fc
  .tuple(
    fc.oneof(serverlessArb, dedicatedArb),
    fc.integer({ min: 1, max: 60 }),
    fc.integer({ min: 1, max: 100 }),
  )
  .map(([s, ttl, hitPercent]) => ({
    ...s,
    promptCaching: true,
    cacheMinPrefixTokens: 0,
    cacheTtlMinutes: ttl,
    cacheHitRate: hitPercent / 100,
    apiCachedInputPrice: Math.min(s.apiCachedInputPrice, s.apiCacheWritePrice / 2),
  }));

/** Property runs: the issue asks for at least 1,000 each. */
export const RUNS = { numRuns: 1_000 } as const;

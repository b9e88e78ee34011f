/** fast-check generators for valid scenarios and their inputs, shared by the codec's tests. */
import fc from 'fast-check';
import { CATALOG_FIELD_KEYS } from '../../src/catalog/fields.ts';
import {
  API_MODEL_IDS,
  BASE_MODEL_IDS,
  GPU_IDS,
  TRAINING_OPTIONS,
} from '../../src/catalog/selection-ids.ts';
import {
  BOOLEAN_FIELDS,
  NUMERIC_FIELDS,
  SERVING_MODES,
  type NumericField,
  type Scenario,
} from '../../src/model/scenario.ts';
import { smallestValue } from '../../src/model/field-check.ts';
import { cutName } from '../../src/url/field-parsers.ts';
import { wellFormed } from '../../src/url/query.ts';
import type { ScenarioInputs } from '../../src/url/scenario-params.ts';

/** Any value validation accepts for a field: edges, the default, and arbitrary doubles. */
function numberFor(field: NumericField): fc.Arbitrary<number> {
  const edges = fc.constantFrom(field.min, field.max, field.default);
  if (field.integer) return fc.oneof(edges, fc.integer({ min: field.min, max: field.max }));
  const anyDouble = fc
    .double({ min: field.min, max: field.max, noNaN: true })
    // Validation reads -0 and negligible values (5e-324 $/h) as 0, so no valid scenario holds them.
    .map((x) => (Math.abs(x) < smallestValue(field) ? 0 : x));
  // Values people type (0.35, 12.5) as well as full-precision doubles.
  const typed = fc
    .integer({ min: 0, max: 10_000 })
    .map((n) => Math.min(field.max, Math.max(field.min, n / 100)));
  return fc.oneof(edges, anyDouble, typed);
}

export const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  ...Object.fromEntries(NUMERIC_FIELDS.map((field) => [field.key, numberFor(field)])),
  ...Object.fromEntries(BOOLEAN_FIELDS.map((field) => [field.key, fc.boolean()])),
  servingMode: fc.constantFrom(...SERVING_MODES),
}) as fc.Arbitrary<Scenario>;

/** Names with the characters that stress percent-encoding, plus any Unicode text. */
const nameArb = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({
      unit: fc.constantFrom(...' +%&=#?,;/\'"<>\\’é中😀'.split(/(?:)/u)),
      maxLength: 80,
    }),
  )
  .map((name) => cutName(wellFormed(name)));

/** A scenario with everything a link carries beside it: name, models and overrides. */
export const inputsArb: fc.Arbitrary<ScenarioInputs> = fc.record({
  scenario: scenarioArb,
  name: nameArb,
  selection: fc.record({
    apiModelId: fc.constantFrom(...API_MODEL_IDS),
    baseModelId: fc.constantFrom(...BASE_MODEL_IDS),
    gpuId: fc.constantFrom(...GPU_IDS),
    trainingOption: fc.constantFrom(...TRAINING_OPTIONS),
    startMonth: fc.constantFrom('2026-12', '2027-01', '2030-06'),
  }),
  overrides: fc.shuffledSubarray([...CATALOG_FIELD_KEYS]),
});

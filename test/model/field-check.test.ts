/**
 * The one rule for a number in a field (src/model/field-check.ts): what it accepts, adjusts and
 * refuses, and the table it reads. Expected values come from the spec's ranges (spec-fields.ts)
 * and from what each rule promises, not from the code's output.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkField,
  checkMessage,
  clampToField,
  nearestAccepted,
  smallestValue,
} from '../../src/model/field-check.ts';
import { DEFAULT_SCENARIO, NUMERIC_FIELDS, fieldByKey } from '../../src/model/scenario.ts';
import { SPEC_FIELDS } from './spec-fields.ts';

/** The spec's units of things that are counted: a fraction of one makes no sense. */
const COUNTED = new Set(['integer', 'count', 'tokens', 'months', 'month', 'minutes']);

describe('the field table', () => {
  it('has exactly the spec’s numeric inputs, with the spec’s valid ranges', () => {
    expect(NUMERIC_FIELDS.map((f) => f.key).sort()).toEqual(SPEC_FIELDS.map((f) => f.key).sort());
    for (const spec of SPEC_FIELDS) {
      const field = NUMERIC_FIELDS.find((f) => f.key === spec.key);
      expect({ key: spec.key, min: field?.min, max: field?.max }).toEqual({
        key: spec.key,
        min: spec.min,
        max: spec.max,
      });
    }
  });

  it('makes counted inputs whole and fractions percentages, as the spec’s units say', () => {
    for (const spec of SPEC_FIELDS) {
      const field = fieldByKey(spec.key as (typeof NUMERIC_FIELDS)[number]['key']);
      expect({ key: spec.key, integer: field.integer }).toEqual({
        key: spec.key,
        integer: COUNTED.has(spec.unit),
      });
      expect({ key: spec.key, percent: field.percent }).toEqual({
        key: spec.key,
        percent: spec.unit === 'fraction',
      });
    }
  });

  it('gives every field a default it accepts unchanged, and that DEFAULT_SCENARIO holds', () => {
    for (const field of NUMERIC_FIELDS) {
      expect(checkField(field, field.default)).toEqual({
        ok: true,
        value: field.default,
        adjusted: null,
      });
      expect(DEFAULT_SCENARIO[field.key]).toBe(field.default);
    }
  });

  it('keeps each slider inside the valid range, log sliders above 0, whole fields on whole bounds', () => {
    for (const field of NUMERIC_FIELDS) {
      const lo = field.sliderMin ?? field.min;
      const hi = field.sliderMax ?? field.max;
      expect(field.min <= lo && lo < hi && hi <= field.max, field.key).toBe(true);
      if (field.scale === 'log') expect(lo, field.key).toBeGreaterThan(0);
      if (field.integer) {
        expect([field.min, field.max, field.step].every(Number.isInteger), field.key).toBe(true);
      }
    }
  });
});

describe('checkField', () => {
  it('accepts both ends of the valid range and refuses anything beyond, never clamping', () => {
    for (const field of NUMERIC_FIELDS) {
      expect(checkField(field, field.min)).toMatchObject({ ok: true, value: field.min });
      expect(checkField(field, field.max)).toMatchObject({ ok: true, value: field.max });
      const beyond = Math.max(1, Math.abs(field.max)) * 1e-9;
      expect(checkField(field, field.max + field.step + beyond)).toEqual({
        ok: false,
        problem: 'out-of-range',
      });
      expect(checkField(field, field.min - field.step - beyond)).toEqual({
        ok: false,
        problem: 'out-of-range',
      });
    }
  });

  it('refuses what is not a finite number', () => {
    const field = fieldByKey('epochs');
    for (const value of [Number.NaN, Infinity, -Infinity]) {
      expect(checkField(field, value)).toEqual({ ok: false, problem: 'not-finite' });
    }
  });

  it('rounds a fraction of a counted input to the nearest whole, and says so', () => {
    expect(checkField(fieldByKey('epochs'), 2.5)).toEqual({
      ok: true,
      value: 3,
      adjusted: 'rounded',
    });
    expect(checkField(fieldByKey('fewShotExamples'), 4.4)).toEqual({
      ok: true,
      value: 4,
      adjusted: 'rounded',
    });
    expect(checkField(fieldByKey('horizonMonths'), 12)).toEqual({
      ok: true,
      value: 12,
      adjusted: null,
    });
  });

  it('keeps fractions of inputs that are not counted', () => {
    // Hours and requests are averages: 7.5 hours a month is a real plan.
    expect(checkField(fieldByKey('maintenanceHoursPerMonth'), 7.5)).toEqual({
      ok: true,
      value: 7.5,
      adjusted: null,
    });
    expect(checkField(fieldByKey('requestsPerDay'), 0.5)).toEqual({
      ok: true,
      value: 0.5,
      adjusted: null,
    });
  });

  it('reads a value under a thousandth of the step as 0, and keeps one at that size', () => {
    const price = fieldByKey('apiInputPrice'); // step $0.01 per 1M tokens
    expect(smallestValue(price)).toBe(0.00001);
    expect(checkField(price, 0.000009)).toEqual({ ok: true, value: 0, adjusted: 'negligible' });
    expect(checkField(price, 0.00001)).toEqual({ ok: true, value: 0.00001, adjusted: null });
    // -0 reads as 0 (toEqual tells them apart): a link or a box never shows “-0”.
    expect(checkField(price, -0)).toEqual({ ok: true, value: 0, adjusted: null });
  });

  it('takes shares as fractions: 80% is 0.8, and 80 is out of range', () => {
    const hits = fieldByKey('cacheHitRate');
    expect(checkField(hits, 0.8)).toEqual({ ok: true, value: 0.8, adjusted: null });
    expect(checkField(hits, 80)).toEqual({ ok: false, problem: 'out-of-range' });
    // A share's step is one percentage point; its negligible size is a thousandth of that.
    expect(checkField(hits, 0.000001)).toEqual({ ok: true, value: 0, adjusted: 'negligible' });
  });

  it('gives a value every reader of a scenario accepts unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC_FIELDS), fc.double(), (field, value) => {
        const checked = checkField(field, value);
        if (!checked.ok) return;
        expect(checkField(field, checked.value)).toEqual({
          ok: true,
          value: checked.value,
          adjusted: null,
        });
      }),
    );
  });
});

describe('nearestAccepted and clampToField', () => {
  it('move a value into the range; nearestAccepted also makes counts whole and tiny values 0', () => {
    const runs = fieldByKey('trainingRunsPerRelease'); // 1 – 1,000 runs
    expect(clampToField(runs, 5000)).toBe(1000);
    expect(clampToField(runs, 0.2)).toBe(1);
    expect(clampToField(runs, 2.4)).toBe(2.4);
    expect(nearestAccepted(runs, 2.4)).toBe(2);
    expect(nearestAccepted(runs, 5000)).toBe(1000);
    expect(nearestAccepted(fieldByKey('tokenizerRatio'), 3)).toBe(2);
    expect(nearestAccepted(fieldByKey('apiInputPrice'), 1e-9)).toBe(0);
  });

  it('fall back to the default for what is not a number', () => {
    const field = fieldByKey('epochs');
    expect(nearestAccepted(field, Number.NaN)).toBe(field.default);
    expect(nearestAccepted(field, Infinity)).toBe(field.max);
  });

  it('always give what checkField accepts unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NUMERIC_FIELDS), fc.double(), (field, value) => {
        const near = nearestAccepted(field, value);
        expect(checkField(field, near)).toEqual({ ok: true, value: near, adjusted: null });
      }),
    );
  });
});

describe('checkMessage', () => {
  it('names the field, the rule, what was given and what is used', () => {
    const epochs = fieldByKey('epochs');
    expect(checkMessage(epochs, checkField(epochs, 2.5), '2.5', 3)).toBe(
      'Epochs must be a whole number; got 2.5. Using 3.',
    );
    expect(checkMessage(epochs, checkField(epochs, 500), '500', 3)).toBe(
      'Epochs must be between 1 and 100; got 500. Using 3.',
    );
    expect(checkMessage(epochs, checkField(epochs, 4), '4', 3)).toBeNull();
  });

  it('writes shares as percentages', () => {
    const hits = fieldByKey('cacheHitRate');
    const message = checkMessage(hits, checkField(hits, 1.5), '150%', 0.8);
    expect(message).toMatch(
      /^Prompt cache hit rate must be between 0\s?% and 100\s?%; got 150%\. Using 80\s?%\.$/,
    );
  });
});

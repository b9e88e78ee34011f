import { describe, expect, it } from 'vitest';
import { API_MODEL_IDS, BASE_MODEL_IDS, GPU_IDS } from '../../src/catalog/selection-ids.ts';
import { advise } from '../../src/model/advise.ts';
import { calculate } from '../../src/model/calculate.ts';
import { validateScenario } from '../../src/model/validate.ts';
import {
  PRESETS,
  presetAssumptions,
  presetInputs,
  presetScenario,
} from '../../src/state/presets.ts';
import { useStore } from '../../src/state/store.ts';
import { failureSentence } from '../../src/state/v2-selectors.ts';

describe('presets', () => {
  it('has a few, with unique ids and names', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(new Set(PRESETS.map((p) => p.name)).size).toBe(PRESETS.length);
  });

  it.each(PRESETS.map((p) => [p.name, p] as const))(
    '%s passes validation unchanged and names models the catalog has',
    (_name, preset) => {
      const scenario = presetScenario(preset);
      const { scenario: valid, problems } = validateScenario(scenario);
      expect(problems).toEqual([]);
      expect(valid).toEqual(scenario);
      expect(API_MODEL_IDS).toContain(preset.selection.apiModelId);
      expect(BASE_MODEL_IDS).toContain(preset.selection.baseModelId);
      expect(GPU_IDS).toContain(preset.selection.gpuId);
    },
  );

  it('states its assumptions in words, one per value it sets, plus its models', () => {
    for (const preset of PRESETS) {
      const lines = presetAssumptions(preset);
      const numbers = Object.values(preset.scenario).filter((v) => typeof v === 'number');
      expect(lines.length).toBeGreaterThanOrEqual(numbers.length + 2);
      expect(lines.join('\n')).not.toMatch(/NaN|undefined|Infinity/);
      expect(preset.description.length).toBeGreaterThan(40);
    }
  });

  it('loads into the store as a named scenario with catalog prices and no overrides', () => {
    const preset = PRESETS[0]!;
    useStore.getState().load(presetInputs(preset));
    const state = useStore.getState();
    expect(state.name).toBe(preset.name);
    expect(state.selection).toEqual(preset.selection);
    expect(state.overrides).toEqual([]);
    expect(state.scenario.requestsPerDay).toBe(preset.scenario.requestsPerDay);
  });

  it('gives the verdicts the scenarios are meant to illustrate', () => {
    const verdicts = Object.fromEntries(
      PRESETS.map((p) => {
        const s = presetScenario(p);
        return [p.id, advise(s, calculate(s)).verdict];
      }),
    );
    // A small internal tool is the textbook case against fine-tuning; a million requests a day for it.
    expect(verdicts['internal-tool']).not.toBe('fine-tune');
    expect(verdicts['extraction-at-scale']).toBe('fine-tune');
  });

  it('prices wrong answers where a preset says what one costs, without tilting the comparison', () => {
    const priced = PRESETS.filter((p) => (p.scenario.failureCost ?? 0) > 0);
    expect(priced.length).toBeGreaterThanOrEqual(2);
    for (const preset of priced) {
      const s = presetScenario(preset);
      // Equal rates until measured: the saving is the one without any failure cost.
      expect(s.failureRateB).toBe(s.failureRateA);
      const r = calculate(s);
      const unpriced = calculate({ ...s, failureCost: 0 });
      expect(r.savings).toBeCloseTo(unpriced.savings, 6);
      // The headline then names the failure rate an evaluation must beat.
      expect(failureSentence(s, r)).toMatch(/fail(s|ed) on (fewer than [\d.]+%|every request)/);
      expect(presetAssumptions(preset)).toContain(`Cost of one wrong answer: $${s.failureCost}.00`);
    }
  });
});

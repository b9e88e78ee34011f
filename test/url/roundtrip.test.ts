import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/validate.ts';
import { DEFAULT_RISK } from '../../src/model/risk-settings.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { inputsArb } from './arbitraries.ts';

/** A plausible place for the app; the whole link, not only its query, must stay short. */
const APP_URL = 'https://calculator.example.org/finetune-or-prompt/';
const LIMIT = 2_000;

describe('scenario links round-trip', () => {
  it('decode(encode(s)) gives back every field, the models, the name and the overrides', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        // the generator makes valid ones
        expect(validateScenario(inputs.scenario).problems).toEqual([]);
        const query = encodeLink(inputs);
        const decoded = decodeLink(query);
        expect(decoded.problems).toEqual([]);
        expect(decoded.current).toEqual({ ...inputs, risk: DEFAULT_RISK });
        expect(decoded.compare).toBeNull();
        const link = `${APP_URL}?${query}`;
        expect(link.length).toBeLessThan(LIMIT);
        // What the browser makes of the link is what was written (no re-escaping).
        expect(new URL(link).href).toBe(link);
      }),
      { numRuns: 1_000 },
    );
  }, 60_000);

  it('comparison links round-trip both compared scenarios', () => {
    fc.assert(
      fc.property(
        inputsArb,
        fc.option(inputsArb, { nil: null }),
        inputsArb,
        (current, left, right) => {
          const decoded = decodeLink(encodeLink(current, { left, right }));
          expect(decoded.problems).toEqual([]);
          expect(decoded.current).toEqual({ ...current, risk: DEFAULT_RISK });
          expect(decoded.compare).toEqual({ left, right });
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/model/validate.ts';
import { decodeLink, decodeScenario, encodeLink, encodeScenario } from '../../src/url/link.ts';
import { linkScenarioArb } from './arbitraries.ts';

/** A plausible place for the app; the whole link, not only its query, must stay short. */
const APP_URL = 'https://calculator.example.org/finetune-or-prompt/';
const LIMIT = 2_000;

describe('scenario links round-trip', () => {
  it('decode(encode(s)) gives back every field, the models, the name and the overrides', () => {
    fc.assert(
      fc.property(linkScenarioArb, ({ scenario, meta }) => {
        expect(validateScenario(scenario).problems).toEqual([]); // the generator makes valid ones
        const query = encodeScenario(scenario, meta);
        const decoded = decodeScenario(query);
        expect(decoded.problems).toEqual([]);
        expect(decoded.scenario).toEqual(scenario);
        expect(decoded.meta).toEqual(meta);
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
        linkScenarioArb,
        fc.option(linkScenarioArb, { nil: null }),
        linkScenarioArb,
        (current, left, right) => {
          const decoded = decodeLink(encodeLink(current, { left, right }));
          expect(decoded.problems).toEqual([]);
          expect({ scenario: decoded.current.scenario, meta: decoded.current.meta }).toEqual(
            current,
          );
          const strip = (d: { scenario: unknown; meta: unknown } | null) =>
            d && { scenario: d.scenario, meta: d.meta };
          expect(strip(decoded.compare?.left ?? null)).toEqual(left);
          expect(strip(decoded.compare?.right ?? null)).toEqual(right);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

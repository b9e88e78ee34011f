import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANGED_KEYS, type RangedKey } from '../../src/model/risk-draws.ts';
import { DEFAULT_RISK, type RangeSettings } from '../../src/model/risk-settings.ts';
import { smallestValue } from '../../src/model/field-check.ts';
import { fieldByKey } from '../../src/model/scenario.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { inputsArb } from './arbitraries.ts';

const rangeArb = (key: RangedKey) => {
  const field = fieldByKey(key);
  const { min, max } = field;
  // A link writes −0 as "0", and every number field reads a negligible value (5e-324, under a
  // thousandth of the field's step) as 0: neither is a value a range can hold.
  const end = fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((v) => (Math.abs(v) < smallestValue(field) ? 0 : v));
  return fc.oneof(
    fc.constant(null),
    fc.tuple(end, end).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) })),
  );
};

const rangesArb: fc.Arbitrary<RangeSettings> = fc
  .subarray([...RANGED_KEYS])
  .chain((keys) => fc.tuple(...keys.map((key) => rangeArb(key).map((r) => [key, r] as const))))
  .map((entries) => Object.fromEntries(entries));

const riskArb = fc.record({ ranges: rangesArb, seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }) });

describe('the simulation settings in a link', () => {
  it('round-trip: the receiver simulates exactly the same ranges with the same seed', () => {
    fc.assert(
      fc.property(inputsArb, riskArb, (current, risk) => {
        const decoded = decodeLink(encodeLink({ ...current, risk }));
        expect(decoded.problems).toEqual([]);
        expect(decoded.current.risk).toEqual(risk);
        expect(decoded.current.scenario).toEqual(current.scenario);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('leave out everything at its default', () => {
    fc.assert(
      fc.property(inputsArb, (current) => {
        expect(encodeLink({ ...current, risk: DEFAULT_RISK })).toBe(encodeLink(current));
      }),
      { numRuns: 50 },
    );
  });

  it('write a user range as low~high, a certain input as off, and a seed', () => {
    const [inputs] = fc.sample(inputsArb, { numRuns: 1, seed: 1 });
    if (!inputs) throw new Error('no sample');
    const query = encodeLink({
      ...inputs,
      risk: {
        ranges: { requestsPerDay: { low: 5_000, high: 40_000 }, monthlyGrowth: null },
        seed: 42,
      },
    });
    expect(query.endsWith('&seed=42&r.rpd=5000~40000&r.gr=off')).toBe(true);
  });

  it('old links simulate the default ranges with the default seed', () => {
    const golden = JSON.parse(
      readFileSync(join(import.meta.dirname, 'golden-links.v1.json'), 'utf8'),
    ) as { fixtures: { link: string }[] };
    for (const { link } of golden.fixtures)
      expect(decodeLink(link).current.risk).toBe(DEFAULT_RISK);
  });

  it('fall back to the default for a value it cannot read, and say so', () => {
    const decoded = decodeLink('v=1&seed=-3&r.rpd=lots&r.gr=0.01~0.02&r.eh=5~x');
    expect(decoded.current.risk).toEqual({
      ranges: { monthlyGrowth: { low: 0.01, high: 0.02 } },
      seed: 1,
    });
    expect(decoded.problems.map((p) => p.field)).toEqual([
      'seed',
      'ranges.requestsPerDay',
      'ranges.engineeringHoursInitial',
    ]);
  });

  it('read a range written high~low the right way round', () => {
    expect(decodeLink('r.fb=0.3~0.1').current.risk.ranges.fallbackRate).toEqual({
      low: 0.1,
      high: 0.3,
    });
  });
});

// Numbers and names are written as short as they can be while reading back exactly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { renameInQuery } from '../../src/url/name-text.ts';
import { fromBase64Url } from '../../src/url/name-text.ts';
import { numberText } from '../../src/url/field-parsers.ts';

const selection = {
  apiModelId: 'claude-sonnet-5',
  baseModelId: 'llama-3.1-8b',
  gpuId: 'h100',
  trainingOption: 'managed',
  startMonth: '2026-12',
} as const;
const linkNamed = (name: string) =>
  encodeLink({ scenario: DEFAULT_SCENARIO, name, selection, overrides: [] });

describe('numberText', () => {
  it('reads back as exactly the same number, never longer than String(number)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(Number(numberText(x))).toBe(x === 0 ? 0 : x);
        expect(numberText(x).length).toBeLessThanOrEqual(String(x).length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('writes small fractions in exponent form, whole numbers and short decimals plainly', () => {
    expect(numberText(0.0000012345678901234567)).toBe('1.2345678901234567e-6');
    expect(numberText(100_000)).toBe('100000');
    expect(numberText(0.035)).toBe('0.035');
  });
});

describe('the name in a link', () => {
  it('stays readable for a Latin name', () => {
    expect(linkNamed('Support bot, Q3')).toContain('&n=Support+bot,+Q3&');
  });

  it('is base64url when that is shorter, and reads back the same', () => {
    const name = '客服机器人第三季度';
    const link = linkNamed(name);
    expect(link).toMatch(/&nb=[A-Za-z0-9_-]+&/);
    expect(link).not.toContain('&n=');
    expect(decodeLink(link).current.name).toBe(name);
    expect(decodeLink(renameInQuery(link, 'Plain')).current.name).toBe('Plain');
    expect(decodeLink(renameInQuery(linkNamed('Plain'), name)).current.name).toBe(name);
  });

  it('round-trips any name, and says so when nb is not readable', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }).filter((name) => name.length <= 80),
        (name) => {
          expect(decodeLink(linkNamed(name)).current.name).toBe(name);
        },
      ),
      { numRuns: 300 },
    );
    expect(fromBase64Url('5a6i')).toBe('客');
    expect(fromBase64Url('gA')).toBeNull(); // a lone continuation byte is not UTF-8
    const broken = decodeLink('v=1&nb=%21%21');
    expect(broken.current.name).toBe('');
    expect(broken.problems.map((p) => p.field)).toContain('name');
  });
});

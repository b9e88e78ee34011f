import { describe, expect, it } from 'vitest';
import { DEFAULT_SELECTION, V2_API_FIELD_KEYS } from '../../src/catalog/fields.ts';
import { catalogFields } from '../../src/catalog/field-sources.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { todaysCatalog } from '../../src/url/catalog-values.ts';
import { priceChanges } from '../../src/url/prices.ts';

const today = { ...DEFAULT_SCENARIO, ...catalogFields(DEFAULT_SELECTION) };
const meta = { name: '', selection: DEFAULT_SELECTION, overrides: [] };

describe('prices in the link', () => {
  it('are always written, so a catalog refresh cannot change an old link', () => {
    const query = encodeLink({ scenario: today, ...meta });
    for (const key of ['ai', 'acr', 'acw', 'ao', 'tok', 'tp', 'si', 'so', 'gph', 'gtps', 'ming']) {
      expect(query).toMatch(new RegExp(`(^|&)${key}=`));
    }
  });

  it('come back as they were even when today’s catalog differs', () => {
    const old = { ...today, apiInputPrice: today.apiInputPrice * 2, servingOutputPrice: 0.9 };
    const decoded = decodeLink(encodeLink({ scenario: old, ...meta }));
    expect(decoded.current.scenario).toEqual(old);
    expect(
      priceChanges(
        decoded.current.scenario,
        decoded.current.overrides,
        todaysCatalog(decoded.current.selection),
      ),
    ).toEqual([
      {
        field: 'apiInputPrice',
        label: 'API input price',
        linked: old.apiInputPrice,
        today: today.apiInputPrice,
      },
      {
        field: 'servingOutputPrice',
        label: 'Serving output price',
        linked: 0.9,
        today: today.servingOutputPrice,
      },
    ]);
  });

  it('set by hand are the user’s, not a price change', () => {
    const mine = { ...today, apiInputPrice: 99 };
    const decoded = decodeLink(
      encodeLink({ scenario: mine, ...meta, overrides: ['apiInputPrice'] }),
    );
    expect(
      priceChanges(
        decoded.current.scenario,
        decoded.current.overrides,
        todaysCatalog(decoded.current.selection),
      ),
    ).toEqual([]);
  });

  it('missing from a hand-written link are today’s prices for the chosen models', () => {
    const decoded = decodeLink('rpd=100');
    expect(decoded.problems).toEqual([]);
    // Version-1 prices from today's catalog; fields added by cost-model v2 read their neutral
    // defaults, as for any link older than them.
    const neutral = Object.fromEntries(V2_API_FIELD_KEYS.map((k) => [k, DEFAULT_SCENARIO[k]]));
    expect(decoded.current.scenario).toEqual({ ...today, ...neutral, requestsPerDay: 100 });
    expect(
      priceChanges(
        decoded.current.scenario,
        decoded.current.overrides,
        todaysCatalog(decoded.current.selection),
      ),
    ).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/url/link.ts';
import { renameInQuery } from '../../src/url/name-text.ts';
import { encodePart, parseQuery, wellFormed } from '../../src/url/query.ts';
import { DEFAULT_SCENARIO } from '../../src/model/scenario.ts';
import { DEFAULT_SELECTION } from '../../src/catalog/fields.ts';

describe('query text', () => {
  it('writes readable values: spaces as +, commas kept, unicode escaped', () => {
    expect(encodePart('Q3 plan, v2 — été')).toBe('Q3+plan,+v2+%E2%80%94+%C3%A9t%C3%A9');
    expect(encodePart("a+b&c=d#e%f'g")).toBe('a%2Bb%26c%3Dd%23e%25f%27g');
  });

  it('reads + as a space and ignores a #fragment', () => {
    const { params } = parseQuery('?n=a+b%2Bc&x=1#n=other');
    expect(params.get('n')).toBe('a b+c');
    expect(params.get('x')).toBe('1');
  });

  it('replaces lone surrogates, which no URL can carry', () => {
    expect(wellFormed('a\uD800b\uDC00😀')).toBe('a\uFFFDb\uFFFD😀');
    expect(() => encodePart('\uD800')).not.toThrow();
  });

  it('renames a stored link without touching anything else', () => {
    const query = encodeLink({
      scenario: { ...DEFAULT_SCENARIO, requestsPerDay: 77 },
      name: 'Old',
      selection: DEFAULT_SELECTION,
      overrides: [],
    });
    const renamed = renameInQuery(query, 'New & improved');
    expect(renamed.replace('n=New+%26+improved', 'n=Old')).toBe(query);
    expect(decodeLink(renamed).current.name).toBe('New & improved');
    expect(decodeLink(renameInQuery(query, '')).current.name).toBe('');
    expect(renameInQuery('rpd=5', 'x')).toBe('n=x&rpd=5');
  });
});

import { describe, expect, it } from 'vitest';
import { LINK_VERSION } from '../../src/url/keys.ts';
import { migrate, MIGRATIONS, type LinkParams, type Migration } from '../../src/url/migrate.ts';

describe('link migrations', () => {
  it('has exactly one migration per version bump', () => {
    expect(MIGRATIONS).toHaveLength(LINK_VERSION - 1);
  });

  it('leaves a current link alone', () => {
    const params: LinkParams = new Map([['rpd', '5']]);
    expect(migrate(params, LINK_VERSION)).toBe(params);
  });

  // A made-up history of three formats shows how the chain runs.
  const renameRpd: Migration = (p) => {
    const out = new Map(p);
    out.set('req', p.get('rpd') ?? null);
    out.delete('rpd');
    return out;
  };
  const percentToFraction: Migration = (p) => {
    const out = new Map(p);
    const hit = p.get('hit');
    if (typeof hit === 'string') out.set('hit', String(Number(hit) / 100));
    return out;
  };

  it('runs every step from the link version up, in order', () => {
    const v1: LinkParams = new Map([
      ['rpd', '5'],
      ['hit', '80'],
    ]);
    expect(migrate(v1, 1, [renameRpd, percentToFraction])).toEqual(
      new Map([
        ['hit', '0.8'],
        ['req', '5'],
      ]),
    );
    const v2: LinkParams = new Map([['hit', '80']]);
    expect(migrate(v2, 2, [renameRpd, percentToFraction])).toEqual(new Map([['hit', '0.8']]));
    expect(migrate(v2, 3, [renameRpd, percentToFraction])).toBe(v2);
  });

  it('does not change its input', () => {
    const v1 = new Map<string, string | null>([['rpd', '5']]);
    migrate(v1, 1, [renameRpd]);
    expect(v1).toEqual(new Map([['rpd', '5']]));
  });
});

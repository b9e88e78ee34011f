/** The picker's search over every model: what a user types finds what they mean; retired never. */
import { describe, expect, it } from 'vitest';
import { API_MODELS } from '../../src/catalog/api-models.ts';
import { expandCatalog } from '../../src/catalog/full-catalog.ts';
import fullFile from '../../src/catalog/generated/api-catalog.json';
import { searchModels } from '../../src/catalog/model-search.ts';

const others = expandCatalog(fullFile as Parameters<typeof expandCatalog>[0]);
const find = (query: string) => searchModels(API_MODELS, others, query);
const all = (query: string) => find(query).groups.flatMap((g) => g.models);

describe('searching every API model', () => {
  it('finds Gemini Flash models for "flash", curated Google first', () => {
    const { groups } = find('flash');
    const models = all('flash');
    expect(models.length).toBeGreaterThan(10);
    for (const m of models) expect(`${m.name} ${m.modelRef}`.toLowerCase()).toContain('flash');
    const google = groups.find((g) => g.provider === 'Google');
    expect(google?.models[0]?.id).toBe('gemini-3.8-flash');
  });

  it('finds DeepSeek by provider and through routers for "deepseek"', () => {
    const providers = new Set(all('deepseek').map((m) => m.provider));
    expect(providers.has('Deepseek')).toBe(true);
    expect(providers.size).toBeGreaterThan(3);
  });

  it('finds Bedrock deployments for "bedrock", several words narrowing', () => {
    const bedrock = all('bedrock');
    expect(bedrock.length).toBeGreaterThan(40);
    expect(bedrock.every((m) => m.provider === 'AWS Bedrock')).toBe(true);
    const claudeOnBedrock = all('bedrock sonnet');
    expect(claudeOnBedrock.length).toBeGreaterThan(0);
    expect(claudeOnBedrock.every((m) => m.modelRef.includes('sonnet'))).toBe(true);
  });

  it('groups by provider, the curated providers first', () => {
    const order = find('').groups.map((g) => g.provider);
    const curatedProviders = [...new Set(API_MODELS.map((m) => m.provider))];
    expect(order.slice(0, curatedProviders.length)).toEqual(curatedProviders);
    expect(new Set(order).size).toBe(order.length);
  });

  it('never offers a retired model, while an old link can still find it', () => {
    const everything = all('');
    expect(everything.some((m) => m.status === 'retired')).toBe(false);
    expect(API_MODELS.some((m) => m.status === 'retired')).toBe(false);
    const retired = others.filter((m) => m.status === 'retired');
    expect(retired.map((m) => m.id)).toContain('anthropic:claude-3-5-sonnet');
    expect(retired.map((m) => m.id)).toContain('google:gemini-2.5-pro');
  });
});

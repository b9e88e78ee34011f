import { beforeAll, describe, expect, it } from 'vitest';
import { apiModelFields, catalogFields } from '../../src/catalog/field-sources.ts';
import { loadCatalog } from '../../src/state/catalog-runtime.ts';
import { useSharing } from '../../src/state/sharing.ts';
import { useStore } from '../../src/state/store.ts';

// The page loads the catalog right at start-up; each test starts from a first visit (every store
// is reset before each test: test/store-reset.ts).
beforeAll(() => loadCatalog());

const state = () => useStore.getState();

describe('the store', () => {
  it('starts from the spec defaults with the default models’ catalog prices', () => {
    const { scenario, selection } = state();
    expect(scenario.requestsPerDay).toBe(10_000);
    expect(scenario).toMatchObject(catalogFields(selection));
  });

  it('fills prices when another API model is chosen, but keeps the user’s own values', () => {
    state().setNumber('apiInputPrice', 7.77);
    state().select({ apiModelId: 'gpt-6-luna' });
    const luna = apiModelFields('gpt-6-luna');
    expect(state().scenario.apiInputPrice).toBe(7.77);
    expect(state().scenario.apiOutputPrice).toBe(luna.apiOutputPrice);
    expect(state().overrides).toEqual(['apiInputPrice']);
  });

  it('forgets an override when the user types the catalog value back', () => {
    const catalog = state().scenario.apiInputPrice;
    state().setNumber('apiInputPrice', catalog + 1);
    expect(state().overrides).toEqual(['apiInputPrice']);
    state().setNumber('apiInputPrice', catalog);
    expect(state().overrides).toEqual([]);
  });

  it('resets one field to the chosen models’ catalog value and forgets its override', () => {
    state().select({ apiModelId: 'gpt-6-luna' });
    state().setNumber('apiOutputPrice', 99);
    state().setNumber('minGpus', 3);
    state().resetField('apiOutputPrice');
    expect(state().scenario.apiOutputPrice).toBe(apiModelFields('gpt-6-luna').apiOutputPrice);
    expect(state().scenario.minGpus).toBe(3);
    expect(state().overrides).toEqual(['minGpus']);
  });

  it('does not count fields the catalog never fills as overrides', () => {
    state().setNumber('requestsPerDay', 123);
    expect(state().overrides).toEqual([]);
  });

  it('reset returns every input to the first-visit defaults', () => {
    state().setNumber('requestsPerDay', 5);
    state().setBoolean('needsFreshKnowledge', true);
    state().select({ baseModelId: 'qwen-2.5-7b' });
    state().reset();
    expect(state().scenario).toEqual(useStore.getInitialState().scenario);
    expect(state().selection).toEqual(useStore.getInitialState().selection);
  });
});

// test/store-reset.ts resets every store before each test; these two run in this order.
describe('between tests', () => {
  it('(first) changes both stores', () => {
    state().setName('Left over');
    useSharing.getState().setLinkProblems([{ field: 'rpd', message: 'Left over' }]);
  });

  it('(second) finds both stores as a first visit has them', () => {
    expect(state().name).toBe('');
    expect(useSharing.getState().linkProblems).toEqual([]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedScenario } from '../../src/state/sharing.ts';
import { createSavedLibrary } from '../../src/state/saved-library.ts';
import { parseEntry, SAVED_KEY_PREFIX } from '../../src/state/saved-records.ts';
import { simulatedBrowser, type SimulatedTab } from './two-tabs.ts';

function libraryIn(tab: SimulatedTab) {
  let saved: readonly SavedScenario[] = [];
  const library = createSavedLibrary(
    () => tab.storage,
    (view) => (saved = view.saved),
  );
  tab.onStorage = library.onStorage;
  library.hydrate();
  return { library, names: () => new Map(saved.map((e) => [e.id, e.name])) };
}

function storedNames(shared: Map<string, string>) {
  const names = new Map<string, string>();
  for (const [key, raw] of shared) {
    if (!key.startsWith(SAVED_KEY_PREFIX)) continue;
    const id = key.slice(SAVED_KEY_PREFIX.length);
    const entry = parseEntry(raw, id);
    if (entry) names.set(id, entry.name);
  }
  return names;
}

type Op = { kind: 'save' } | { kind: 'rename'; pick: number } | { kind: 'remove'; pick: number };
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'save' } as const) },
  fc.record({ kind: fc.constant('rename' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
);
const step = fc.constantFrom('act', 'send', 'receive');

describe('saving in two tabs at once', () => {
  it('keeps every save of both tabs, whatever the interleaving', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 8 }),
        fc.array(op, { maxLength: 8 }),
        fc.array(fc.tuple(fc.boolean(), step), { maxLength: 60 }),
        (opsA, opsB, schedule) => {
          const browser = simulatedBrowser();
          const tabs = [browser.openTab(), browser.openTab()] as const;
          const libraries = tabs.map(libraryIn);
          const queues = [[...opsA], [...opsB]];
          /** What each tab's user did: their scenarios' ids and latest names. */
          const expected = new Map<string, string>();
          const mine: string[][] = [[], []];
          let counter = 0;
          const act = (t: 0 | 1) => {
            const next = queues[t]?.shift();
            const { library } = libraries[t]!;
            if (next === undefined) return;
            const own = mine[t]!;
            const name = `${t === 0 ? 'A' : 'B'}${counter++}`;
            if (next.kind === 'save' || own.length === 0) {
              const { entry } = library.save(name, `v=1&n=${name}`);
              own.push(entry.id);
              expected.set(entry.id, name);
            } else if (next.kind === 'rename') {
              const id = own[next.pick % own.length]!;
              library.rename(id, name, `v=1&n=${name}`);
              expected.set(id, name);
            } else {
              const [id] = own.splice(next.pick % own.length, 1);
              library.remove(id!);
              expected.delete(id!);
            }
          };
          for (const [second, kind] of schedule) {
            const t = second ? 1 : 0;
            if (kind === 'act') act(t);
            else if (kind === 'send') browser.send(tabs[t]);
            else browser.receive(tabs[t]);
          }
          while (queues[0]!.length + queues[1]!.length > 0) {
            act(0);
            act(1);
          }
          browser.settle();
          expect(storedNames(browser.shared)).toEqual(expected);
          expect(libraries[0]!.names()).toEqual(expected);
          expect(libraries[1]!.names()).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps both when both tabs save the same new name at the same moment', () => {
    const browser = simulatedBrowser();
    const [one, two] = [browser.openTab(), browser.openTab()];
    const [a, b] = [libraryIn(one), libraryIn(two)];
    a.library.save('Scenario 1', 'v=1&rpd=1');
    b.library.save('Scenario 1', 'v=1&rpd=2');
    browser.settle();
    expect([...storedNames(browser.shared).values()]).toEqual(['Scenario 1', 'Scenario 1']);
    expect(
      a.library
        .list()
        .map((e) => e.query)
        .sort(),
    ).toEqual(['v=1&rpd=1', 'v=1&rpd=2']);
  });

  it('the simulation is realistic: one list re-read and written back loses a save', () => {
    // What the first version did, in the same two tabs: the second save wins, the first is lost.
    const browser = simulatedBrowser();
    const [one, two] = [browser.openTab(), browser.openTab()];
    const saveInList = (tab: SimulatedTab, name: string) => {
      const list = JSON.parse(tab.storage.getItem('list') ?? '[]') as string[];
      tab.storage.setItem('list', JSON.stringify([...list, name]));
    };
    saveInList(one, 'first');
    saveInList(two, 'second');
    browser.settle();
    expect(JSON.parse(browser.shared.get('list') ?? '[]')).toEqual(['second']);
  });
});

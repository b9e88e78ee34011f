import { useMemo, useRef, useState } from 'react';
import { CATALOG_FIELD_KEYS } from '../../catalog/fields.ts';
import { formatFieldValue } from '../../model/field-format.ts';
import { formatCount } from '../../model/format.ts';
import type { Problem } from '../../model/validate.ts';
import { DEFAULT_SCENARIO, fieldByKey } from '../../model/scenario.ts';
import { useSharing } from '../../state/sharing.ts';
import { useStore } from '../../state/store.ts';
import { useCatalog } from '../../state/use-catalog.ts';
import { priceChanges, type PriceChange } from '../../url/prices.ts';

/**
 * The catalog-filled values of the scenario (all priceChanges reads of it), the same array while
 * none of them changes: a slider move that changes no price leaves this notice alone. Compared in
 * place rather than with zustand's `useShallow`, which built a new array and walked both with
 * iterators on every move of every slider.
 */
function useCatalogPrices(): readonly number[] {
  const last = useRef<readonly number[]>([]);
  return useStore((s) => {
    const { scenario } = s;
    const previous = last.current;
    const same =
      previous.length === CATALOG_FIELD_KEYS.length &&
      CATALOG_FIELD_KEYS.every((key, i) => scenario[key] === previous[i]);
    if (!same) last.current = CATALOG_FIELD_KEYS.map((key) => scenario[key]);
    return last.current;
  });
}

/** Catalog prices in use that today's catalog no longer lists for the chosen models. */
function usePriceChanges(): PriceChange[] {
  const catalog = useCatalog();
  const prices = useCatalogPrices();
  const selection = useStore((s) => s.selection);
  const overrides = useStore((s) => s.overrides);
  return useMemo(() => {
    if (!catalog) return [];
    const linked = { ...DEFAULT_SCENARIO };
    CATALOG_FIELD_KEYS.forEach((key, i) => (linked[key] = prices[i] ?? linked[key]));
    return priceChanges(linked, overrides, catalog.todaysCatalog(selection));
  }, [catalog, prices, selection, overrides]);
}

/** Problems listed before "and N more": a link with thousands of broken keys must not bury the page. */
const PROBLEMS_SHOWN = 5;

/**
 * What the link could not use: the first few problems, how many more there are (all of them, in a
 * scrolling list, on request), and Dismiss at the top where it is reached without scrolling.
 */
function LinkProblems({ problems }: { problems: readonly Problem[] }) {
  const [all, setAll] = useState(false);
  const hidden = problems.length - PROBLEMS_SHOWN;
  const listed = all || hidden <= 0 ? problems : problems.slice(0, PROBLEMS_SHOWN);
  return (
    <section className="notice notice-warn" aria-labelledby="link-notice-title">
      <div className="notice-head">
        <h2 id="link-notice-title">Some values in the link were ignored</h2>
        <button type="button" onClick={() => useSharing.getState().setLinkProblems([])}>
          Dismiss
        </button>
      </div>
      <p>Everything else in the link was kept.</p>
      <ul className={all ? 'notice-all' : undefined} tabIndex={all ? 0 : undefined}>
        {listed.map((problem, i) => (
          <li key={`${problem.field}-${i}`}>{problem.message}</li>
        ))}
      </ul>
      {hidden > 0 && !all && (
        <p>
          …and {formatCount(hidden)} more.{' '}
          <button type="button" className="link" onClick={() => setAll(true)}>
            Show all {formatCount(problems.length)}
          </button>
        </p>
      )}
    </section>
  );
}

const show = (change: PriceChange, value: number) =>
  formatFieldValue(fieldByKey(change.field), value);

/**
 * What a link (or an opened saved scenario) could not use, and prices that changed since it was
 * made. Everything here comes from the link as text and is rendered as text, never as HTML.
 */
export function LinkNotice() {
  const problems = useSharing((s) => s.linkProblems);
  const changes = usePriceChanges();
  // Dismissing hides these particular changes; a different set shows again.
  const changeKey = changes.map((c) => `${c.field}:${c.linked}:${c.today}`).join('|');
  const [dismissedPrices, setDismissedPrices] = useState('');

  return (
    <>
      {problems.length > 0 && <LinkProblems problems={problems} />}
      {changes.length > 0 && changeKey !== dismissedPrices && (
        <section className="notice notice-info" aria-labelledby="price-notice-title">
          <h2 id="price-notice-title">Prices have changed since this link was made</h2>
          <p>
            The link&rsquo;s prices are in use, so its numbers are unchanged. Today&rsquo;s catalog:
          </p>
          <ul>
            {changes.map((change) => (
              <li key={change.field}>
                {change.label}: {show(change, change.linked)} in the link,{' '}
                {show(change, change.today)} today
              </li>
            ))}
          </ul>
          <div className="notice-actions">
            <button
              type="button"
              className="primary"
              onClick={() => useStore.getState().select({})}
            >
              Use today&rsquo;s prices
            </button>
            <button type="button" onClick={() => setDismissedPrices(changeKey)}>
              Keep the link&rsquo;s prices
            </button>
          </div>
        </section>
      )}
    </>
  );
}

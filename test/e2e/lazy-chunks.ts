import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * The production build's lazily loaded files (JavaScript and CSS): everything in dist/assets
 * that index.html does not load itself, except the tokenizers' data (the counter reports those).
 */
export function lazyChunks(dist = 'dist'): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return readdirSync(join(dist, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file) && !html.includes(`/${file}`))
    .filter((file) => !ONLY_WITHOUT_WORKERS.test(file))
    .sort();
}

/** The simulation's main-thread copy: loaded only where a worker cannot start. */
const ONLY_WITHOUT_WORKERS = /^simulate-/;

/** Console messages a failed load is expected to produce; anything else is a real error. */
export const LOAD_FAILURE =
  /Failed to load resource|dynamically imported module|Unable to preload CSS|net::ERR_|could not load|Importing a module script failed/;

/** Something on the page says what could not load (a part, the link, an export, the counter). */
export const failureNotice = (page: Page) =>
  page
    .getByText(/could not (load|be loaded|be read|start)/)
    .filter({ visible: true })
    .first();

/**
 * Uses every lazily loaded feature once, tolerating any of them failing: the charts, the chart
 * downloads, presets, the model search, formulas, token counter, the simulation, save, compare
 * (and its chart), CSV export.
 */
export async function useEveryLazyFeature(page: Page) {
  await openDetails(page, 'Start from a preset');
  // The search button lives in the pickers' chunk: absent (and said so) when that chunk fails.
  const search = page.getByRole('button', { name: /^Search all API models/ });
  await search.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await search.isVisible()) await activate(page, search);
  const box = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await box.fill('2000');
  await box.blur();
  for (const summary of [
    'Count my prompt',
    'How is this calculated?',
    'What would other models cost for this prompt?',
  ])
    await openDetails(page, summary);
  await activate(page, page.getByRole('button', { name: 'Save', exact: true }));
  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  // The section's heading is replaced when its chunk arrives (a loaded page moves it, too):
  // scroll by id at that moment, rather than wait on an element that may be swapped meanwhile.
  await page
    .getByRole('heading', { name: 'How sure is this?' })
    .waitFor({ state: 'attached', timeout: 5_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.getElementById('risk-title')?.scrollIntoView());
  // The fan chart mounts only once the simulation has answered, and draws only if it is in view
  // then: on a loaded machine the answer came after the page had scrolled on (seen in CI, where
  // the chart's chunk was never requested). Wait for the answer, then bring the section back.
  await page
    .locator('.risk-headline, .risk-error')
    .first()
    .waitFor({ timeout: 20_000 })
    .catch(() => undefined);
  await page.evaluate(() => document.getElementById('risk-title')?.scrollIntoView());
  // …and until the chart has seen the viewport (its "draws when you scroll to it" stand-in gone).
  await page
    .locator('.risk .on-screen > .chart-pending')
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  // Scrolled to without waiting for it to hold still: on a loaded machine the parts above it
  // (failed ones saying so, the charts drawing) kept moving it until the test's time ran out
  // (seen in CI, with saved-open's chunk blocked).
  await compare.evaluate((section) => section.scrollIntoView());
  const compareButton = compare.getByRole('button', { name: 'Compare', exact: true });
  // The picker appears once the scenario is saved (when saving and its chunks work).
  await compareButton.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await compareButton.isVisible()) await activate(page, compareButton);
  const csv = page.getByRole('button', { name: /month-by-month table \(CSV\)/ });
  // The export bar is a lazy part of its own: on a loaded machine it can still be on its way
  // here (seen in CI, where the CSV's chunks were then never requested). Absent if it failed.
  await csv.waitFor({ timeout: 10_000 }).catch(() => undefined);
  if (await csv.isVisible()) await activate(page, csv);
}

/**
 * Presses a button from the keyboard (focused, then Enter), for the reason openDetails gives: a
 * click waits for the button to hold still, and on a loaded machine parts above it keep moving it.
 */
async function activate(page: Page, button: Locator) {
  await button.focus({ timeout: 5_000 });
  await page.keyboard.press('Enter');
}

/**
 * Opens a <details> from the keyboard: its summary focused, then Enter. A click needs the summary
 * to hold still, and on a loaded machine the parts loading and drawing above it moved it for
 * the whole 30 s (seen in CI); a key press goes to the focused element wherever it is.
 */
async function openDetails(page: Page, summary: string) {
  const label = page.getByText(summary, { exact: true });
  const details = label.locator('xpath=ancestor-or-self::details[1]');
  const isOpen = () => details.evaluate((d) => (d as HTMLDetailsElement).open);
  await expect(async () => {
    if (!(await isOpen())) {
      await details.locator('summary').first().focus({ timeout: 5_000 });
      await page.keyboard.press('Enter');
    }
    expect(await isOpen()).toBe(true);
  }).toPass({ timeout: 30_000 });
}

/** The verdict is on screen and its headline follows the volume slider. */
export async function expectCalculatorWorks(page: Page) {
  await expect(page.getByText(/^Verdict: /)).toBeVisible();
  const headline = page.locator('.verdict .headline');
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  await slider.focus();
  await page.keyboard.press('End');
  await expect(slider).toHaveAttribute('aria-valuetext', '10M requests/day');
  const atTenMillion = (await headline.textContent()) ?? '';
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '10 requests/day');
  await expect(headline).not.toHaveText(atTenMillion);
}

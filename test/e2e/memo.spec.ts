import type { Page } from '@playwright/test';
import { apiModel, apiPriceSource } from '../../src/catalog/api-models.ts';
import { DEFAULT_SELECTION } from '../../src/catalog/fields.ts';
import { gpu } from '../../src/catalog/gpus.ts';
import { managedTrainingPrice } from '../../src/catalog/managed-training.ts';
import { expect, test } from './fixtures.ts';
import { containsIgnoringSpace, pdfPagesText } from './pdf-text.ts';

/** Edits two inputs as a user would, then opens the memo from the export panel. */
async function openMemoWithEdits(page: Page) {
  await page.goto('/');
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await volume.fill('5000');
  await volume.press('Tab');
  await page.getByText('Prompting (A): prices and prompt caching').click();
  const price = page.getByRole('textbox', { name: 'API output price ($/M tokens)' });
  await price.fill('12');
  await price.press('Tab');
  await page.getByRole('button', { name: 'Decision memo: print, PDF or Markdown' }).click();
  await expect(page.getByRole('heading', { name: 'Sources of the catalog figures' })).toBeVisible();
  // The four charts draw before anything is printed.
  await expect(page.locator('.memo').getByRole('application')).toHaveCount(4);
}

// The catalog's own provenance is the oracle for the prices it publishes: A's price list, the
// GPU-hour and the training price must be on paper with their dates. (The catalog's select.ts
// reads a JSON file this test runner cannot import; the memo's own table covers the rest.)
const SOURCES = [
  apiPriceSource(apiModel(DEFAULT_SELECTION.apiModelId)),
  gpu(DEFAULT_SELECTION.gpuId).hourlyPrice,
  managedTrainingPrice(8.03),
];

/** The memo's source table as shown on screen: every catalog figure's source and date. */
const shownSources = (page: Page) =>
  page
    .locator('.memo-sources tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.querySelectorAll('td')].slice(1).map((td) => td.textContent ?? '')),
    );

test('the memo’s PDF carries every catalog source and date, the edits and the formulas, on A4 and Letter', async ({
  page,
}) => {
  await openMemoWithEdits(page);
  const table = await shownSources(page);
  // Every catalog-filled input of the scenario: A's four prices, B's seven figures, and more.
  expect(table.length).toBeGreaterThanOrEqual(11);
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format, printBackground: true });
    const pages = pdfPagesText(pdf);
    const text = pages.join('\n');
    expect(pages.length, format).toBeGreaterThanOrEqual(1);
    expect(pages.length, format).toBeLessThanOrEqual(5);
    for (const phrase of [
      'Fine-tune or prompt?',
      'Verdict:',
      'The scenario',
      'Key figures',
      'Changed from defaults',
      'Requests per day: 10,000 requests/day → 5,000 requests/day',
      'API output price: $10.00/M tokens (catalog) → $12.00/M tokens',
      'Sources of the catalog figures',
      'How it is calculated',
      'Cost per request A',
      'Cumulative cost',
      'Open this scenario:',
    ]) {
      expect(containsIgnoringSpace(text, phrase), `${format}: "${phrase}"`).toBe(true);
    }
    for (const [source = '', date = ''] of table) {
      expect(containsIgnoringSpace(text, source), `${format}: ${source}`).toBe(true);
      expect(containsIgnoringSpace(text, date), `${format}: ${date}`).toBe(true);
    }
    for (const source of SOURCES) {
      expect(containsIgnoringSpace(text, source.source), `${format}: ${source.source}`).toBe(true);
      expect(containsIgnoringSpace(text, source.date), `${format}: ${source.date}`).toBe(true);
    }
    // The edited price is marked as such (the badge prints in capitals) beside the catalog's value.
    expect(containsIgnoringSpace(text, '$12.00/M tokens EDITED catalog $10.00/M tokens')).toBe(
      true,
    );
    // Nothing of the calculator's own page: not its closed formulas, not the saved list.
    for (const phrase of ['How is this calculated?', 'Saved scenarios', 'Nothing saved yet']) {
      expect(containsIgnoringSpace(text, phrase), `${format}: no "${phrase}"`).toBe(false);
    }
    // The link on paper opens the scenario (the address, without the memo's #memo).
    const link = page.url().replace(/#.*$/, '');
    expect(containsIgnoringSpace(text, link), `${format}: ${link}`).toBe(true);
  }
});

test('Copy as Markdown puts the memo on the clipboard, with its sources and edits', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openMemoWithEdits(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.getByText('Copied the memo as Markdown.')).toBeVisible();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  expect(markdown.startsWith('# Decision memo: Fine-tune or prompt?\n')).toBe(true);
  expect(markdown).toContain('## Verdict: ');
  expect(markdown).toContain('- Requests per day: 10,000 requests/day → **5,000 requests/day**');
  expect(markdown).toContain('## Sources of the catalog figures');
  for (const source of SOURCES) expect(markdown).toContain(source.date);
  expect(markdown).toContain(
    '| API output price | $12.00/M tokens (edited; catalog $10.00/M tokens) |',
  );
  expect(markdown).toContain('- **Cumulative cost:** ');
  expect(markdown).toContain(`<${page.url().replace(/#.*$/, '')}>`);
});

test('Back returns to the calculator with the edits kept', async ({ page }) => {
  await openMemoWithEdits(page);
  await page.getByRole('button', { name: '← Back to the calculator' }).click();
  await expect(page.getByRole('heading', { name: 'Your scenario' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Requests per day (requests/day)' })).toHaveValue(
    '5000',
  );
  expect(new URL(page.url()).hash).toBe('');
});

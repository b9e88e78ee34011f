import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * Collects every Content-Security-Policy violation the page reports, across navigations (a
 * binding, not page state). Returns the list, filled as violations happen.
 */
export async function collectPolicyViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportPolicyViolation: (t: string) => void })
        .reportPolicyViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return violations;
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(await file.failure()).toBeNull();
  return file.suggestedFilename();
}

/**
 * Uses every feature once, as a user would: presets, the API model search, token counter
 * (loads its worker and tokenizers, counts), every assumption group, formulas, charts, PNG/SVG/CSV
 * exports, the simulation (its worker and fan chart), save, compare (with its chart), the print
 * layout, and a slider move.
 */
export async function useWholePage(page: Page) {
  await page.getByText('Start from a preset', { exact: true }).click();
  await page.locator('.preset-choose').first().click();
  await page.getByRole('button', { name: /^Search all API models/ }).click();
  await expect(page.getByRole('button', { name: 'Close the search' })).toBeVisible();
  await page.getByText('Count my prompt', { exact: true }).click();
  const counter = page.locator('.token-counter');
  await counter.getByLabel('Your system prompt (text)').fill('Answer in one friendly sentence.');
  await expect(counter.getByText(/^Tokenizers? ready/)).toBeVisible({ timeout: 45_000 });
  await expect(counter.locator('.token-table')).toContainText(/\d/);
  for (const summary of await page.locator('.assumptions details > summary').all())
    await summary.click();
  await page.getByText('How is this calculated?', { exact: true }).click();
  await page.getByText('What would other models cost for this prompt?', { exact: true }).click();
  await expect(page.locator('.other-models-card table')).toBeVisible();
  await expect(page.locator('.how')).toContainText('=');

  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  const chart = page.locator('.chart-frame').first();
  await expect(chart.getByRole('application')).toBeVisible();
  expect(
    await download(page, () => chart.getByRole('button', { name: /Download PNG/ }).click()),
  ).toMatch(/\.png$/);
  expect(
    await download(page, () => chart.getByRole('button', { name: /Download SVG/ }).click()),
  ).toMatch(/\.svg$/);
  expect(
    await download(page, () =>
      page.getByRole('button', { name: /month-by-month table \(CSV\)/ }).click(),
    ),
  ).toMatch(/\.csv$/);

  const risk = page.locator('.risk');
  await page.getByRole('heading', { name: 'How sure is this?' }).scrollIntoViewIfNeeded();
  await expect(risk.locator('.risk-headline')).toBeVisible({ timeout: 30_000 });
  await expect(risk.getByRole('application')).toBeVisible();

  const name = page.getByRole('textbox', { name: 'Scenario name' });
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await name.fill('First');
  await save.click();
  await name.fill('Second');
  await page.getByRole('textbox', { name: 'Requests per day (requests/day)' }).fill('250000');
  await save.click();
  const compare = page.getByRole('region', { name: 'Compare scenarios' });
  await compare.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(compare.getByRole('table', { name: 'Key figures side by side' })).toBeVisible();
  await expect(compare.getByRole('application')).toBeVisible();

  const slider = page.getByRole('slider', { name: 'Requests per day' });
  await slider.focus();
  await page.keyboard.press('PageUp');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Open this scenario:')).toBeVisible();
  await expect(page.locator('.charts-area').getByRole('application')).toHaveCount(5);
  await page.emulateMedia({ media: 'screen' });
}

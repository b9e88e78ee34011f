import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { lazyChunks } from './lazy-chunks.ts';

/** Parts of the inputs that load after the first paint, held back here until the test lets them. */
const HELD = [/^CacheNoticeText-.*\.js$/, /^pickers-entry-.*\.js$/];

/** At most this much movement (a line of text; fonts differ between machines). */
const ONE_LINE = 24;

/** Page y of what sits below the held parts: the training-data heading and the serving mode. */
async function belowThem(page: Page) {
  const top = (selector: string) =>
    page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  return {
    training: await top('.headline-controls h3:has-text("Training data")'),
    serving: await top('[data-field="servingMode"]'),
  };
}

for (const [width, height] of [
  [1280, 800],
  [375, 812],
] as const) {
  test(`at ${width} px, the cache notice and the model pickers arrive without moving what is below them`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    const files = lazyChunks().filter((file) => HELD.some((held) => held.test(file)));
    expect(files).toHaveLength(HELD.length);
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    for (const file of files) {
      await page.route(`**/assets/${file}`, async (route) => {
        await released;
        // The page may have gone by then (the test failed first): nothing left to answer.
        await route.continue().catch(() => undefined);
      });
    }
    await page.goto('/');
    const apiModel = page.getByLabel('Prompting: API model (A)');
    // Painted, with both parts still held: the waiting picker, and no cache sentence yet.
    await expect(apiModel).toBeDisabled();
    await expect(page.locator('[data-field="servingMode"]')).toBeVisible();
    await expect(page.getByText(/^Effective \d/)).toHaveCount(0);
    const before = await belowThem(page);

    release();
    await expect(apiModel).toBeEnabled();
    await expect(page.getByText(/^Effective \d/).first()).toBeVisible();
    await expect(page.getByRole('group', { name: /^Starting month/ })).toBeVisible();
    const after = await belowThem(page);
    // They moved 77 – 235 px (by width) before the two parts kept their places.
    expect(Math.abs(after.training - before.training)).toBeLessThanOrEqual(ONE_LINE);
    expect(Math.abs(after.serving - before.serving)).toBeLessThanOrEqual(ONE_LINE);
  });
}

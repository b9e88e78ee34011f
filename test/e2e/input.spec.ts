/**
 * Entering numbers and hostile links, in a real browser: phone steppers, arrow keys on the log
 * slider (jsdom has no native range behaviour), typed "5k", a 1 MB link, and huge money.
 */
import type { Page } from '@playwright/test';
import { expect, PHONE, test } from './fixtures.ts';
import { useEveryLazyFeature } from './lazy-chunks.ts';

const volume = (page: Page) => page.getByRole('slider', { name: 'Requests per day' });

test.describe('on a phone', () => {
  test.use(PHONE);

  test('− / + steppers move the volume to the next round value; the track spans the card', async ({
    page,
  }) => {
    await page.goto('/');
    const slider = volume(page);
    await expect(slider).toHaveAttribute('aria-valuetext', '10,000 requests/day');
    const plus = page.getByRole('button', { name: 'Increase Requests per day' });
    const minus = page.getByRole('button', { name: 'Decrease Requests per day' });
    await plus.tap();
    await expect(slider).toHaveAttribute('aria-valuetext', '11,000 requests/day');
    await minus.tap();
    await minus.tap();
    await expect(slider).toHaveAttribute('aria-valuetext', '9,900 requests/day');
    // Steppers big enough for a finger (44 px), and a track far wider than the old 127 px.
    const button = await plus.boundingBox();
    expect(button?.height ?? 0).toBeGreaterThanOrEqual(44);
    const track = await slider.boundingBox();
    expect(track?.width ?? 0).toBeGreaterThanOrEqual(300);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});

test('arrow keys move the log slider one visible step at 10,000, both ways', async ({ page }) => {
  await page.goto('/');
  const slider = volume(page);
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '11,000 requests/day');
  await page.keyboard.press('ArrowUp');
  await expect(slider).toHaveAttribute('aria-valuetext', '12,000 requests/day');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(slider).toHaveAttribute('aria-valuetext', '9,900 requests/day');
  // The steppers are for touch; with a mouse they stay out of the way.
  await expect(page.getByRole('button', { name: 'Increase Requests per day' })).toBeHidden();
});

test('typing "5k" sets 5,000 requests a day; "5x" keeps the value and says so after Tab', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await box.fill('5k');
  await box.press('Tab');
  await expect(volume(page)).toHaveAttribute('aria-valuetext', '5,000 requests/day');
  await expect(box).toHaveValue('5000');

  await box.fill('5x');
  await box.press('Tab');
  await expect(box).toHaveValue('5000');
  await expect(page.getByRole('alert')).toHaveText(
    'Could not read “5x” as a number. Try 5000, 5k, 1.5M or 2.5e3. Keeping 5,000 requests/day.',
  );
});

test('a 1 MB link leaves the calculator in reach: five problems, "and N more", Dismiss on top', async ({
  page,
}) => {
  // The megabyte crosses the DevTools protocol several times (navigation, route, request events):
  // seconds of test harness work that a user's page never does.
  test.slow();
  // Servers refuse request lines this long (Node: 16 KB), so the page is served for the link.
  const query = `v=1&rpd=123456${'&%zz=1'.repeat(175_000)}`;
  expect(query.length).toBeGreaterThan(1_000_000);
  await page.route(/\/\?v=1/, async (route) =>
    route.fulfill({
      response: await route.fetch({ url: new URL('/', route.request().url()).href }),
    }),
  );
  await page.goto(`/?${query}`);
  const notice = page.getByRole('region', { name: 'Some values in the link were ignored' });
  // Generous: on a loaded machine the harness's own megabyte traffic delays everything.
  await expect(notice.getByRole('listitem')).toHaveCount(5, { timeout: 30_000 });
  await expect(notice.getByRole('listitem').first()).toContainText(
    'only its first 20,000 characters were read',
  );
  await expect(notice).toContainText('more.');
  await expect(volume(page)).toHaveAttribute('aria-valuetext', '123,456 requests/day');
  // The calculator starts within the first screen or so, not 31,000 px down.
  const inputs = await page.getByRole('region', { name: 'Your scenario' }).boundingBox();
  expect(inputs?.y ?? Infinity).toBeLessThan(1_500);
  // The address now holds what was read, not the megabyte.
  await expect.poll(() => page.evaluate(() => window.location.search.length)).toBeLessThan(2_000);
  const dismiss = notice.getByRole('button', { name: 'Dismiss' });
  const dismissBox = await dismiss.boundingBox();
  const firstItem = await notice.getByRole('listitem').first().boundingBox();
  expect(dismissBox?.y ?? Infinity).toBeLessThan(firstItem?.y ?? 0);
  await dismiss.click();
  await expect(notice).toBeHidden();
});

test('a stray compare key opens no comparison and says so', async ({ page }) => {
  await page.goto('/?v=1&c2.utm_source=mail');
  await expect(page.getByText('Ignored “c2.utm_source”: not part of a scenario')).toBeVisible();
  await expect(page.getByText('Right scenario')).toHaveCount(0);
});

test('huge money reads cleanly in figures and on chart axes', async ({ page }) => {
  await page.goto('/?v=1&rpd=100000000&gr=2&mo=60');
  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  // The charts' frames arrive with their lazy chunk: wait for all five before scrolling to each.
  await expect(page.locator('.charts-area .on-screen')).toHaveCount(5);
  for (const chart of await page.locator('.charts-area .on-screen').all())
    await chart.scrollIntoViewIfNeeded();
  await expect(page.locator('.charts-area').getByRole('application')).toHaveCount(5, {
    timeout: 15_000,
  });
  const text = await page.locator('main').innerText();
  expect(text).toContain('$3.80e+35');
  expect(text).not.toMatch(/e\+\d+[kKMBT]|\d{16}|NaN|Infinity|undefined/);
  // The axes' tick labels are drawn text with no role of their own: read from the picture.
  const ticks = await page.locator('.recharts-cartesian-axis-tick-value').allTextContents();
  expect(ticks.length).toBeGreaterThan(0);
  for (const tick of ticks) expect(tick).not.toMatch(/e\+\d+[kKMBT]|\d{7}/);
  expect(ticks.some((tick) => /^\$\d(\.\d)?e\+\d+$/.test(tick))).toBe(true);
});

test('every box typed into sits in a small form of its own, and Enter in one submits nothing', async ({
  page,
}) => {
  await page.goto('/');
  await useEveryLazyFeature(page);
  // After each key typed into a box outside any form, Chrome's autofill reads every control on
  // the page that is outside a form too (130 with every part open): 2 – 7 ms a key, in the way.
  const boxes = await page.$$eval(
    'input:not([type="range"], [type="checkbox"], [type="radio"], [readonly]), textarea:not([readonly])',
    (elements) =>
      elements.map((e) => ({
        box: e.getAttribute('aria-label') ?? e.id,
        form: (e as HTMLInputElement).form?.elements.length ?? 0,
      })),
  );
  // The number boxes, the risk ranges and seed, the filters, the search, the counter, the name.
  expect(boxes.length).toBeGreaterThan(30);
  expect(boxes.filter((b) => b.form === 0)).toEqual([]);
  expect(boxes.filter((b) => b.form > 12)).toEqual([]);

  const box = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await page.evaluate(() => Object.assign(window, { stayed: true }));
  await box.fill('3000');
  await box.press('Enter');
  await expect(box).toHaveValue('3000');
  await expect(volume(page)).toHaveAttribute('aria-valuetext', '3,000 requests/day');
  // The same document: no reload, no navigation to a submitted form's address.
  expect(await page.evaluate(() => 'stayed' in window)).toBe(true);
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
});

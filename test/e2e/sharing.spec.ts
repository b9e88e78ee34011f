import type { Browser, Page } from '@playwright/test';
import { expect, PHONE, test } from './fixtures.ts';

/** The key figures as the reader sees them. */
const keyFigures = (page: Page) =>
  page.getByRole('region', { name: 'Key figures' }).locator('dl').innerText();

/** A page in a brand-new browser context (no storage, no history), failing on console errors. */
async function freshPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return { page, errors, close: () => context.close() };
}

async function copiedLink(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByText(/link copied/i)).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

// Several page loads per test on a shared machine: give each test room.
test.describe.configure({ timeout: 60_000 });

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('a copied link shows the same figures in a fresh browser', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Requests per day (requests/day)' }).fill('123456');
  await page.getByRole('textbox', { name: 'Few-shot examples (examples)' }).fill('12');
  await page.getByLabel('Prompting: API model (A)').selectOption('gpt-6-luna');
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Support bot — Q3 été');
  // The figures are read once the typed numbers are in: the sliders show what the store holds.
  await expect(page.getByRole('slider', { name: 'Requests per day' })).toHaveAttribute(
    'aria-valuetext',
    '123,456 requests/day',
  );
  await expect(page.getByRole('slider', { name: 'Few-shot examples' })).toHaveAttribute(
    'aria-valuetext',
    '12 examples',
  );
  const figures = await keyFigures(page);
  const verdict = await page.getByRole('status').first().innerText();

  const link = await copiedLink(page, 'Copy link');
  expect(link.startsWith(`${new URL(page.url()).origin}/?v=1&`)).toBe(true);
  expect(link.length).toBeLessThan(2_000);

  const other = await freshPage(browser);
  await other.page.goto(link);
  await expect(other.page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(
    'Support bot — Q3 été',
  );
  await expect(other.page.getByLabel('Prompting: API model (A)')).toHaveValue('gpt-6-luna');
  expect(await keyFigures(other.page)).toBe(figures);
  expect(await other.page.getByRole('status').first().innerText()).toBe(verdict);
  await expect(other.page.getByText('Some values in the link were ignored')).toHaveCount(0);
  expect(other.errors).toEqual([]);
  await other.close();
});

test('a bad link opens with its notice, keeps what is valid, and the page works', async ({
  page,
}) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened: text from the link was run as code');
  });
  const name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.goto(
    `/?v=1&rpd=-5&gr=NaN&tx=2400&fs=1e999&am=gpt-0&sys=%zz&n=${encodeURIComponent(name)}`,
  );
  const notice = page.getByRole('region', { name: 'Some values in the link were ignored' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('listitem')).toHaveCount(5);
  await expect(notice).toContainText('Requests per day must be between 0 and 100,000,000; got -5');
  await expect(notice).toContainText('Unknown API model “gpt-0”');
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue(name);
  await expect(page.locator('script:has-text("alert(1)"), img[src="x"]')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Training examples (examples)' })).toHaveValue(
    '2400',
  );
  await expect(page.getByRole('textbox', { name: 'Requests per day (requests/day)' })).toHaveValue(
    '10000',
  );

  const before = await keyFigures(page);
  await page.getByRole('textbox', { name: 'Requests per day (requests/day)' }).fill('250000');
  await expect.poll(() => keyFigures(page)).not.toBe(before);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('dragging a slider adds no history entries; Back and Forward behave', async ({ page }) => {
  await page.goto('/');
  const length = await page.evaluate(() => history.length);
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  const box = await slider.boundingBox();
  if (!box) throw new Error('slider not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width * (0.3 + i * 0.01), y);
  await page.mouse.up();

  // The address follows the store (throttled), without new entries.
  await expect(page).toHaveURL(/[?&]rpd=\d/);
  const dragged = await page
    .getByRole('textbox', { name: 'Requests per day (requests/day)' })
    .inputValue();
  expect(await page.evaluate(() => history.length)).toBe(length);

  // One Back leaves the calculator; Forward brings the dragged scenario back.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
  await page.goForward();
  await expect(page.getByRole('textbox', { name: 'Requests per day (requests/day)' })).toHaveValue(
    dragged,
  );
});

/**
 * Clicks sent straight from the page: well within the address bar's 400 ms wait for a pause. The
 * element is found and clicked in one step: a locator's element can be replaced (the risk chunk
 * swaps the pinned strip) before the click, and a detached link still navigates on click().
 */
async function clickNow(page: Page, role: 'link' | 'button', name: string) {
  await expect(page.getByRole(role, { name })).toBeAttached();
  await page.evaluate(
    ([tag, text]) => {
      const element = [...document.querySelectorAll<HTMLElement>(tag)].find(
        (candidate) => candidate.textContent?.trim() === text,
      );
      if (!element) throw new Error(`no ${tag} "${text}"`);
      element.click();
    },
    [role === 'link' ? 'a' : 'button', name] as const,
  );
}

test('a change made just before an in-page link or the memo survives them and Back', async ({
  page,
}) => {
  await page.setViewportSize(PHONE.viewport);
  await page.goto('/');
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  // The address follows the page once the link codec has loaded.
  await volume.fill('4000');
  await expect(page).toHaveURL(/[?&]rpd=4000&/);

  await volume.fill('5000');
  await clickNow(page, 'link', 'Results');
  await expect(page).toHaveURL(/[?&]rpd=5000&.*#verdict-title$/);
  await expect(volume).toHaveValue('5000');
  // Tapped again after scrolling on, it scrolls back to the verdict, as a link does.
  const verdict = page.getByRole('region', { name: 'Verdict', exact: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(verdict).not.toBeInViewport();
  await clickNow(page, 'link', 'Results');
  await expect(verdict).toBeInViewport();
  await page.goBack();
  await expect(page).not.toHaveURL(/#verdict-title/);
  await expect(volume).toHaveValue('5000');

  await volume.fill('6000');
  await clickNow(page, 'button', 'Decision memo: print, PDF or Markdown');
  await expect(page.getByText('6,000 requests/day').first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Your scenario' })).toBeVisible();
  await expect(volume).toHaveValue('6000');
});

test('a change made before the address can follow the page survives the Results link and the memo', async ({
  page,
}) => {
  // The link codec's chunk held back: the page works, the address cannot follow it yet.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/sync-*.js', async (route) => {
    await released;
    await route.continue();
  });
  await page.setViewportSize(PHONE.viewport);
  await page.goto('/');
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await volume.fill('5000');
  await clickNow(page, 'link', 'Results');
  await expect(page).toHaveURL(/#verdict-title$/);
  await expect(volume).toHaveValue('5000');

  await clickNow(page, 'button', 'Decision memo: print, PDF or Markdown');
  await expect(page.getByText('5,000 requests/day').first()).toBeVisible();
  await page.getByRole('button', { name: '← Back to the calculator' }).click();
  await expect(page.getByRole('heading', { name: 'Your scenario' })).toBeVisible();
  await expect(volume).toHaveValue('5000');

  release();
  await expect(page).toHaveURL(/[?&]rpd=5000&/);
  await expect(volume).toHaveValue('5000');
  // No entry was left with the address from before the change: Back leaves the page, Forward
  // brings the change back.
  await page.goBack();
  await expect(page).toHaveURL('about:blank');
  await page.goForward();
  await expect(volume).toHaveValue('5000');
});

test('saved scenarios survive a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Requests per day (requests/day)' }).fill('4242');
  await page.getByRole('textbox', { name: 'Scenario name' }).fill('Reload me');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved “Reload me”.')).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).toHaveURL(/\/$/); // back to the defaults: a bare address
  await page.reload();

  const saved = page.getByRole('region', { name: 'Saved scenarios' });
  await expect(saved.getByText('Reload me')).toBeVisible();
  await saved.getByRole('button', { name: 'Open “Reload me”' }).click();
  await expect(page.getByRole('textbox', { name: 'Requests per day (requests/day)' })).toHaveValue(
    '4242',
  );
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Reload me');
});

test('corrupted saved data shows a notice, not a blank page', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('finetune-or-prompt:saved-scenarios', '{"format":1,"scenarios":"oops"'),
  );
  await page.goto('/');
  await expect(page.getByText(/could not be read \(1 item\)/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key figures' })).toBeVisible();
});

test('a comparison link opens the comparison', async ({ page, browser }) => {
  await page.goto('/');
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  const name = page.getByRole('textbox', { name: 'Scenario name' });
  await volume.fill('1000');
  await name.fill('Small');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await volume.fill('500000');
  await name.fill('Big');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const panel = page.getByRole('region', { name: 'Compare scenarios' });
  await panel.getByRole('combobox', { name: 'Left' }).selectOption({ label: 'Small' });
  await panel.getByRole('combobox', { name: 'Right' }).selectOption({ label: 'Big' });
  await panel.getByRole('button', { name: 'Compare' }).click();
  const table = panel.getByRole('table', { name: 'Key figures side by side' });
  await table.scrollIntoViewIfNeeded();
  await expect.poll(() => table.innerText()).toContain('Key figures side by side');
  const figures = await table.innerText();
  await expect(
    panel.getByRole('region', { name: 'Cumulative cost, both scenarios' }),
  ).toBeVisible();

  const link = await copiedLink(page, 'Copy comparison link');
  const other = await freshPage(browser);
  await other.page.goto(link);
  const otherPanel = other.page.getByRole('region', { name: 'Compare scenarios' });
  const otherTable = otherPanel.getByRole('table', { name: 'Key figures side by side' });
  // Far below the first screen the panel is rendered once scrolled to (content-visibility), a
  // frame after the scroll: its text is read when it is there.
  await otherTable.scrollIntoViewIfNeeded();
  await expect.poll(() => otherTable.innerText()).toBe(figures);
  const chart = otherPanel.getByRole('region', { name: 'Cumulative cost, both scenarios' });
  await expect(chart).toBeVisible();
  // Four lines, both scenarios' A and B: the tooltip, reached from the keyboard, reads each.
  await chart.getByRole('application').focus();
  await expect(chart.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(4);
  expect(other.errors).toEqual([]);
  await other.close();
});

test('old prices in a link are kept, flagged, and can be swapped for today’s', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: 'Requests per day (requests/day)' }).fill('2000');
  await page.waitForURL(/rpd=2000/);
  const todaysFigures = await keyFigures(page);
  // The same link as if made when the API's input price was $99/M.
  const old = new URL(page.url()).search.replace(/([?&])ai=[^&]*/, '$1ai=99');
  await page.goto(`/${old}`);
  const notice = page.getByRole('region', { name: 'Prices have changed since this link was made' });
  await expect(notice).toContainText('API input price: $99.00/M tokens in the link');
  const linkFigures = await keyFigures(page);
  expect(linkFigures).not.toBe(todaysFigures); // the link's price is the one in use
  await notice.getByRole('button', { name: 'Use today’s prices' }).click();
  await expect(notice).toHaveCount(0);
  await expect.poll(() => keyFigures(page)).toBe(todaysFigures);
});

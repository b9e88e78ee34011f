import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Pastes of any size: counted in the worker, with progress; a new text replaces a count in
 * progress; Stop leaves a clean state. The longest main-thread task is measured and reported
 * (never asserted: a busy machine would make such a test fail for no fault of the page;
 * scripts/bench-paste.mjs measures it properly).
 */

const EMOJI = '😀🧑‍🚀🏳️‍🌈';

// A real paste (Ctrl+V) reads the clipboard.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function openCounter(page: Page) {
  await page.goto('/');
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.getByText('Count my prompt', { exact: true }).click();
  const panel = page.locator('.token-counter');
  await expect(
    panel.getByText('Tokenizers ready: o200k for A, the Llama 3 tokenizer for B.'),
  ).toBeVisible({ timeout: 40_000 });
  return panel;
}

/**
 * Pastes `unit` × `times` over the box's text with Ctrl+V, as a user does (the text is built in the page, so a
 * failure never prints megabytes). The browser's own paste of such a text froze the page for
 * seconds to minutes; the box must take it at once.
 */
async function pasteRepeated(box: Locator, unit: string, times: number) {
  const page = box.page();
  await page.evaluate(([text, n]) => navigator.clipboard.writeText(text.repeat(n)), [
    unit,
    times,
  ] as const);
  await box.selectText(); // the paste replaces whatever the box held
  // Measure from here: the page's load and the panel's first opening are not the paste.
  await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  await page.keyboard.press('ControlOrMeta+V');
}

/** Sets the box's text as a script or an extension would (no clipboard holds NUL characters). */
async function setRepeated(box: Locator, unit: string, times: number) {
  await box.page().evaluate(() => ((window as unknown as { longest: number }).longest = 0));
  await box.evaluate(
    (element, [text, n]) => {
      const value = (text as string).repeat(n as number);
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      setter?.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [unit, times] as const,
  );
}

async function longestTask(page: Page, label: string) {
  const ms = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  test.info().annotations.push({
    type: 'longest main-thread task',
    description: `${label}: ${Math.round(ms)} ms`,
  });
  console.log(`[measure] longest main-thread task, ${label}: ${Math.round(ms)} ms`);
}

test('a 5 MB paste is counted in the worker with progress, and says it is estimated', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const panel = await openCounter(page);
  const system = panel.getByLabel('Your system prompt (text)');
  const sentence = 'The quick brown fox jumps over the lazy dog. ';
  await pasteRepeated(system, sentence, Math.ceil(5_000_000 / sentence.length));
  await expect(panel.getByText(/^This text is 5,000,0\d\d characters long/)).toBeVisible();
  await expect(panel.getByRole('status').filter({ hasText: 'Counting…' })).toBeVisible();
  await expect(panel.locator('.token-table')).toBeVisible({ timeout: 90_000 });
  await expect(
    panel.getByText(/^Estimated: the text is 5,000,0\d\d characters long/),
  ).toBeVisible();
  await longestTask(page, '5 MB prose');
  // The box stays usable: cleared, a new text is counted at once.
  await panel.getByRole('button', { name: 'Clear this box' }).click();
  await system.fill('Hello again');
  await expect(
    panel.locator('.token-table').getByRole('row', { name: /System prompt/ }),
  ).toContainText('2');
});

test('1 MB of emoji counts; a new text mid-count replaces it; Stop leaves a clean state', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const panel = await openCounter(page);
  const system = panel.getByLabel('Your system prompt (text)');
  const table = panel.locator('.token-table');
  await pasteRepeated(system, EMOJI, 40_000);
  await expect(table).toBeVisible({ timeout: 90_000 });
  await longestTask(page, '1 MB emoji');

  // Replaced mid-count: a million NUL characters, then a short text at once.
  await panel.getByRole('button', { name: 'Clear this box' }).click();
  await setRepeated(system, '\0', 1_000_000);
  await expect(table).toBeHidden();
  await longestTask(page, 'a million NUL characters');
  await panel.getByRole('button', { name: 'Clear this box' }).click();
  await system.fill('Hello again');
  await expect(table.getByRole('row', { name: /System prompt/ })).toContainText('2', {
    timeout: 60_000,
  });

  // Stop mid-count: no numbers, no progress, Apply disabled; a new text counts again.
  await pasteRepeated(system, EMOJI, 200_000);
  await expect(panel.getByText(/^This text is 2,600,000 characters long/)).toBeVisible();
  await longestTask(page, '2.6 MB emoji');
  const stop = panel.getByRole('button', { name: 'Stop counting' });
  await stop.click({ timeout: 60_000 });
  await expect(
    panel.getByText('Counting stopped. Change the text to count it again.'),
  ).toBeVisible();
  await expect(table).toBeHidden();
  await expect(panel.getByRole('button', { name: 'Apply to scenario' })).toBeDisabled();
  await longestTask(page, 'Stop');
  // What the user sees after Stop: no count in progress, the tokenizers still ready (nothing
  // reloads), the pasted text still there; and it stays so.
  await page.waitForTimeout(1_000);
  await expect(panel.getByText('Counting…')).toBeHidden();
  await expect(panel.getByLabel('Counting progress')).toBeHidden();
  await expect(stop).toBeHidden();
  await expect(
    panel.getByText('Tokenizers ready: o200k for A, the Llama 3 tokenizer for B.'),
  ).toBeVisible();
  await expect(panel.getByLabel('Tokenizer download')).toBeHidden();
  await expect(
    panel.getByText('Counting stopped. Change the text to count it again.'),
  ).toBeVisible();
  await expect(table).toBeHidden();
  await expect(panel.getByText(/^This text is 2,600,000 characters long/)).toBeVisible();
  expect(await system.inputValue()).toMatch(new RegExp(`^(${EMOJI})+`, 'u'));
  await panel.getByRole('button', { name: 'Clear this box' }).click();
  await system.fill('Hello');
  await expect(table.getByRole('row', { name: /System prompt/ })).toContainText('1', {
    timeout: 60_000,
  });
  await longestTask(page, 'emoji, NUL, stop');
});

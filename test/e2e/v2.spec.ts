import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A number box, by the label the page gives it (with its unit). */
const box = (page: Page, name: string) => page.getByRole('textbox', { name });

test('wrong answers: priced in their own section, the break-even failure rate joins the headline and the link', async ({
  page,
}) => {
  await page.goto('/');
  const card = page.getByRole('region', { name: 'What does a wrong answer cost?' });
  await card.scrollIntoViewIfNeeded();
  await expect(card.getByText(/golden set/).first()).toBeVisible();
  await box(page, 'Requests per day (requests/day)').fill('100000');
  await box(page, 'Cost of one wrong answer ($)').fill('2');
  await box(page, 'Wrong answers, prompted (A) (%)').fill('5');
  await box(page, 'Wrong answers, fine-tuned (B) (%)').fill('5');
  await expect(
    card.getByText(/^Over 12 months wrong answers cost \$[\d,]+ when prompting/),
  ).toBeVisible();
  const headline = page.locator('.verdict .headline');
  await expect(headline).toContainText(
    /Fine-tuning stays cheaper while the fine-tuned model fails on fewer than [\d.]+% of requests\./,
  );
  // Every new input travels in the link.
  await expect.poll(() => new URL(page.url()).searchParams.get('fc')).toBe('2');
  await expect.poll(() => new URL(page.url()).searchParams.get('frb')).toBe('0.05');
  await page.reload();
  await expect(headline).toContainText(/fails on fewer than [\d.]+% of requests\./);
});

test('C on the cumulative chart, and the saving split into its two sources', async ({ page }) => {
  await page.goto('/?v=1&rpd=100000');
  // The charts load as they come near the viewport.
  await page.locator('.charts-area').scrollIntoViewIfNeeded();
  const cumulative = page.getByRole('region', { name: 'Cumulative cost', exact: true });
  await cumulative.scrollIntoViewIfNeeded();
  const plot = cumulative.getByRole('application', { name: 'Cumulative cost' });
  await expect(plot).toBeVisible();
  // Three lines: the tooltip, reached from the keyboard, reads each one.
  await plot.focus();
  await expect(cumulative.getByRole('list').nth(1).getByRole('listitem')).toHaveText([
    /^C: Llama 3\.1 8B, prompted\$/,
    /^A: prompting\$/,
    /^B: fine-tuning\$/,
  ]);
  await expect(
    // In the legend, the chart's first list (the tooltip's is the second).
    cumulative
      .getByRole('list')
      .first()
      .getByRole('listitem')
      .filter({ hasText: 'C: Llama 3.1 8B, prompted' }),
  ).toBeVisible();
  await cumulative.getByRole('button', { name: 'Show table: Cumulative cost' }).click();
  await expect(
    cumulative.getByRole('columnheader', { name: 'C: Llama 3.1 8B, prompted, cumulative ($)' }),
  ).toBeVisible();

  const split = page.getByRole('region', { name: 'Where the saving comes from', exact: true });
  await split.scrollIntoViewIfNeeded();
  await expect(split.getByRole('application')).toBeVisible();
  await expect(split.locator('.chart-summary')).toHaveText(
    /^Over 12 months switching to Llama 3\.1 8B (saves|costs) \$[\d.]+k( more)?, and fine-tuning it (saves|costs) \$[\d.]+k more: from \$[\d.]+[kM] \(A\) to \$[\d.]+[kM] \(B\)\.$/,
  );
  await split.getByRole('button', { name: 'Show table: Where the saving comes from' }).click();
  const rows = split.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2)).toContainText('Switch to Llama 3.1 8B, prompted (C)');
  await expect(rows.nth(3)).toContainText('Fine-tune it (B)');
  // The verdict says the split in words when most of the saving is the smaller model's.
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText(/smaller model/);
});

test('the cache notices: too short to cache, and expiring at a low volume', async ({ page }) => {
  await page.goto('/?v=1&sys=500&fs=3&fst=100&cmin=1024');
  const scenario = page.locator('.headline-controls');
  await expect(scenario.getByRole('note')).toHaveText(
    'Too short to cache: Claude Sonnet 5 caches only prefixes of at least 1,024 tokens, so this 800-token prefix pays the full input price on every request.',
  );
  await page.goto('/?v=1&rpd=300&cttl=5');
  await expect(scenario.getByRole('note')).toHaveText(
    /^Effective 51\.8% at 300 requests\/day: the 5-minute cache expires between requests/,
  );
  // At a volume that keeps the cache warm the same box says so, rather than vanishing.
  await page.goto('/?v=1&rpd=10000&cttl=5');
  await expect(scenario.getByRole('note')).toHaveText(
    /^Effective 80% at 10,000 requests\/day: requests come often enough to keep the 5-minute cache warm/,
  );
  await page.getByText('Prompting (A): prices and prompt caching').click();
  await expect(page.getByRole('slider', { name: 'Cache lifetime' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Shortest cacheable prefix' })).toBeVisible();
});

test('a known price change within the horizon is said where A’s price is shown', async ({
  page,
}) => {
  await page.goto('/?v=1&stm=2&sti=2&sto=2');
  const figures = page.getByRole('region', { name: 'Key figures' });
  await expect(figures.getByRole('note')).toHaveText('Claude Sonnet 5’s price rises from month 2.');
  await page.getByText('Prices over time: yearly trends and known price changes').click();
  await expect(page.getByRole('slider', { name: 'API prices change per year' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Serving prices change per year' })).toBeVisible();
  await page.goto('/?v=1&stm=13&sti=2&sto=2');
  await expect(figures.getByRole('note')).toHaveCount(0);
});

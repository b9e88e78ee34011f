import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * The page is scanned in parts, each in its own test: one scan of the whole page with every
 * group open took 13–15 s on a quiet 2-core machine and over 30 s with a CPU hog on both cores
 * (axe's cost grows with the number of nodes). Measured per part with `yes > /dev/null` on both
 * cores and other builds running (load average 7–14): scans of 3–18 s, whole tests of 5–32 s;
 * at load average 26 one test took 66 s. The limit is about twice the slowest of those.
 */
const SCAN_LIMIT_MS = 120_000;

async function openAll(page: Page, scope: string) {
  // Nested groups appear once their parent opens: open until none is left closed.
  for (let round = 0; round < 3; round++) {
    const closed = page.locator(`${scope} details:not([open]) > summary`);
    const count = await closed.count();
    if (count === 0) return;
    for (let i = count - 1; i >= 0; i--) await closed.nth(i).click();
  }
}

interface Part {
  name: string;
  /** What to scan (CSS selectors, scanned together). */
  include: string[];
  /** Brings the part into the state worth scanning; waits until it is there. */
  prepare: (page: Page) => Promise<void>;
}

const PARTS: Part[] = [
  {
    name: 'the header, the share bar and the phone summary',
    include: ['.app-header', '.share-bar', '.mobile-summary'],
    prepare: async (page) => {
      await expect(page.getByRole('textbox', { name: 'Scenario name' })).toBeVisible();
    },
  },
  {
    name: 'the presets and the token counter',
    include: ['.presets', '.token-counter'],
    prepare: async (page) => {
      await page.getByText('Start from a preset', { exact: true }).click();
      await page.getByText('Count my prompt', { exact: true }).click();
      await expect(page.locator('.preset-choose').first()).toBeVisible();
      await expect(page.getByLabel('Your system prompt (text)')).toBeVisible();
      await openAll(page, '.presets');
    },
  },
  {
    name: 'the headline controls and every assumption group',
    include: ['section.inputs > :not(.presets):not(.token-counter)'],
    prepare: async (page) => {
      await openAll(page, 'section.inputs .assumptions');
      await expect(page.getByText('Static prefix S')).toBeVisible();
    },
  },
  {
    name: 'the results: verdict, figures, charts, formulas, saved and compare',
    include: ['section.results'],
    prepare: async (page) => {
      await page.locator('.charts-area').scrollIntoViewIfNeeded();
      await expect(page.getByRole('application').first()).toBeVisible();
      await openAll(page, 'section.results');
      await expect(page.getByRole('heading', { name: 'Saved scenarios' })).toBeVisible();
    },
  },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const part of PARTS) {
    test(`no serious or critical accessibility violations in ${part.name} (${colorScheme} theme)`, async ({
      page,
    }) => {
      test.setTimeout(SCAN_LIMIT_MS);
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await part.prepare(page);
      let axe = new AxeBuilder({ page });
      for (const selector of part.include) axe = axe.include(selector);
      const results = await axe.analyze();
      const bad = results.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(
        bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
      ).toEqual([]);
    });
  }
}

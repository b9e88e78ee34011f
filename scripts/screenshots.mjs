// Screenshots of the production build at laptop and phone size, light and dark, for a human to
// look at (written to screenshots/, which git ignores), and the README's docs/screenshot.png
// (1280×800, light, first screen). Run `npx vite build` first.
// Usage: node scripts/screenshots.mjs [query string, e.g. "?r=50000"]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { serveGzip } from './serve-gzip.mjs';

const query = process.argv[2] ?? '';
// Another port through SCREENSHOT_PORT when the e2e suite (which uses 4175) runs at the same time.
const port = Number(process.env.SCREENSHOT_PORT ?? 4175);
const server = await serveGzip('dist', port);
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
const sizes = { laptop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } };
try {
  for (const [name, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark']) {
      const page = await browser.newPage({ viewport, colorScheme });
      page.on('console', (m) => m.type() === 'error' && console.log(`console error: ${m.text()}`));
      await page.goto(`http://127.0.0.1:${port}/${query}`);
      // Charts draw when they near the viewport: scroll through the page so every one is drawn.
      await page.locator('.charts-area').scrollIntoViewIfNeeded();
      await page.locator('.on-screen').nth(3).waitFor({ state: 'attached' });
      for (const chart of await page.locator('.on-screen').all())
        await chart.scrollIntoViewIfNeeded();
      await page.locator('.recharts-surface').nth(3).waitFor({ timeout: 10_000 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(2000);
      if (name === 'laptop' && colorScheme === 'light' && query === '') {
        await page.screenshot({ path: 'docs/screenshot.png' });
        console.log('docs/screenshot.png');
      }
      const file = `screenshots/${name}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // The full page is too tall to read when scaled down: also save it a screen at a time, as a
      // user scrolling sees it (parts far off-screen are drawn only once scrolled near, so a
      // full-page capture leaves them blank).
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height; y += viewport.height, i++) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(400);
        await page.screenshot({ path: `screenshots/${name}-${colorScheme}-${i}.png` });
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

// Takes the README's screenshot (docs/screenshot.png) of the production build at 1280×800.
// Usage: npx vite build && node scripts/screenshot.mjs [output.png]
import { chromium } from '@playwright/test';
import { ensureBrowser, CHROMIUM_ARGS } from './find-browser.mjs';
import { serveGzip } from './serve-gzip.mjs';

const PORT = 4178;
const output = process.argv[2] ?? 'docs/screenshot.png';

const server = await serveGzip('dist', PORT);
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('.recharts-surface').first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: output });
  console.log(`saved ${output}`);
} finally {
  await browser.close();
  server.close();
}

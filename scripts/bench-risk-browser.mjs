// Browser benchmark of the risk simulation (figures printed, never pass/fail): how long
// simulate() takes inside the page's Web Worker, 2,000 samples at 12 and at 60 months. (DevTools'
// CPU throttling slows the page, not its workers, so there is no "4× slower" figure here: the
// main thread never waits for the simulation.) Run `npx vite build` first.
// Usage: node scripts/bench-risk-browser.mjs [--runs 9]
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { serveGzip } from './serve-gzip.mjs';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const PORT = 4176;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Before any page script: every worker message with an `ms` field (the worker's own timing of
// simulate) is recorded, so the figure excludes messaging and the page's own work.
const RECORD_TIMINGS = () => {
  window.__simulateMs = [];
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...a) {
      super(...a);
      this.addEventListener('message', (event) => {
        if (typeof event.data?.ms === 'number') window.__simulateMs.push(event.data.ms);
      });
    }
  };
};

async function measure(browser, horizon) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(RECORD_TIMINGS);
  await page.goto(`http://127.0.0.1:${PORT}/?v=1&mo=${horizon}&gr=0.03`);
  await page.waitForFunction(() => window.__simulateMs.length > 0, null, { timeout: 60_000 });
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  await slider.focus();
  for (let i = 0; i < RUNS; i++) {
    const before = await page.evaluate(() => window.__simulateMs.length);
    await slider.press(i % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await page.waitForFunction((n) => window.__simulateMs.length > n, before, { timeout: 60_000 });
  }
  const times = await page.evaluate(() => window.__simulateMs.slice(1)); // the first: cold JIT
  await page.close();
  return times;
}

const server = await serveGzip('dist', PORT);
const browser = await chromium.launch({ executablePath: ensureBrowser(), args: CHROMIUM_ARGS });
try {
  console.log(`simulate() in the browser worker, 2,000 samples, median of ${RUNS} runs:`);
  for (const horizon of [12, 60]) {
    const times = await measure(browser, horizon);
    console.log(
      `  ${`${horizon} months`.padEnd(10)} median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

// Browser benchmark (figures printed, never pass/fail): slider input → second animation frame,
// at normal CPU speed and 4× slowed, the script time per move, and Lighthouse's mobile score.
// Usage: node scripts/bench-browser.mjs [--moves 60] [--lighthouse-runs 3]
import { chromium } from '@playwright/test';
import { ensureBrowser, CHROMIUM_ARGS } from './find-browser.mjs';
import { serveGzip } from './serve-gzip.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const MOVES = option('--moves', 60);
const LIGHTHOUSE_RUNS = option('--lighthouse-runs', 3);
const PORT = 4174;
const URL_ = `http://127.0.0.1:${PORT}/`;

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
};
const ms = (v) => `${v.toFixed(1)} ms`;

async function measureMoves(browser, cpuRate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(URL_);
  await page.locator('.recharts-surface').first().waitFor();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  await cdp.send('Performance.enable');
  // Record input → second frame in the page itself, so no protocol round trip is counted.
  await page.evaluate(() => {
    const slider = document.querySelector('input[type=range]');
    window.__latencies = [];
    slider.addEventListener('input', (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => window.__latencies.push(performance.now() - start)),
      );
    });
  });
  // The worst case: the first chart in view (it redraws), the slider focused without scrolling.
  await page.locator('.on-screen').first().scrollIntoViewIfNeeded();
  await page.locator('.recharts-surface').first().waitFor();
  const slider = page.getByRole('slider', { name: 'Requests per day' });
  await slider.evaluate((el) => el.focus({ preventScroll: true }));
  await page.keyboard.press('Home');
  await page.waitForTimeout(300);
  await page.evaluate(() => (window.__latencies = []));
  const before = await durations(cdp);
  for (let i = 0; i < MOVES; i++) {
    // Up and down the range a tenth at a time: every move changes the volume and every figure.
    await page.keyboard.press(i % 10 < 5 ? 'PageUp' : 'PageDown');
    await page.waitForTimeout(80);
  }
  await page.waitForTimeout(500);
  const after = await durations(cdp);
  const latencies = await page.evaluate(() => window.__latencies);
  await context.close();
  const perMove = (key) => ((after[key] - before[key]) * 1000) / latencies.length;
  return {
    latencies,
    script: perMove('script'),
    layout: perMove('layout'),
    style: perMove('style'),
  };
}

/** DevTools' cumulative seconds of script, layout and style recalculation so far. */
async function durations(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    script: get('ScriptDuration'),
    layout: get('LayoutDuration'),
    style: get('RecalcStyleDuration'),
  };
}

async function lighthouseScores(chromePath) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    });
    try {
      const result = await lighthouse(URL_, {
        port: chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      scores.push(Math.round((result?.lhr.categories.performance.score ?? 0) * 100));
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

const chromePath = ensureBrowser();
const server = await serveGzip('dist', PORT);
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
try {
  for (const rate of [1, 4]) {
    const { latencies, script, layout, style } = await measureMoves(browser, rate);
    console.log(
      `slider move → 2nd frame, CPU ${rate}× slower: median ${ms(quantile(latencies, 0.5))}, p95 ${ms(quantile(latencies, 0.95))} over ${latencies.length} moves; per move: script ${ms(script)}, layout ${ms(layout)}, style ${ms(style)}`,
    );
  }
} finally {
  await browser.close();
}
try {
  const scores = await lighthouseScores(chromePath);
  console.log(
    `Lighthouse performance (mobile preset, gzip): runs ${scores.join(', ')}; median ${quantile(scores, 0.5)}`,
  );
} finally {
  server.close();
}

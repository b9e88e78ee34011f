// Paste benchmark (figures printed, never pass/fail): the longest main-thread task ('longtask'
// PerformanceObserver, Chromium) while a huge text is pasted into the token counter and counted,
// and when "Stop counting" is pressed mid-count. Serves the existing dist/ (build it first with
// `npx vite build`); builds nothing itself.
// Usage: node scripts/bench-paste.mjs [--runs 3] [--port 4377] [--dir dist] [--only <part of a case's name>]
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, ensureBrowser } from './find-browser.mjs';
import { serveStatic } from './serve-static.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 3);
const PORT = option('--port', 4377);
const DIR = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : 'dist';
const URL_ = `http://127.0.0.1:${PORT}/`;
const SENTENCE = 'The quick brown fox jumps over the lazy dog. ';
const EMOJI = '😀🧑‍🚀🏳️‍🌈';
const CASES = [
  { name: '5 MB ASCII paste', unit: SENTENCE, times: Math.ceil(5_000_000 / SENTENCE.length) },
  // 13 UTF-16 units per repeat: about 1 MB of text as the page holds it.
  { name: '1 MB emoji paste', unit: EMOJI, times: 40_000 },
  // Few-shot examples, one per block: the page splits them into 200,000 examples.
  {
    name: '5 MB of examples paste',
    unit: 'Q: What is 2+2?\nA: 4\n\n',
    times: 250_000,
    box: 'examples',
  },
];
// A count of seconds, so Stop is pressed while the worker is busy. (Larger emoji pastes took the
// text box's own paste minutes before the page inserted them itself.)
const STOP_CASE = { name: 'Stop mid-count (1 MB emoji)', unit: EMOJI, times: 40_000 };

const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const picked = (c) => c.name.toLowerCase().includes(only.toLowerCase());

const load = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(', ');

async function openCounter(page) {
  await page.goto(URL_);
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.getByText('Count my prompt', { exact: true }).click();
  const panel = page.locator('.token-counter');
  await panel.getByText(/^Tokenizers ready/).waitFor({ timeout: 60_000 });
  return panel;
}

/**
 * A real paste (Ctrl+V from the clipboard): the text is built and put on the clipboard first,
 * and the measure starts only then.
 */
async function paste(page, box, unit, times) {
  await page.evaluate(([u, n]) => navigator.clipboard.writeText(u.repeat(n)), [unit, times]);
  await box.evaluate((element) => element.focus({ preventScroll: true }));
  await page.waitForTimeout(300); // let the clipboard write and focus settle
  await page.evaluate(() => (window.__longest = 0));
  await page.keyboard.press('Control+V');
}

const longest = (page) => page.evaluate(() => window.__longest);

async function pasteRun(page, { unit, times, box: which = 'system prompt' }) {
  const panel = await openCounter(page);
  const box = panel.getByLabel(`Your ${which === 'examples' ? 'few-shot examples' : which} (text)`);
  const start = Date.now();
  await paste(page, box, unit, times);
  await panel.locator('.token-table').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(300);
  const shown = await panel.getByText(/^This text is [\d,]+ characters long/).count();
  return { ms: await longest(page), counted: (Date.now() - start) / 1000, shown };
}

async function stopRun(page, { unit, times }) {
  const panel = await openCounter(page);
  const box = panel.getByLabel('Your system prompt (text)');
  // Scrolled to where Stop appears first: scrolling brings the charts near, and their first
  // drawing (about a second on a busy machine) is scrolling's cost, not Stop's.
  await panel.getByRole('button', { name: 'Apply to scenario' }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await paste(page, box, unit, times);
  const stop = panel.getByRole('button', { name: 'Stop counting' });
  await stop.waitFor({ timeout: 60_000 });
  const pasteMs = await longest(page);
  // From the click to the frame that shows "Counting stopped", timed in the page; and every
  // tokenizer status shown after Stop (a worker restarted by Stop loads its tokenizers again).
  await page.evaluate(() => {
    window.__longest = 0;
    window.__statuses = new Set();
    const panel = document.querySelector('.token-counter');
    document.addEventListener(
      'click',
      (event) => {
        if (event.target.textContent === 'Stop counting') window.__stopAt = performance.now();
      },
      { capture: true, once: true },
    );
    new MutationObserver(() => {
      if (window.__stopAt === undefined) return;
      const status = panel.querySelector('.token-status [role=status]');
      if (status) window.__statuses.add(status.textContent);
      if (window.__shownAt === undefined && panel.textContent.includes('Counting stopped')) {
        window.__shownAt = -1;
        requestAnimationFrame(() => (window.__shownAt = performance.now()));
      }
    }).observe(panel, { subtree: true, childList: true, characterData: true });
  });
  await stop.click();
  await panel.getByText('Counting stopped.', { exact: false }).waitFor();
  await page.waitForTimeout(2000); // whatever Stop sets off afterwards (a fresh worker…)
  const { shownAfter, statuses } = await page.evaluate(() => ({
    shownAfter: window.__shownAt - window.__stopAt,
    statuses: [...window.__statuses],
  }));
  return { ms: await longest(page), pasteMs, shownAfter, statuses };
}

const chromePath = ensureBrowser();
const server = await serveStatic({ dir: DIR, base: '/', port: PORT });
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: URL_ });
const page = await context.newPage();
console.log(`serving ${DIR}; load average before: ${load()}`);
try {
  for (const c of CASES.filter(picked)) {
    for (let run = 1; run <= RUNS; run++) {
      const r = await pasteRun(page, c);
      console.log(
        `${c.name}, run ${run}: longest task ${Math.round(r.ms)} ms; counted in ${r.counted.toFixed(1)} s${r.shown ? '' : ' (no "This text is … long" note!)'}; load ${load()}`,
      );
    }
  }
  for (let run = 1; run <= (picked(STOP_CASE) ? RUNS : 0); run++) {
    const r = await stopRun(page, STOP_CASE);
    console.log(
      `${STOP_CASE.name}, run ${run}: longest task after Stop ${Math.round(r.ms)} ms (paste ${Math.round(r.pasteMs)} ms); click → frame showing "Counting stopped" ${Math.round(r.shownAfter)} ms; tokenizer status after Stop: ${r.statuses.join(' | ') || 'unchanged'}; load ${load()}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

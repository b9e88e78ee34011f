// Lighthouse's performance score, mobile preset (simulated slow 4G and 4× CPU), `runs` times.
import { CHROMIUM_ARGS } from '../find-browser.mjs';

export async function lighthouseScores(chromePath, url, runs) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const scores = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath,
      chromeFlags: [...CHROMIUM_ARGS, '--headless=new'],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
      });
      const score = Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
      scores.push(score);
      // What a score is made of, so a low one says which metric fell (and whether it was the page).
      const audit = (id) => result?.lhr.audits[id]?.numericValue ?? NaN;
      console.log(
        `  Lighthouse run ${i + 1}: ${score} (FCP ${audit('first-contentful-paint').toFixed(0)} ms, LCP ${audit('largest-contentful-paint').toFixed(0)} ms, TBT ${audit('total-blocking-time').toFixed(0)} ms, CLS ${audit('cumulative-layout-shift').toFixed(3)}, SI ${audit('speed-index').toFixed(0)} ms)`,
      );
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

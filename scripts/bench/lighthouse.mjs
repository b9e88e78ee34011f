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
      scores.push(Math.round((result?.lhr.categories.performance.score ?? 0) * 100));
    } finally {
      await chrome.kill();
    }
  }
  return scores;
}

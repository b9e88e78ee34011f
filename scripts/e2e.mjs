// Builds the production bundle (at the root and under a sub-path) and runs the Playwright suite in a system Chromium.
// Usage: node scripts/e2e.mjs [--no-build] [playwright args…]
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './find-browser.mjs';
import { SUBPATH_DIST, SUBPATH_EXAMPLE } from './static-hosting.mjs';

export function runE2e(extraArgs = [], { build = true } = {}) {
  const chrome = ensureBrowser();
  const env = { ...process.env, CHROME_PATH: chrome, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
  if (build) {
    const built = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', env });
    if (built.status !== 0) return built.status ?? 1;
    // The same build for a sub-path (GitHub Pages style), for test/e2e/sub-path.spec.ts.
    const sub = spawnSync(
      'npx',
      ['vite', 'build', '--outDir', SUBPATH_DIST, '--logLevel', 'warn'],
      {
        stdio: 'inherit',
        env: { ...env, BASE_PATH: SUBPATH_EXAMPLE },
      },
    );
    if (sub.status !== 0) return sub.status ?? 1;
  }
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '--config', 'test/e2e/playwright.config.ts', ...extraArgs],
    { stdio: 'inherit', env },
  );
  return run.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const build = !args.includes('--no-build');
  process.exit(
    runE2e(
      args.filter((a) => a !== '--no-build'),
      { build },
    ),
  );
}

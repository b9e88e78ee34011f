import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from '../../scripts/find-browser.mjs';
import { SUBPATH_DIST, SUBPATH_EXAMPLE } from '../../scripts/static-hosting.mjs';

// Other ports through E2E_PORT and E2E_SUBPATH_PORT when several checkouts run e2e on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUBPATH_PORT = Number(process.env.E2E_SUBPATH_PORT ?? 4175);
const executablePath: string | undefined = process.env.CHROME_PATH ?? findBrowser() ?? undefined;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  // Waits for the page, not timed checks: on a 2-core machine under load (other builds, a CPU
  // hog) a chart can take over 5 s to appear, so give every expectation room.
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: '../../.reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'root', testIgnore: '**/sub-path.spec.ts' },
    {
      name: 'sub-path',
      testMatch: '**/sub-path.spec.ts',
      use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_EXAMPLE}` },
    },
  ],
  webServer: [
    {
      // The production build, served as users get it.
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      cwd: '../..',
    },
    {
      // The sub-path build on a plain static server: 404 for missing files, _headers sent.
      command: `node scripts/serve-static.mjs --dir ${SUBPATH_DIST} --base ${SUBPATH_EXAMPLE} --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}${SUBPATH_EXAMPLE}`,
      reuseExistingServer: false,
      timeout: 60_000,
      cwd: '../..',
    },
  ],
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { INITIAL_JS_GZIP_BUDGET_BYTES } from '../../scripts/budgets.mjs';
import { measureInitialJs } from '../../scripts/initial-js.mjs';

test('the initial JavaScript of the production build stays within its gzip budget', () => {
  const { files, gzipBytes } = measureInitialJs('dist');
  expect(files.length).toBeGreaterThan(0);
  expect(
    gzipBytes,
    `initial JS is ${gzipBytes} B gzip: ${files.map((f) => f.file).join(', ')}`,
  ).toBeLessThanOrEqual(INITIAL_JS_GZIP_BUDGET_BYTES);
});

test('recharts is not part of the initial JavaScript (charts load lazily)', () => {
  const { files } = measureInitialJs('dist');
  for (const f of files) {
    // recharts' class names survive minification; their presence means the charts were bundled eagerly.
    expect(readFileSync(join('dist', f.file), 'utf8'), f.file).not.toContain('recharts-surface');
  }
});

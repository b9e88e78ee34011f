import { SUBPATH_EXAMPLE } from '../../scripts/static-hosting.mjs';
import { expect, test } from './fixtures.ts';
import { collectPolicyViolations, useWholePage } from './whole-page.ts';

/*
 * The build for a sub-path (BASE_PATH=/fine-tune-or-prompt/), served by a plain static server
 * that answers 404 for any missing file and sends the build's _headers (so the policy arrives
 * as a header too, with frame-ancestors). baseURL ends in the sub-path: './' is its page.
 */

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('under a sub-path every file loads from it: stylesheet inlined, lazy chunks, worker, tokenizers', async ({
  page,
}) => {
  test.setTimeout(120_000); // builds a tokenizer and draws every chart, on a shared machine
  const violations = await collectPolicyViolations(page);
  const outside: string[] = [];
  const failed: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => {
    requested.push(request.url());
    const url = new URL(request.url());
    if (['http:', 'https:'].includes(url.protocol) && !url.pathname.startsWith(SUBPATH_EXAMPLE))
      outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));

  const response = await page.goto('./');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  // The entry stylesheet is inlined, not linked (the plugin knows the base).
  expect(await page.locator('head style').count()).toBe(1);
  expect(await page.locator('link[rel="stylesheet"][href*="/assets/index-"]').count()).toBe(0);

  await useWholePage(page);
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  expect(violations).toEqual([]);
  // The lazy chunks, the worker and the tokenizer data all came from under the sub-path.
  const files = [
    /ChartsWithDownloads-/,
    /PresetList-/,
    /tokenizer\.worker-/,
    /tokenizer-.*\.json/,
    /simulate\.worker-/,
  ];
  for (const file of files)
    expect(
      requested.some((url) => file.test(url) && url.includes(SUBPATH_EXAMPLE)),
      `${file}`,
    ).toBe(true);
});

test('under a sub-path a shared link opens with its numbers and copies back to the sub-path', async ({
  page,
}) => {
  await page.goto('./?v=1&rpd=123456&n=Pages');
  const volume = page.getByRole('textbox', { name: 'Requests per day (requests/day)' });
  await expect(volume).toHaveValue(/123,?456/);
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Pages');
  await expect(page.getByText('Some values in the link were ignored')).toHaveCount(0);

  await volume.fill('2000');
  await volume.blur();
  await expect.poll(() => new URL(page.url()).pathname).toBe(SUBPATH_EXAMPLE);
  await expect.poll(() => new URL(page.url()).searchParams.get('rpd')).toBe('2000');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText(/link copied/i)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).pathname).toBe(SUBPATH_EXAMPLE);

  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'Requests per day (requests/day)' })).toHaveValue(
    /2,?000/,
  );
  await expect(page.getByRole('textbox', { name: 'Scenario name' })).toHaveValue('Pages');
});

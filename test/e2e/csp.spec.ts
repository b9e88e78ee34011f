import { expect, test } from './fixtures.ts';
import { collectPolicyViolations, useWholePage } from './whole-page.ts';

test('the production build runs under its strict Content-Security-Policy without a violation', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000); // builds a tokenizer and draws every chart, on a shared machine
  const violations = await collectPolicyViolations(page);
  await page.goto('/');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("style-src 'self' 'sha256-");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).toContain("require-trusted-types-for 'script'");

  await useWholePage(page);
  expect(violations).toEqual([]);

  // The policy is really enforced: markup written as a string is refused (and reported).
  const written = await page.evaluate(() => {
    try {
      document.body.insertAdjacentHTML('beforeend', '<b id="injected">x</b>');
      return 'written';
    } catch {
      return 'refused';
    }
  });
  expect(written).toBe('refused');
  await expect.poll(() => violations.length).toBe(1);
  expect(violations[0]).toMatch(/^require-trusted-types-for/);
  expect(consoleErrors.splice(0)).toEqual([
    "This document requires 'TrustedHTML' assignment. The action has been blocked.",
  ]);
});

import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test fails on a console error or an uncaught page error: a user would not see them,
 * but they mean something broke.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(err.message));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The phone every phone-width test uses: an iPhone-sized touch screen (375 × 812 CSS px). */
export const PHONE = {
  viewport: { width: 375, height: 812 },
  hasTouch: true,
  isMobile: true,
} as const;

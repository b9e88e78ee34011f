/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Tests of pure modules, run without a DOM. */
const NODE_TESTS = ['test/model/**/*.test.ts', 'test/catalog/**/*.test.ts'];

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    env: { TZ: 'UTC' },
    restoreMocks: true,
    projects: [
      {
        // Pure code needs no DOM: node starts in a fraction of jsdom's time.
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: NODE_TESTS,
          setupFiles: ['./test/console-guard.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...NODE_TESTS, 'test/e2e/**', 'node_modules/**'],
          setupFiles: ['./test/setup.ts'],
        },
      },
    ],
  },
});

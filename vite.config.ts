/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin, Rollup } from 'vite';

/**
 * Puts the entry's stylesheet into index.html: the first paint then waits for no second request
 * (about 2 KB gzip, far cheaper than a round trip on a phone network). Lazy chunks keep their own
 * CSS files.
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite's own hooks, which write the lists of files each lazy import preloads.
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
        html.source = html.source.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/index-[^"]+\.css)"[^>]*>/,
          (tag, file: string) => {
            const css = bundle[file];
            if (!css || css.type !== 'asset') return tag;
            delete bundle[file];
            forgetDeletedCss(bundle, file);
            return `<style>${String(css.source)}</style>`;
          },
        );
      },
    },
  };
}

/**
 * A lazy chunk that itself imports another lazily (the risk section's fan chart, the comparison's
 * chart) lists the entry's stylesheet among the files to preload first. That file is now inlined
 * and gone, so the preload would fail with a 404 and the import with it. The entry's script stands
 * in for it: it is loaded already, so preloading it again costs nothing. (Swapped, not removed:
 * the lists are addressed by position.)
 */
function forgetDeletedCss(bundle: Rollup.OutputBundle, css: string) {
  const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
  if (!entry) return;
  for (const item of Object.values(bundle)) {
    if (item.type === 'chunk' && item.code.includes(css)) {
      item.code = item.code.split(`"${css}"`).join(`"${entry.fileName}"`);
    }
  }
}

/** Tests of pure modules, run without a DOM. */
const NODE_TESTS = ['test/model/**/*.test.ts', 'test/catalog/**/*.test.ts'];

export default defineConfig({
  plugins: [react(), inlineEntryCss()],
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

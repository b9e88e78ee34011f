/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { OutputBundle, PluginContext } from 'rolldown';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';
import { eagerCommonJs } from './scripts/eager-commonjs.mjs';
import { basePath, contentSecurityPolicy, headersFile } from './scripts/static-hosting.mjs';

/** The path the site is served under: `BASE_PATH=/fine-tune-or-prompt/ npm run build`. */
const BASE = basePath(process.env.BASE_PATH);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A lazy chunk that imports from the entry chunk lists the entry's stylesheet among the files to
 * preload before it runs. Once that file is inlined and gone, the preload is a 404 on a real host
 * and the chunk's import fails. Vite's preload list is indexed, so the name is swapped for the
 * entry script's, which the page has already loaded (preloading it again is a no-op).
 */
function forgetStylesheet(bundle: OutputBundle, cssFile: string) {
  const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry);
  if (!entry) throw new Error('The bundle has no entry chunk.');
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    chunk.code = chunk.code.replaceAll(JSON.stringify(cssFile), JSON.stringify(entry.fileName));
    if (chunk.code.includes(cssFile)) throw new Error(`${chunk.fileName} still loads ${cssFile}`);
  }
}

/**
 * Puts the entry's stylesheet into index.html: the first paint then waits for no second request
 * (about 2 KB gzip, far cheaper than a round trip on a phone network). Lazy chunks keep their own
 * CSS files. Then ships the Content-Security-Policy: as a <meta> in index.html, allowing that
 * inline stylesheet by its hash, and as a `_headers` file for hosts that send headers.
 */
function inlineEntryCssAndPolicy(): Plugin {
  let base = '/';
  return {
    name: 'inline-entry-css-and-policy',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    // 'post': after Vite has written each chunk's preload list.
    generateBundle: { order: 'post', handler: generate },
  };
  function generate(this: PluginContext, _options: unknown, bundle: OutputBundle) {
    const html = bundle['index.html'];
    if (!html || html.type !== 'asset' || typeof html.source !== 'string') return;
    const styleHashes: string[] = [];
    const link = new RegExp(
      `<link rel="stylesheet"[^>]*href="${escapeRegExp(base)}(assets/index-[^"]+\\.css)"[^>]*>`,
    );
    html.source = html.source.replace(link, (tag, file: string) => {
      const css = bundle[file];
      if (!css || css.type !== 'asset') return tag;
      delete bundle[file];
      forgetStylesheet(bundle, file);
      const text = String(css.source);
      styleHashes.push(createHash('sha256').update(text).digest('base64'));
      return `<style>${text}</style>`;
    });
    const policy = contentSecurityPolicy({ styleHashes });
    html.source = html.source.replace(
      /<meta charset="UTF-8" \/>/,
      `$&\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    );
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(policy, base) });
  }
}

/**
 * React DOM (and every other CommonJS module) compiled while its chunk streams in, not at its first
 * call on the main thread: see scripts/eager-commonjs.mjs for why and what it measured.
 */
function eagerCommonJsModules(): Plugin {
  return {
    name: 'eager-commonjs-modules',
    apply: 'build',
    renderChunk(code, chunk) {
      const { code: rewritten, count } = eagerCommonJs(code);
      // React is CommonJS: a core chunk without a wrapper means the bundler's output changed.
      if (chunk.name === 'core' && count === 0)
        this.error(
          'No CommonJS wrapper found in the core chunk: update scripts/eager-commonjs.mjs.',
        );
      return count > 0 ? { code: rewritten, map: null } : null;
    },
  };
}

/** Tests of pure modules, run without a DOM (jsdom's set-up costs every test file about a second). */
const NODE_TESTS = [
  'test/import-cycles.test.ts',
  'test/model/**/*.test.ts',
  'test/catalog/**/*.test.ts',
  'test/scripts/**/*.test.ts',
  'test/charts/log-ticks.test.ts',
  'test/charts/chart-summaries.test.ts',
  'test/components/memo/memo-markdown.test.ts',
  'test/components/start-month.test.ts',
  'test/export/csv.test.ts',
  'test/risk/client.test.ts',
  'test/state/presets.test.ts',
  'test/state/saved-library.test.ts',
  'test/state/store.test.ts',
  'test/state/other-models.test.ts',
  'test/state/chart-selectors.test.ts',
  'test/tokens/**/*.test.ts',
  // Not sync.test.ts: it drives the address bar of jsdom's window.
  'test/url/{bad-links,compact-text,fuzz,golden,keys,length,migrate,prices,query,risk-params,roundtrip}.test.ts',
  'test/workers/script-url.test.ts',
];

export default defineConfig({
  base: BASE,
  plugins: [react(), eagerCommonJsModules(), inlineEntryCssAndPolicy()],
  build: {
    target: 'es2022',
    // Every browser the es2022 target allows supports <link rel="modulepreload"> natively
    // (Safari since 17): the polyfill was ~0.4 KB gzip of the first load for nobody.
    // The first load's files keep their preload links in index.html; a lazy part does not get
    // them. Vite added a <link> to the page for each file a lazy part needs, about 40 in the
    // first seconds, each a few milliseconds of the main thread (28 ms in all at normal CPU),
    // and listed every lazy part's files in the first load (−732 B gzip without). On a slow
    // network (150 ms, 1.6 Mbps, 4× CPU) the lazy parts arrived no later without them, and
    // Lighthouse's blocking time fell (median 146 → 106 ms in 12 runs each; docs/benchmarks.md).
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // Code both the first load and lazy parts use (React, the store, the model's core)
              // otherwise lands in a dozen tiny shared chunks, each paying its own request and
              // gzip overhead on the first load: one chunk instead (measured: −1.9 KB gzip).
              // KeyFigures joins it because it reads a dozen of format.ts's texts: in core they
              // are local names, not imports across chunks (measured: −55 B gzip). redeploy.ts
              // joins it since lazy parts read the store themselves: otherwise it became a
              // fourth first-load file of its own (measured: 92,178 → 92,050 B gzip). zustand's
              // shallow helpers stay with the lazy parts that use them (+280 B gzip otherwise), and
              // so does model/validate.ts: only the link codec and the presets read it (−604 B gzip).
              name: 'core',
              test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/](?!esm[\\/](react[\\/]|vanilla[\\/])?shallow)|[\\/]src[\\/](state[\\/](store|selectors|memo|last-input)|model[\\/](fields[\\/][a-z-]+|scenario|format|digits|units|months|month-row|unit-costs|calculate|break-even|advise[a-z-]*|advice-types|field-check|risk-settings)|catalog[\\/](fields|default-fill|overrides))\.ts|[\\/]src[\\/]components[\\/](KeyFigures\.tsx|redeploy\.ts)/,
            },
          ],
        },
      },
    },
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
          setupFiles: ['./test/console-guard.ts', './test/store-reset.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // Rendering the page or a chart under jsdom takes 2 – 6 s for some tests on this 2-core
          // machine when it is busy (the first lazy import of recharts, the whole app), against
          // the 5 s default, which a slower CI machine would miss. Many tests here already set
          // 20 – 90 s for the same reason.
          testTimeout: 30_000,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...NODE_TESTS, 'test/e2e/**', 'node_modules/**'],
          setupFiles: ['./test/store-reset.ts', './test/setup.ts'],
        },
      },
    ],
  },
});

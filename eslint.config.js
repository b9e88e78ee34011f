// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

/** Layers: model ← (catalog, url, state) ← (components, charts) ← app. */
const layerZones = [
  // The cost model is pure: it may import nothing else from src.
  {
    target: './src/model',
    from: './src',
    except: ['./model'],
    message: 'src/model is pure: it imports nothing else from src.',
  },
  {
    target: './src/catalog',
    from: ['./src/state', './src/url', './src/components', './src/charts', './src/app'],
  },
  { target: './src/url', from: ['./src/state', './src/components', './src/charts', './src/app'] },
  { target: './src/state', from: ['./src/components', './src/charts', './src/app'] },
  { target: './src/components', from: ['./src/app'] },
  { target: './src/charts', from: ['./src/app', './src/components'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      '.reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Skips `import type` (no option turns that on); test/import-cycles.test.ts counts those too.
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      // One import style: relative imports name the file with its extension.
      'import-x/extensions': ['error', 'ignorePackages', { checkTypeImports: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
);

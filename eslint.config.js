// @ts-check
import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports point one way: app → features → charts / data / ui → domain (HOUSE_STYLE.md §1).
 * Each zone lists what a layer may not import.
 */
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/app', './src/features', './src/charts', './src/data', './src/ui', './src/mocks'],
    message: 'domain/ is pure: no React, no DOM, no higher layer.',
  },
  {
    target: './src/charts',
    from: ['./src/app', './src/features', './src/data'],
    message: 'charts/ may use ui/ and domain/ only.',
  },
  {
    target: './src/data',
    from: ['./src/app', './src/features', './src/charts', './src/ui'],
    message: 'data/ may use domain/ only.',
  },
  {
    target: './src/ui',
    from: ['./src/app', './src/features', './src/charts', './src/data'],
    message: 'ui/ may use domain/ only.',
  },
  { target: './src/features', from: ['./src/app'], message: 'features/ must not import app/.' },
  {
    target: './src',
    from: ['./src/mocks', './src/test'],
    except: [],
    message: 'only tests import mocks/ and test/.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-years',
      'coverage',
      'test-results',
      'playwright-report',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': 'error',
      // Relative imports name their file, so Node (scripts, the Vite config) resolves them too.
      'import-x/extensions': ['error', 'always', { ignorePackages: true, checkTypeImports: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use a string-literal union or `as const` (HOUSE_STYLE §5).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Only the ECharts module imports ECharts itself (HOUSE_STYLE §8).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/charts/echarts.ts', 'src/charts/echarts-canvas.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^echarts(/.*)?$', message: 'Import ECharts through src/charts/echarts.ts.' },
            {
              regex: '^echarts-for-react(/.*)?$',
              message: 'Render charts with src/charts/chart.tsx.',
            },
          ],
        },
      ],
    },
  },
  {
    // domain/ is plain TypeScript: no React, no ECharts (HOUSE_STYLE §2).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(react|react-dom|@tanstack/.*)(/.*)?$', message: 'domain/ has no React.' },
            { regex: '^echarts(-for-react)?(/.*)?$', message: 'domain/ has no ECharts.' },
          ],
        },
      ],
    },
  },
  {
    // Tests and mocks may import mocks; production code may not.
    files: ['src/**/*.test.{ts,tsx}', 'src/mocks/**', 'src/test/**'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones.slice(0, -1) }] },
  },
  {
    // Tool configs must default-export; Node scripts run outside the browser.
    files: ['*.config.{ts,js}', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);

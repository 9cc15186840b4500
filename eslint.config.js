import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED = ['components', 'lib', 'data', 'state', 'contract', 'i18n', 'security'];
const TESTS = ['**/*.test.{ts,tsx}', '**/*.test-utils.{ts,tsx}'];

/**
 * The boundaries of the code (README, "Layout"): a feature never imports another feature, and only
 * src/app, where features meet, imports them; the shared layers never import a feature or the app;
 * the real-data pipeline never imports the demo generator. Tests may also import src/app, to render
 * the whole app (src/app/renderAppAt.test-utils.tsx).
 */
function boundaryZones({ tests }) {
  return [
    ...features.map((feature) => ({
      target: `./src/features/${feature}`,
      from: './src/features',
      except: [`./${feature}`],
      message: 'A feature never imports another feature: move what both need to src/components (UI) or src/lib (logic), or compose them in src/app.',
    })),
    ...(tests
      ? []
      : [
          {
            target: './src/features',
            from: './src/app',
            message: 'A feature never imports the app: let src/app pass it what it needs (props, children).',
          },
        ]),
    {
      target: SHARED.map((dir) => `./src/${dir}`),
      from: ['./src/features', './src/app'],
      message: `src/{${SHARED.join(',')}} never import a feature or the app: they are what features are built on.`,
    },
    { target: './pipeline/real', from: './pipeline/demo', message: 'The real-data pipeline never imports the demo generator (synthetic data).' },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'mocks/mockServiceWorker.js', 'test-results', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'pipeline/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones({ tests: false }) }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: TESTS.flatMap((pattern) => [`src/${pattern}`, `pipeline/${pattern}`]),
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaryZones({ tests: true }) }] },
  },
);

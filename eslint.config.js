// Lint rules, including the layering: app/ is the core and imports neither main/ nor renderer/;
// main/ and renderer/ meet only through app/ipc/contract.ts and the preload, which imports only app/ipc.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const layer = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default ts.config(
  { ignores: ['.tmp/', 'dist/', 'out/', 'release/', 'test-results/', 'playwright-report/', 'node_modules/'] },
  js.configs.recommended,
  ...ts.configs.strict,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // The web specs run with e2e/fixtures.ts's test (animations played fast unless a spec is about motion).
    files: ['e2e/**/*.spec.ts'],
    ignores: ['e2e/electron.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Web specs import test from './fixtures'.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['app/**/*.ts'],
    ignores: ['app/**/*.test.ts'],
    rules: layer([
      {
        group: ['electron', 'electron/*', 'electron-log', 'electron-log/*'],
        message: 'app/ is the pure core: no Electron.',
      },
      {
        group: ['svelte', 'svelte/*', 'svelte-i18n', 'layercake'],
        message: 'app/ is the pure core: no Svelte.',
      },
      {
        group: ['node:*', 'fs', 'path', 'os', 'child_process'],
        message: 'app/ is the pure core: no Node APIs.',
      },
      { group: ['**/main/**', '**/renderer/**'], message: 'app/ must not import main/ or renderer/.' },
    ]),
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/**/*.test.ts'],
    rules: layer([
      { group: ['**/renderer/**'], message: 'main/ meets the renderer only through app/ipc/contract.ts.' },
      { group: ['svelte', 'svelte/*', 'svelte-i18n', 'layercake'], message: 'main/ has no UI code.' },
    ]),
  },
  {
    // The preload is bundled alone into the sandboxed page: only the IPC contract and Electron go in.
    files: ['main/preload.ts'],
    rules: layer([
      {
        regex: '^(?!electron$|\\.\\./app/ipc/[\\w-]+$)',
        message: 'main/preload.ts may import only app/ipc and electron.',
      },
    ]),
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: ['renderer/**/*.test.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: layer([
      {
        group: ['**/main/**'],
        message: 'renderer/ meets main only through bridge.ts and the preload contract.',
      },
      {
        group: ['electron', 'electron/*', 'electron-log', 'electron-log/*'],
        message: 'renderer/ never touches Electron.',
      },
      { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: 'renderer/ never touches Node.' },
    ]),
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const noElectron = { name: 'electron', message: 'Only src/main and src/preload may touch Electron.' };
const noReact = [
  { name: 'react', message: 'Domain code never imports React.' },
  { name: 'react-dom', message: 'Domain code never imports React.' },
];
// Which layer may import which. The rule resolves every import to a file, so a relative path of
// any depth is caught (tests/unit/lint/layer-boundaries.test.ts proves it on each boundary).
const zone = (target, forbidden, message) => ({ target, from: forbidden, message });
const layerZones = [
  zone(
    'src/renderer',
    ['src/core', 'src/main', 'src/web', 'src/preload'],
    'The renderer talks to the core only through the contract (src/shared).',
  ),
  zone(
    'src/core',
    ['src/renderer', 'src/main', 'src/web', 'src/preload'],
    'The core serves the desktop app and the browser host alike: of ours it imports only src/shared.',
  ),
  zone(
    'src/shared',
    [
      'src/core',
      'src/main',
      'src/web',
      'src/renderer',
      'src/preload',
      'locales',
      'tests',
      'scripts',
      'bench',
    ],
    'src/shared imports nothing of ours outside src/shared.',
  ),
  zone(
    'src/main',
    ['src/renderer', 'src/web', 'src/preload'],
    'src/main imports only src/core and src/shared.',
  ),
  zone(
    'src/web',
    ['src/renderer', 'src/main', 'src/preload'],
    'src/web imports only src/core and src/shared.',
  ),
  zone(
    'src/preload',
    ['src/core', 'src/main', 'src/web', 'src/renderer'],
    'The preload script imports only src/shared.',
  ),
];

const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'IPC is bound from the contract in src/main/ipc.ts and src/preload/index.ts only.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'resources/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [rawIpc] }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }],
    },
  },
  {
    // Promises in the app are awaited or handed to something that handles their failure.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, ...noReact],
          patterns: [
            { group: ['node:*'], message: 'Shared code runs in the renderer too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**', 'src/web/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron, ...noReact] }] },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser: no Node modules.' }],
        },
      ],
    },
  },
  {
    // Playwright reads a fixture's dependencies from an object pattern, even an empty one.
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/main/ipc.ts', 'src/preload/index.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noElectron = { name: 'electron', message: 'Only src/main and src/preload may touch Electron.' };
const noReact = [
  { name: 'react', message: 'Domain code never imports React.' },
  { name: 'react-dom', message: 'Domain code never imports React.' },
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
          patterns: [
            {
              group: ['node:*', '**/src/core/**', '../../core/**', '../core/**', '**/src/main/**'],
              message: 'The renderer talks to the core only through the contract.',
            },
          ],
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

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '.tmp/**',
      'out/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Pure logic, used by every process: no UI, no database, no Electron, no Node.
    files: ['src/shared/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/shared stays free of React.',
            },
            {
              group: ['dexie', 'dexie-*'],
              message: 'src/shared stays free of Dexie: storage lives in src/renderer/src/storage.',
            },
            { group: ['electron', 'electron/*'], message: 'src/shared stays free of Electron.' },
            { group: ['node:*'], message: 'Code that needs Node leaves src/shared (e.g. for src/main).' },
          ],
        },
      ],
    },
  },
  {
    // One storage layer: only src/renderer/src/storage talks to Dexie.
    files: ['src/renderer/**/*'],
    ignores: ['src/renderer/src/storage/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['dexie', 'dexie-*'], message: 'Only src/renderer/src/storage touches Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.tsx', 'src/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);

// Lint rules, including the layer rules of the architecture: the engine and the data know nothing
// of the DOM or extension APIs; content/ and the UI pages do not import each other.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const EXTENSION_APIS = ['webextension-polyfill', 'preact', 'preact/*', '@floating-ui/*'];
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'chrome',
  'browser',
  'location',
  'localStorage',
  'HTMLElement',
  'Element',
  'Node',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      '.scratch/',
      '.scratch*',
      'test/fixtures/**/vendor/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __MAXIM_TARGET__: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Maxim makes no network request.' },
        { name: 'XMLHttpRequest', message: 'Maxim makes no network request.' },
        { name: 'WebSocket', message: 'Maxim makes no network request.' },
      ],
    },
  },
  {
    // The engine and the dataset: pure TypeScript that runs in Node, the content script and the pages.
    files: ['src/engine/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: EXTENSION_APIS,
              message: 'src/engine and src/data use no DOM, UI or extension API.',
            },
            {
              group: ['node:*'],
              message: 'src/engine and src/data run in the browser too: no Node modules.',
            },
            {
              group: [
                '**/content/**',
                '**/settings/**',
                '**/messaging/**',
                '**/background/**',
                '**/popup/**',
                '**/options/**',
                '**/ui/**',
                '**/cli/**',
              ],
              message: 'Layers point inward: the engine imports nothing of its users.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'src/engine and src/data use no DOM or extension API.',
        })),
      ],
    },
  },
  {
    // The content script does not reach into the extension pages.
    files: ['content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/popup/**', '**/options/**', '**/background/**', '**/cli/**'],
              message: 'content/ uses src/engine, src/settings, src/messaging and src/ui only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The extension pages and the shared UI do not reach into the content script.
    files: [
      'src/popup/**',
      'src/options/**',
      'src/ui/**',
      'src/background/**',
      'src/settings/**',
      'src/messaging/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/content/**', '../../content/*'],
              message: 'Only content/ may import content/.',
            },
            { group: ['**/cli/**'], message: 'The CLI is a Node tool.' },
          ],
        },
      ],
    },
  },
  {
    // The welcome page runs the content script's real session on its try-it field (content scripts
    // do not run on extension pages); it reaches into no other page and not into the worker.
    files: ['src/welcome/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/popup/**', '**/options/**', '**/background/**', '**/cli/**'],
              message: 'src/welcome uses content/, src/ui, src/settings and src/messaging only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI and the build/test scripts run in Node, where fetch would be a network request too.
    files: ['scripts/**', 'bench/**', 'src/cli/**', 'test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
);

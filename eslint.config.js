// Lint enforces the boundaries of ../shared/style.md: the engine imports no UI,
// DOM or heavy library; `yaml` only behind engine/api/yaml; no import cycles;
// files capped at 800 lines; time and randomness only through engine/clock.
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

const uiLibraries = ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'monaco-editor', 'monaco-editor/*', 'monaco-yaml', '@xterm/*', 'd3', 'd3-*', 'i18next', 'react-i18next', 'markdown-it', 'dompurify'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', '**/*.generated.ts', 'src/engine/kubectl/help/texts.ts'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    plugins: { '@typescript-eslint': tseslint.plugin, 'import-x': importX },
    rules: {
      'no-debugger': 'error',
      'no-dupe-keys': 'error',
      'no-unreachable': 'error',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testdata/**'],
    rules: { 'max-lines': ['error', { max: 800, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/engine must stay pure TypeScript: no UI libraries.' },
            { group: ['**/ui/*', '**/ui', '**/lessons/*', '**/node/*'], message: 'src/engine imports nothing from ui, lessons or node.' },
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/engine runs in a browser worker: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the cluster\'s SeededRandom (engine/clock).' },
        { object: 'Date', property: 'now', message: 'Use the VirtualClock (engine/clock).' },
        { object: 'performance', property: 'now', message: 'Use the VirtualClock (engine/clock).' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Use VirtualClock.setTimeout.' },
        { name: 'setInterval', message: 'Use VirtualClock timers.' },
        { name: 'document', message: 'No DOM in the engine.' },
        { name: 'window', message: 'No DOM in the engine.' },
      ],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    ignores: ['src/engine/api/yaml.ts', 'src/engine/api/yaml/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiLibraries, message: 'src/engine must stay pure TypeScript: no UI libraries.' },
            { group: ['**/ui/*', '**/ui', '**/lessons/*', '**/node/*'], message: 'src/engine imports nothing from ui, lessons or node.' },
            { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/engine runs in a browser worker: no Node built-ins.' },
          ],
          paths: [{ name: 'yaml', message: 'Only engine/api/yaml.ts adapts the yaml package.' }],
        },
      ],
    },
  },
  {
    // The worker adapter is the one engine file that owns real timers.
    files: ['src/engine/worker.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/ui/**/*.ts', 'src/ui/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/engine/*', '**/engine/**', '!**/engine/protocol', '!**/engine/protocol/*', '!**/engine/protocol/**'],
              message: 'The UI reaches the engine only through src/engine/protocol.',
            },
          ],
        },
      ],
    },
  },
);

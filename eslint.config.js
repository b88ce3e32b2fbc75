// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads']

/** Each folder runs in one environment; these rules keep imports honest (style.md, convention 1). */
const restrict = (patterns) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: patterns.map((group) => ({
        group,
        message:
          'This folder must stay environment-pure (see docs/architecture in design.md section 2).',
      })),
    },
  ],
})

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      '.artifacts/**',
      'bench-results/**',
      'tests/fixtures/**',
      '**/.tmp-*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Focused tests silence the suite.' },
        { object: 'describe', property: 'only', message: 'Focused tests silence the suite.' },
        { object: 'test', property: 'only', message: 'Focused tests silence the suite.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: restrict([
      [
        'electron',
        'electron/*',
        ...nodeBuiltins,
        'react',
        'react-dom',
        '**/core/**',
        '**/main/**',
        '**/renderer/**',
      ],
    ]),
  },
  {
    files: ['src/core/**/*.ts'],
    rules: restrict([['electron', 'electron/*', 'react', '**/main/**', '**/renderer/**']]),
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: restrict([[...nodeBuiltins, '**/core/**', '**/main/**', '**/renderer/**', 'zod']]),
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        [
          'electron',
          'electron/*',
          ...nodeBuiltins,
          '**/core/**',
          '**/main/**',
          'better-sqlite3',
          'libsodium-wrappers-sumo',
        ],
      ]),
    },
  },
)

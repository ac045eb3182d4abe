/** ESLint: typescript-eslint + React hooks; layer rules keep src/core pure and services and jobs off adapters. */
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'plugin:react-hooks/recommended'],
  settings: { react: { version: '18' } },
  env: { es2022: true, node: true, browser: true },
  rules: {
    '@typescript-eslint/no-explicit-any': 'error',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    'react/jsx-key': 'error',
    'no-control-regex': 'off'
  },
  overrides: [
    {
      files: ['src/core/**/*.ts'],
      rules: {
        'no-restricted-imports': [
          'error',
          { patterns: ['@tarojs/*', '@cloudbase/*', 'better-sqlite3', 'fs', 'path', 'crypto', 'node:*', 'react', '**/cloudfunctions/**'] }
        ]
      }
    },
    {
      files: ['cloudfunctions/lib/services/**/*.ts', 'cloudfunctions/lib/router/**/*.ts', 'cloudfunctions/lib/jobs/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', { patterns: ['**/adapters/**', '@cloudbase/*', 'better-sqlite3'] }]
      }
    },
    {
      files: ['test/**/*.ts'],
      env: { jest: true }
    }
  ]
}

/** jest: swc for speed; one project, tests under test/ mirroring the source. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2020' } }]
  },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  // Each test file's better-sqlite3 registers its own error class (see the file).
  setupFiles: ['<rootDir>/test/setup/sqlite-realm.js'],
  testTimeout: 30000
}

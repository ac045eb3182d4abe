// better-sqlite3 registers its SqliteError class with the native addon once per process, from
// whichever test file loaded it first. Jest gives every test file its own realm, so in the other
// files a constraint error is an object of a foreign realm's Error and `rejects.toThrow()` says
// "did not throw". Clearing the flag lets each test file's copy of the library register its own.
const path = require('path')

try {
  const root = path.dirname(require.resolve('better-sqlite3/package.json'))
  const addon = require('bindings')({ bindings: 'better_sqlite3.node', module_root: root })
  addon.isInitialized = false
} catch {
  // better-sqlite3 not built: the store tests report that themselves.
}

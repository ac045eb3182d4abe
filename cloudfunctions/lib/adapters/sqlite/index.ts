export { openSqliteStore, type SqliteStoreOptions } from './store'
export { StoreLockedError } from './lock'
export { MIGRATIONS, SchemaTooNewError, latestVersion, migrate, type Migration } from './migrations'

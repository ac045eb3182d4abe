import { SYMBOL_CURRENT_ENV, init, type CloudBase } from '@cloudbase/node-sdk'
import type { CloudbaseDatabase } from './database'

let app: CloudBase | null = null

/**
 * The CloudBase app of the environment this function runs in, created on first use. Never at
 * import time: init() fires a network request, which tests and the local host must not make.
 */
export function getCloudbaseApp(): CloudBase {
  if (!app) app = init({ env: SYMBOL_CURRENT_ENV })
  return app
}

/** The environment's document database, in the shape the store adapter uses. */
export function getCloudbaseDatabase(): CloudbaseDatabase {
  return getCloudbaseApp().database()
}

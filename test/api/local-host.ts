import fs from 'fs'
import os from 'os'
import path from 'path'
import type { RunningHost } from '../../cloudfunctions/local/host'
import { startLocalHost } from '../../cloudfunctions/local/host'
import { silentLogger } from '../../cloudfunctions/lib/ports/logger.port'

/**
 * The local host in demo mode on a free port, over its own temporary data folder, for the tests of
 * one file: started before them, closed and its folders removed after. Read `host` and `dataDir`
 * inside the tests (they are set once the host has started).
 */
export function startTestHost(prefix: string): { host: RunningHost; dataDir: string } {
  const state = {} as { host: RunningHost; dataDir: string; staticDir: string }
  beforeAll(async () => {
    state.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
    state.staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'theory-h5-'))
    state.host = await startLocalHost({
      dataDir: state.dataDir,
      staticDir: state.staticDir,
      port: 0,
      host: '127.0.0.1',
      demoMode: true,
      log: silentLogger
    })
  })
  afterAll(async () => {
    await state.host?.close()
    fs.rmSync(state.dataDir, { recursive: true, force: true })
    fs.rmSync(state.staticDir, { recursive: true, force: true })
  })
  return state
}

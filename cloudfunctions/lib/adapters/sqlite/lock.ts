import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'fs'

/** Thrown when another live process already holds the database file. */
export class StoreLockedError extends Error {
  readonly code = 'STORE.LOCKED'
  constructor(
    readonly file: string,
    readonly pid: number | null
  ) {
    super(`数据库 ${file} 正被另一个进程（pid ${pid ?? '未知'}）使用，请先停止它再启动`)
    this.name = 'StoreLockedError'
  }
}

/** Lock files this process holds, so the exit hook can remove them and a reused pid is told apart. */
const held = new Set<string>()
let exitHookInstalled = false

function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  // 'exit' runs for normal ends and process.exit(); a kill -9 leaves the file, which the next
  // opener recognises as stale because its pid is gone.
  process.on('exit', () => {
    for (const path of held) tryUnlink(path)
  })
}

function tryUnlink(path: string): void {
  try {
    unlinkSync(path)
  } catch {
    // Already gone: nothing to release.
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** The pid recorded in a lock file, or null when it cannot be read (yet). */
function readPid(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

function isStale(path: string, pid: number | null): boolean {
  if (pid === null) {
    // A writer may be between creating the file and writing its pid: only an old empty file is stale.
    try {
      return Date.now() - statSync(path).mtimeMs > 5000
    } catch {
      return true
    }
  }
  // In a container the host is often pid 1 on every start: our own pid on a file we never took
  // is a leftover from a previous run, not a live holder.
  if (pid === process.pid) return !held.has(path)
  return !isAlive(pid)
}

/**
 * Takes `<file>.lock` for this process (single writer per database file) and returns its release.
 * A lock left behind by a dead process is taken over.
 */
export function acquireFileLock(file: string): () => void {
  const path = `${file}.lock`
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      try {
        writeSync(fd, String(process.pid))
      } finally {
        closeSync(fd)
      }
      held.add(path)
      installExitHook()
      let released = false
      return () => {
        if (released) return
        released = true
        held.delete(path)
        tryUnlink(path)
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = readPid(path)
      if (!isStale(path, pid)) throw new StoreLockedError(file, pid)
      // Re-check right before removing so we do not delete a lock another opener just took over.
      if (readPid(path) === pid) tryUnlink(path)
    }
  }
  throw new StoreLockedError(file, readPid(path))
}

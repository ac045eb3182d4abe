/**
 * A FIFO async mutex. better-sqlite3 has one connection and one transaction at a time, while our
 * transactions are async functions: without this, a second caller's statements would run inside
 * the first caller's open transaction.
 */
export class AsyncMutex {
  private held = false
  private readonly waiters: Array<() => void> = []

  get locked(): boolean {
    return this.held
  }

  /** Resolves once the caller owns the mutex. */
  acquire(): Promise<void> {
    if (!this.held) {
      this.held = true
      return Promise.resolve()
    }
    return new Promise((resolve) => this.waiters.push(resolve))
  }

  /** Hands the mutex straight to the next waiter, so nobody can barge in between. */
  release(): void {
    const next = this.waiters.shift()
    if (next) next()
    else this.held = false
  }

  /** Runs fn while owning the mutex. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire()
    try {
      return await fn()
    } finally {
      this.release()
    }
  }
}

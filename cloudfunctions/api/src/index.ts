import { cloudbaseIdentityResolver, createCloudbaseStore, getCloudbaseDatabase } from '../../lib/adapters/cloudbase'
import { systemClock } from '../../lib/ports/clock.port'
import { consoleLogger } from '../../lib/ports/logger.port'
import type { FunctionMain } from '../../lib/router/main'
import { createMain } from '../../lib/router/main'
import { createRouter } from '../../lib/router/router'

// The CloudBase entry of the `api` function: only wiring. Built lazily on the first call, because
// initialising the SDK at require time fires a network request (and breaks `require` in tests).
// One instance serves many calls, so the router and store are kept for the next invocation.
let entry: FunctionMain | null = null

function build(): FunctionMain {
  const store = createCloudbaseStore(getCloudbaseDatabase())
  const handle = createRouter({ store, clock: systemClock, log: consoleLogger, demoMode: false })
  return createMain(handle, cloudbaseIdentityResolver)
}

/** `exports.main`, as CloudBase calls it. */
export const main: FunctionMain = (event, context) => {
  if (!entry) entry = build()
  return entry(event, context)
}

import {
  cloudbaseIdentityResolver,
  createCloudbaseStore,
  getCloudbaseApp,
  getCloudbaseDatabase
} from '../../lib/adapters/cloudbase'
import { cloudFiles } from '../../lib/adapters/cloudbase/files/cloud-files'
import { cloudReports } from '../../lib/adapters/cloudbase/files/cloud-reports'
import { cloudbasePushSender, templatesFromEnv } from '../../lib/adapters/wechat'
import { systemClock } from '../../lib/ports/clock.port'
import { consoleLogger } from '../../lib/ports/logger.port'
import type { FunctionMain } from '../../lib/router/main'
import { createMain } from '../../lib/router/main'
import { createRouter } from '../../lib/router/router'
import { checkInWindowFromEnv } from '../../lib/services/meeting/meeting.token'

// The CloudBase entry of the `api` function: only wiring. Built lazily on the first call, because
// initialising the SDK at require time fires a network request (and breaks `require` in tests).
// One instance serves many calls, so the router and store are kept for the next invocation.
let entry: FunctionMain | null = null

function build(): FunctionMain {
  const store = createCloudbaseStore(getCloudbaseDatabase())
  const files = cloudFiles(getCloudbaseApp())
  const reports = cloudReports(getCloudbaseApp())
  // The check-in secret is set on the function (cloudbaserc.json fills it from the deploying shell), never in the client.
  const meetings = { attendanceSecret: process.env.CHECKIN_SECRET || undefined, checkInWindow: checkInWindowFromEnv(process.env) }
  // WX_SUBSCRIBE_TEMPLATES (cloudbaserc.json, filled by npm run deploy): invalid JSON fails here, naming the field.
  const subscribe = templatesFromEnv(process.env)
  // 立即运行 (reminders.run) runs the reminders job here too, so it sends through the same sender.
  const push = cloudbasePushSender(subscribe, store, getCloudbaseApp())
  const handle = createRouter({
    store,
    clock: systemClock,
    log: consoleLogger,
    demoMode: false,
    files,
    reports,
    subscribe,
    push,
    ...meetings
  })
  return createMain(handle, cloudbaseIdentityResolver)
}

/** `exports.main`, as CloudBase calls it. */
export const main: FunctionMain = (event, context) => {
  if (!entry) entry = build()
  return entry(event, context)
}

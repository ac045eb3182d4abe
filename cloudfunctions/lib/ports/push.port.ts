import type { Push } from '../../../src/core/reminders/bundle'

// The one WeChat message a person may get a day (issue 9): the reminders job decides who gets which
// push and records what happened; a PushSender decides whether and how it reaches WeChat (the
// person's subscribe grants, the configured template, the person's OPENID, the Notifier).

/** What became of one push. */
export type PushOutcome =
  /** Delivered to WeChat (a one-time grant was spent, unless the template is long-term). */
  | { status: 'sent' }
  /** Not sent, and not to be retried today: the inbox alone carries it. */
  | { status: 'skipped'; reason: 'no-template' | 'no-grant' | 'no-openid' }
  /**
   * WeChat refused or could not be reached. `retry`: worth another try on a later run (never for
   * 43101, the user has no grant left). `permission`: the function may not call the open API
   * (config.json permissions.openapi not uploaded), which the scheduler reports plainly.
   */
  | { status: 'failed'; errcode: number; errmsg: string; retry: boolean; permission?: boolean }

export interface PushSender {
  /**
   * Sends a batch of pushes (one per person, already bundled), in order, and answers one outcome
   * per push in the same order. Reads what it needs for the whole batch at once (grants, OPENIDs),
   * never a query per person; a send is one open-API call each.
   */
  send(pushes: readonly Push[], now: Date): Promise<PushOutcome[]>
}

/** Where no subscribe template is configured: every push stays in the inbox. */
export const inboxOnlySender: PushSender = {
  async send(pushes) {
    return pushes.map(() => ({ status: 'skipped', reason: 'no-template' }) as const)
  }
}

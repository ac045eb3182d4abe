import type { Push } from '../../../../src/core/reminders/bundle'
import {
  messageData,
  pageOf,
  purposeOf,
  templateFor,
  type SubscribeTemplate,
  type SubscribeTemplates
} from '../../../../src/core/reminders/templates'
import type { Person } from '../../../../src/core/model'
import { ERR_NO_GRANT, type Notifier, type NotifyResult } from '../../ports/notifier.port'
import { inboxOnlySender, type PushOutcome, type PushSender } from '../../ports/push.port'
import type { Repositories } from '../../ports/store.port'
import type { SubscribeGrant } from '../../ports/subscribe.port'
import { grantIdOf } from '../../ports/subscribe.port'

export interface PushSenderDeps {
  templates: SubscribeTemplates
  /** The store (never a transaction: spend and refund are single atomic updates of their own). */
  repos: Pick<Repositories, 'people' | 'grants'>
  notifier: Notifier
  /**
   * Locally nobody has an OPENID (people log in with a phone code): the outbox then records the
   * person as `person:<id>`. On CloudBase a person without an OPENID is skipped.
   */
  requireOpenId?: boolean
}

/**
 * Sends each day's pushes as WeChat subscribe messages (issue 9). Per batch: the people and their
 * grants in one query each; per push: spend a one-time grant (a conditional decrement; a long-term
 * template needs the acceptance flag instead), send, and give the grant back when WeChat did not
 * take the message for a reason that was not the grant itself (43101 empties it instead).
 */
export function createPushSender(deps: PushSenderDeps): PushSender {
  const { templates, repos, notifier, requireOpenId = true } = deps
  return {
    async send(pushes, now) {
      if (pushes.length === 0) return []
      const ids = [...new Set(pushes.map((p) => p.personId))]
      const people = new Map((await repos.people.listByIds(ids)).map((p) => [p.id, p]))
      const grants = new Map((await repos.grants.listByPeople(ids)).map((g) => [g.id, g]))
      const at = now.toISOString()
      const outcomes: PushOutcome[] = []
      // In order, one open-API call at a time: WeChat's rate limits, and a predictable log.
      for (const push of pushes) {
        const template = templateFor(templates, purposeOf(push))
        outcomes.push(
          await sendOne(
            push,
            template,
            people.get(push.personId),
            grants.get(grantIdOf(push.personId, template.templateId)),
            now,
            at
          )
        )
      }
      return outcomes
    }
  }

  async function sendOne(
    push: Push,
    template: SubscribeTemplate,
    person: Person | undefined,
    grant: SubscribeGrant | undefined,
    now: Date,
    at: string
  ): Promise<PushOutcome> {
    if (!person) return { status: 'skipped', reason: 'no-openid' }
    const touser = person.openId ?? (requireOpenId ? null : `person:${person.id}`)
    if (!touser) return { status: 'skipped', reason: 'no-openid' }
    const { templateId, longTerm } = template
    if (longTerm) {
      if (!grant?.longTerm) return { status: 'skipped', reason: 'no-grant' }
      // No grant read in the batch means none to spend: skip the write; spend() is still the guard.
    } else if (!grant || grant.remaining <= 0 || !(await repos.grants.spend(person.id, templateId, at))) {
      return { status: 'skipped', reason: 'no-grant' }
    }
    let result: NotifyResult
    try {
      result = await notifier.send({
        personId: person.id,
        touser,
        templateId,
        page: pageOf(push.route, push.query),
        data: messageData(template, { title: push.title, body: push.body, at: now, count: push.keys.length })
      })
    } catch (error) {
      result = { ok: false, errcode: -1, errmsg: error instanceof Error ? error.message : String(error), retry: true }
    }
    if (result.ok) return { status: 'sent' }
    if (result.errcode === ERR_NO_GRANT) {
      // WeChat has none left (or the long-term one was turned off): ours say so too, no retry.
      await repos.grants.exhaust(person.id, templateId, at)
    } else if (!longTerm) {
      // Not delivered, so WeChat did not use the person's grant: give ours back.
      await repos.grants.refund(person.id, templateId, at)
    }
    const { errcode, errmsg, retry, permission } = result
    return { status: 'failed', errcode, errmsg, retry, ...(permission ? { permission } : {}) }
  }
}

/** The PushSender for a runtime: inbox only without templates, else WeChat through the notifier. */
export function pushSenderFor(
  templates: SubscribeTemplates | null,
  repos: PushSenderDeps['repos'],
  notifier: Notifier,
  options: { requireOpenId?: boolean } = {}
): PushSender {
  return templates ? createPushSender({ templates, repos, notifier, ...options }) : inboxOnlySender
}

import type { Clock } from '../../ports/clock.port'
import type { Notifier } from '../../ports/notifier.port'
import type { OutboxRepository } from '../../ports/outbox.port'
import { newId } from '../../util/ids'

/**
 * The local host's Notifier: records what would have gone to WeChat in the outbox (shown on the
 * admin's 提醒 page) and answers as WeChat would for a delivered message.
 */
export function outboxNotifier(outbox: OutboxRepository, clock: Clock): Notifier {
  return {
    async send(message) {
      await outbox.add({
        id: newId(),
        personId: message.personId,
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        at: clock.now().toISOString()
      })
      return { ok: true }
    }
  }
}

import {
  DEMO_TEMPLATES,
  TEMPLATES_ENV,
  parseSubscribeTemplates,
  type SubscribeTemplates
} from '../../../../src/core/reminders/templates'
import type { Clock } from '../../ports/clock.port'
import type { PushSender } from '../../ports/push.port'
import type { Repositories } from '../../ports/store.port'
import { pushSenderFor } from '../../services/subscribe/push-sender'
import { openApiNotifier, type WxOpenApiCaller } from './openapi-notifier'
import { outboxNotifier } from './outbox-notifier'

export { openApiNotifier, type WxOpenApiCaller } from './openapi-notifier'
export { outboxNotifier } from './outbox-notifier'

/**
 * The functions' templates: WX_SUBSCRIBE_TEMPLATES as JSON, null when unset (inbox only). An
 * invalid value throws TemplatesConfigError naming the field, when the function starts.
 */
export function templatesFromEnv(env: NodeJS.ProcessEnv): SubscribeTemplates | null {
  return parseSubscribeTemplates(env[TEMPLATES_ENV])
}

/** The local host's templates: the env var when set, else the demo ones (so the outbox shows the path). */
export function localTemplates(env: NodeJS.ProcessEnv): SubscribeTemplates {
  return templatesFromEnv(env) ?? DEMO_TEMPLATES
}

/** CloudBase: WeChat's subscribeMessage.send through the function's cloud call; inbox only without templates. */
export function cloudbasePushSender(
  templates: SubscribeTemplates | null,
  store: Pick<Repositories, 'people' | 'grants'>,
  app: WxOpenApiCaller
): PushSender {
  return pushSenderFor(templates, store, openApiNotifier(app))
}

/** The local host: what would be sent goes to the outbox; people without an OPENID are recorded by id. */
export function localPushSender(
  templates: SubscribeTemplates,
  store: Pick<Repositories, 'people' | 'grants' | 'outbox'>,
  clock: Clock
): PushSender {
  return pushSenderFor(templates, store, outboxNotifier(store.outbox, clock), { requireOpenId: false })
}

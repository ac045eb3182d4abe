import type { HandlerTable } from './context'

export const systemHandlers: Pick<HandlerTable, 'system.ping'> = {
  async 'system.ping'(_input, ctx) {
    return { now: ctx.now.toISOString() }
  }
}

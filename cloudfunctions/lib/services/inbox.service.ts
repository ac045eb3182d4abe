import { AppError, type InboxItemView } from '../../../src/core/contract'
import { INBOX_PAGE } from '../../../src/core/contract/inbox.contract'
import type { InboxItem } from '../../../src/core/model'
import type { HandlerTable } from './context'
import { callerOf } from './context'

const viewOf = (item: InboxItem): InboxItemView => ({
  id: item.id,
  title: item.title,
  body: item.body,
  route: item.route,
  createdAt: item.createdAt,
  read: item.readAt !== null
})

export const inboxHandlers: Pick<HandlerTable, 'inbox.list' | 'inbox.read'> = {
  async 'inbox.list'(_input, ctx) {
    const person = callerOf(ctx)
    const items = await ctx.repos.inbox.listByPerson(person.id, INBOX_PAGE)
    const unread = await ctx.repos.inbox.countUnread(person.id)
    return { items: items.map(viewOf), unread }
  },

  async 'inbox.read'(input, ctx) {
    const person = callerOf(ctx)
    const item = await ctx.repos.inbox.get(input.id)
    // Someone else's reminder is answered like a missing one.
    if (!item || item.personId !== person.id) throw new AppError('NOT_FOUND', '找不到这条提醒', { field: 'id' })
    const read = await ctx.repos.inbox.markRead(item.id, ctx.now.toISOString())
    return viewOf(read ?? item)
  }
}

/**
 * What the local host's notifier would have sent to WeChat (issue 9): the local stand-in for
 * subscribeMessage.send, shown on the admin's 提醒 page so the whole path is testable offline.
 */
export interface OutboxMessage {
  id: string
  personId: string
  /** Where WeChat would have sent it: the OPENID, or `person:<id>` locally where there is none. */
  touser: string
  templateId: string
  /** The page the message opens, with its query. */
  page: string
  data: Record<string, { value: string }>
  at: string
}

export interface OutboxRepository {
  add(message: OutboxMessage): Promise<void>
  /** The newest messages first, at most `limit`. */
  latest(limit: number): Promise<OutboxMessage[]>
}

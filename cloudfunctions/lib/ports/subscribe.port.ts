import type { SubscribeResult } from '../../../src/core/reminders/templates'
import { sha256 } from '../util/ids'

// A person's WeChat subscribe-message grants (issue 9), one document per (person, template). A
// one-time template allows one message per accepted request ("用户自主订阅后，开发者可不限时间地下发一条":
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/subscribe-message.html),
// so `remaining` counts accepted requests not yet spent. Grant and spend are single atomic updates
// of that one document (an increment; a decrement only where remaining > 0), never a read first.

export interface SubscribeGrant {
  /** grantIdOf(personId, templateId). */
  id: string
  personId: string
  templateId: string
  /** One-time grants not yet spent. */
  remaining: number
  /** A long-term template the person accepted (and has not turned off since: 43101 clears it). */
  longTerm: boolean
  /** The last answer the person gave for this template. */
  lastResult: SubscribeResult | null
  updatedAt: string
}

/** The grant's id: the same on every store, so a grant can only ever be one document. */
export const grantIdOf = (personId: string, templateId: string): string => sha256(`grant:${personId}|${templateId}`)

export interface SubscribeGrantRepository {
  /** The person's grants (one per template they ever answered). */
  listByPerson(personId: string): Promise<SubscribeGrant[]>
  /** The grants of many people in one query (a batch of pushes), never a query per person. */
  listByPeople(personIds: readonly string[]): Promise<SubscribeGrant[]>
  /**
   * Records an answer: `accept` adds one to remaining (an atomic increment, creating the grant
   * when it is the first), and for a long-term template sets longTerm; `reject` clears longTerm;
   * every answer is kept as lastResult. Usable inside a transaction. Returns the grant as stored.
   */
  record(personId: string, templateId: string, result: SubscribeResult, longTerm: boolean, at: string): Promise<SubscribeGrant>
  /**
   * Spends one one-time grant: a conditional decrement that only matches where remaining > 0, so
   * two sends racing for the last grant cannot both win. True when one was spent. Not in a transaction.
   */
  spend(personId: string, templateId: string, at: string): Promise<boolean>
  /** Gives a spent grant back (the message did not go out). Not in a transaction. */
  refund(personId: string, templateId: string, at: string): Promise<void>
  /** WeChat says none is left (43101): remaining 0 and no long-term acceptance. Not in a transaction. */
  exhaust(personId: string, templateId: string, at: string): Promise<void>
}

// The slice of @cloudbase/node-sdk's database API this adapter uses, declared here so the adapter
// can run against the real SDK (app.database()) or the mingo-backed fake in the tests.

/** A query condition: a plain object of field → value/command, or a logic command. */
export type Condition = object

export interface CloudbaseQuery {
  where(condition: Condition): CloudbaseQuery
  orderBy(field: string, direction: 'asc' | 'desc'): CloudbaseQuery
  skip(offset: number): CloudbaseQuery
  /** get() returns 100 documents unless told, and never more than 1000. */
  limit(max: number): CloudbaseQuery
  field(projection: Record<string, boolean>): CloudbaseQuery
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total?: number }>
  /** Updates every matching document (the SDK's where-update is multi by default). Not in a transaction. */
  update(data: object): Promise<unknown>
  /** Deletes every matching document. Not in a transaction. */
  remove(): Promise<unknown>
}

/**
 * An aggregation pipeline (`collection.aggregate()`), never inside a transaction. end() answers
 * only 20 results unless a limit stage says otherwise, so always give one
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloudservice/wxcloud/reference-sdk-api/database/aggregate/Aggregate.limit.md).
 */
export interface CloudbaseAggregate {
  match(condition: Condition): CloudbaseAggregate
  group(spec: object): CloudbaseAggregate
  sort(spec: Record<string, 1 | -1>): CloudbaseAggregate
  skip(offset: number): CloudbaseAggregate
  limit(max: number): CloudbaseAggregate
  end(): Promise<{ data: unknown[] }>
}

export interface CloudbaseDocument {
  /** Outside a transaction `data` is an array (empty when missing); inside, the document or null. */
  get(): Promise<{ data: unknown }>
  /** Replaces (or creates) the document; data must not carry `_id`. */
  set(data: object): Promise<unknown>
  update(data: object): Promise<unknown>
  remove(): Promise<unknown>
}

export interface CloudbaseCollection extends CloudbaseQuery {
  doc(id: string): CloudbaseDocument
  /**
   * Inserts; `_id` in data chooses the id, and an existing `_id` is an error. An array inserts
   * them all in one request (https://docs.cloudbase.net/http-api/nosql/insert-documents).
   */
  add(data: object | object[]): Promise<{ id?: string; ids?: string[] }>
  /** https://docs.cloudbase.net/api-reference/server/node-sdk/database/aggregate/stages/end */
  aggregate(): CloudbaseAggregate
}

export interface CloudbaseTxDocument {
  get(): Promise<{ data: unknown }>
  set(data: object): Promise<unknown>
  update(data: object): Promise<unknown>
  /** The same as remove() (@cloudbase/database document.ts has both). */
  delete(): Promise<unknown>
  remove(): Promise<unknown>
}

export interface CloudbaseTxCollection {
  doc(id: string): CloudbaseTxDocument
  add(data: object): Promise<{ id?: string }>
}

export interface CloudbaseTransaction {
  collection(name: string): CloudbaseTxCollection
}

/** db.command: query operators. */
export interface CloudbaseCommand {
  eq(value: unknown): object
  gt(value: unknown): object
  lt(value: unknown): object
  lte(value: unknown): object
  gte(value: unknown): object
  in(values: unknown[]): object
  and(conditions: Condition[]): object
  or(conditions: Condition[]): object
  /** An update operator: adds n to the field atomically (https://docs.cloudbase.net/api-reference/server/node-sdk/database/command#inc). */
  inc(n: number): object
}

export interface CloudbaseDatabase {
  collection(name: string): CloudbaseCollection
  command: CloudbaseCommand
  RegExp(options: { regexp: string; options: string }): object
  /** Runs fn in a transaction: commits when it resolves, rolls back when it throws, reruns it on a conflict. */
  runTransaction(fn: (tx: CloudbaseTransaction) => Promise<unknown>): Promise<unknown>
}

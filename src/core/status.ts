/**
 * One status palette for the whole app (issue 13 item 8): every status tag reads its colour from
 * here, so "未投稿" can never again look like "已投稿" or "已讲授".
 *
 * - done: finished, nothing more to do (green)
 * - waiting: planned or in someone else's hands (blue)
 * - action: the reader (or their unit) has something to do (orange)
 * - alert: refused, non-compliant or overdue (red)
 * - inactive: withdrawn, cancelled, switched off or archived (grey)
 */
export type StatusTone = 'done' | 'waiting' | 'action' | 'alert' | 'inactive'

/** Every fixed status text a tag shows, with its tone. Labels that are not statuses (kinds, roles) use no tone. */
export const STATUS_TONES = {
  // done
  已讲授: 'done',
  已刊发: 'done',
  已命名: 'done',
  已回复: 'done',
  已办结: 'done',
  已召开: 'done',
  已整改: 'done',
  已学: 'done',
  我已评分: 'done',
  第一议题合规: 'done',
  已到: 'done',
  扫码签到: 'done',
  手动登记: 'done',
  已绑定: 'done',
  已绑定微信: 'done',
  当前使用: 'done',
  可复核: 'done',
  优秀: 'done',
  良好: 'done',
  // waiting / planned
  计划: 'waiting',
  计划召开: 'waiting',
  已投稿: 'waiting',
  待审核: 'waiting',
  已安排: 'waiting',
  未开始: 'waiting',
  待核验: 'waiting',
  '已邀请，等待安排': 'waiting',
  一般: 'waiting',
  // needs action
  未投稿: 'action',
  待回复: 'action',
  待记录: 'action',
  待评分: 'action',
  待整改: 'action',
  待安排: 'action',
  已退回: 'action',
  学习有变动: 'action',
  '并入…': 'action',
  // refused / overdue
  逾期未记录: 'alert',
  已逾期: 'alert',
  整改逾期: 'alert',
  第一议题不合规: 'alert',
  复核不一致: 'alert',
  未安排: 'alert',
  较差: 'alert',
  未通过: 'alert',
  不予采用: 'alert',
  // inactive
  已撤回: 'inactive',
  已撤销: 'inactive',
  已撤销命名: 'inactive',
  已取消: 'inactive',
  已停用: 'inactive',
  停用: 'inactive',
  已归档: 'inactive',
  历史版本: 'inactive',
  已锁定: 'inactive',
  未到: 'inactive',
  未绑定: 'inactive'
} as const satisfies Record<string, StatusTone>

/** A status text the palette knows. */
export type StatusText = keyof typeof STATUS_TONES

const TONES: ReadonlyMap<string, StatusTone> = new Map(Object.entries(STATUS_TONES))

/** The tone of a status text, or null when the text is not a known status (shown as a plain label). */
export function toneOfStatus(text: string): StatusTone | null {
  return TONES.get(text) ?? null
}

/** The tone of a figure against its target: met is done, short of it needs action. */
export function toneOfTarget(met: boolean): StatusTone {
  return met ? 'done' : 'action'
}

// How much one person may upload (issue 8, item 15): a cap on registrations a day and on bytes a
// month, both reckoned in China time, so one account cannot fill the district's storage.

import type { UploadUsage } from '../model'
import { dayOf, monthOf } from '../time'

/** The caps: 50 files a day, 200 MB a month. */
export const UPLOAD_QUOTA = {
  filesPerDay: 50,
  bytesPerMonth: 200 * 1024 * 1024
} as const

export type UploadQuota = { filesPerDay: number; bytesPerMonth: number }

/** The stored id of a person's usage of a month: one document each, so two uploads at once meet on it. */
export function uploadUsageId(personId: string, month: string): string {
  return `upload-usage.${personId}.${month}`
}

/** Megabytes with one decimal, as the messages show them. */
const mb = (bytes: number): string => String(Math.round((bytes / 1024 / 1024) * 10) / 10)

/** A size for a message: MB with one decimal from 1 MB, else whole KB (at least 1). */
const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${mb(bytes)} MB` : `${Math.max(1, Math.floor(bytes / 1024))} KB`

/** A registration counted (the usage to store), or refused with the reason. */
export type UploadCharge = { ok: true; usage: UploadUsage } | { ok: false; message: string }

/**
 * Counts one more file of `size` bytes registered at `now` against the person's usage of the
 * month (null when they registered nothing this month yet). A stored usage of another month, or
 * of an earlier day, no longer counts against this month or today.
 */
export function chargeUpload(
  usage: UploadUsage | null,
  personId: string,
  size: number,
  now: Date,
  quota: UploadQuota = UPLOAD_QUOTA
): UploadCharge {
  const month = monthOf(now)
  const day = dayOf(now)
  const current = usage && usage.month === month ? usage : null
  const dayFiles = current && current.day === day ? current.dayFiles : 0
  const bytes = current?.bytes ?? 0
  if (dayFiles >= quota.filesPerDay) {
    return { ok: false, message: `今天上传的文件已达 ${quota.filesPerDay} 个，请明天再上传` }
  }
  if (bytes + size > quota.bytesPerMonth) {
    const left = Math.max(0, quota.bytesPerMonth - bytes)
    return {
      ok: false,
      message:
        left > 0
          ? `本月上传将超过 ${mb(quota.bytesPerMonth)} MB 上限：本月还可上传 ${sizeText(left)}，这个文件有 ${sizeText(size)}`
          : `本月上传已达 ${mb(quota.bytesPerMonth)} MB 上限，下月 1 日起可以继续上传`
    }
  }
  return {
    ok: true,
    usage: {
      personId,
      month,
      files: (current?.files ?? 0) + 1,
      bytes: bytes + size,
      day,
      dayFiles: dayFiles + 1,
      updatedAt: now.toISOString()
    }
  }
}

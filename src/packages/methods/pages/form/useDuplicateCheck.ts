import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import type { FormKind } from './kinds'

/** A record a meeting already made for the caller on the form's day. */
export interface Twin {
  id: string
  message: string
}

const CHECKED: readonly FormKind[] = ['leadStudy', 'exchange']

/**
 * The records a committee meeting (or a central-group session) already made of this kind on the
 * form's day, read as the day changes, so the form warns before saving and not only after.
 * `confirm` asks the cadre once before a save: true = another occasion, save it; false = they
 * went to the existing record instead.
 */
export function useDuplicateCheck(kind: FormKind, date: string, active: boolean) {
  const [twins, setTwins] = useState<Twin[]>([])
  const checked = active && CHECKED.includes(kind) && /^\d{4}-\d{2}-\d{2}$/.test(date)

  useEffect(() => {
    setTwins([])
    if (!checked) return
    let live = true
    call('record.derivedOn', { kind: kind as 'leadStudy' | 'exchange', date }).then(
      (r) => live && setTwins(r.items),
      () => undefined
    )
    return () => {
      live = false
    }
  }, [checked, kind, date])

  async function confirm(message: string, existingId: string | null): Promise<boolean> {
    const res = await Taro.showModal({
      title: '已有会议记录',
      content: `${message}。如果这是另一次会议，可以仍要记录。`,
      confirmText: '仍要记录',
      cancelText: existingId ? '查看已有' : '取消'
    })
    if (res.confirm) return true
    if (existingId) open(ROUTES.recordDetail, { id: existingId })
    return false
  }

  return { twins, confirm }
}

import { useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import StateView from '@/components/StateView'
import { useSession } from '@/hooks/useSession'
import { useSubmission } from '@/hooks/useSubmission'
import { call, messageOf } from '@/services/api'
import { switchTab, ROUTES } from '@/services/routes'
import { tokenFrom, tokenOfParams } from '../../components/qr'
import './index.scss'

type Done = OutputOf<'meeting.checkIn'>
const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/** A cadre checks in at a meeting: the scanned code is sent once, the answer shown plainly. */
export default function CheckInPage() {
  const session = useSession()
  const initial = tokenOfParams(useRouter().params)
  const [done, setDone] = useState<Done | null>(null)
  const [error, setError] = useState<string | null>(null)
  const submission = useSubmission()
  const sent = useRef(false)

  const send = async (token: string) => {
    if (submission.busy) return
    submission.setBusy(true)
    setError(null)
    try {
      setDone(await call('meeting.checkIn', { token }, { idempotencyKey: submission.key() }))
      submission.succeeded()
    } catch (e) {
      setError(messageOf(e))
      // A refused code is final: the next scan is a new attempt.
      submission.succeeded()
    } finally {
      submission.setBusy(false)
    }
  }

  const scan = async () => {
    try {
      const res = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      setDone(null)
      void send(tokenFrom(res.result))
    } catch {
      // Cancelled: nothing to do.
    }
  }

  useEffect(() => {
    if (initial && session.me && !sent.current) {
      sent.current = true
      void send(initial)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initial, session.me])

  if (!session.me)
    return <StateView loading={session.status !== 'error'} error={session.error?.message} onRetry={session.reload} />
  return (
    <View className="page">
      <View className="card checkin-card">
        {submission.busy && <View className="checkin-text">正在签到…</View>}
        {done && (
          <View data-testid="checkin-done">
            <View className="checkin-icon checkin-ok">✓</View>
            <View className="checkin-title">{done.already ? '您已签到' : '签到成功'}</View>
            <View className="checkin-text">
              {done.unitName} · {done.meetingName}
            </View>
          </View>
        )}
        {error && (
          <View data-testid="checkin-error">
            <View className="checkin-icon checkin-bad">!</View>
            <View className="checkin-title">未能签到</View>
            <View className="checkin-text">{error}</View>
          </View>
        )}
        {!done && !error && !submission.busy && (
          <View className="checkin-text">
            {IS_WEAPP ? '点击下方按钮，扫描会议记录员出示的签到二维码。' : '请用手机扫描会议记录员出示的签到二维码。'}
          </View>
        )}
      </View>
      {IS_WEAPP && (
        <Button className="btn btn-primary btn-block" onClick={() => void scan()} data-testid="checkin-scan">
          扫一扫
        </Button>
      )}
      <Button className="btn btn-block checkin-home" onClick={() => switchTab(ROUTES.home)}>
        返回首页
      </Button>
    </View>
  )
}

import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Image, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { call } from '@/services/api'
import { ROUTES } from '@/services/routes'
import { checkInContent, qrDataUri } from '../../components/qr'
import './index.scss'
import RoleGate from '@/components/RoleGate'

const clock = (iso: string) => new Date(Date.parse(iso) + 8 * 3600 * 1000).toISOString().slice(11, 16)

/** The meeting's check-in QR code, shown by the secretary for cadres to scan. */
function MeetingQrPage() {
  const id = useRouter().params.id ?? ''
  const qr = useQuery(() => call('meeting.qr', { meetingId: id }), [id])
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    // The code is shown across the table: keep the phone's screen on meanwhile.
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
    return () => clearInterval(timer)
  }, [])
  const d = qr.data
  if (!d) {
    return (
      <View className="page">
        <StateView loading={qr.loading} error={qr.error} onRetry={() => void qr.reload()} testId="meeting-qr" />
      </View>
    )
  }
  const content = checkInContent(d.token, ROUTES.meetingCheckIn)
  const state = now < Date.parse(d.validFrom) ? 'early' : now > Date.parse(d.validUntil) ? 'closed' : 'open'
  return (
    <View className="page meeting-qr-page">
      <View className="card meeting-qr-card">
        <View className="meeting-qr-title">{d.unitName}</View>
        <View className="meeting-qr-sub">{d.meetingName} · 扫码签到</View>
        <Image className="meeting-qr-image" src={qrDataUri(content)} data-testid="meeting-qr-image" />
        <View className="meeting-qr-note" data-testid="meeting-qr-window">
          有效时间 {clock(d.validFrom)}–{clock(d.validUntil)}（{d.windowLabel}）
        </View>
        {state === 'early' && <View className="meeting-qr-warn">签到尚未开始，参会人员届时扫码即可。</View>}
        {state === 'closed' && <View className="meeting-qr-warn">签到时间已过，请在会议记录中手动登记出席。</View>}
        <View className="muted meeting-qr-help">请参会人员打开“理论学习助手”，在“我的”中点“会议扫码签到”扫描此码。</View>
      </View>
      <Button className="btn btn-block" onClick={() => void qr.reload()}>
        刷新二维码
      </Button>
      <View className="meeting-qr-token" data-testid="meeting-qr-content">
        {content}
      </View>
    </View>
  )
}

/** Only for the roles of `meeting.qr`; the others read who the page is for. */
export default function MeetingQrPageGated() {
  return <RoleGate action="meeting.qr">{() => <MeetingQrPage />}</RoleGate>
}

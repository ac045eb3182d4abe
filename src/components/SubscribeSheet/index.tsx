import { useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import Dialog from '@/components/Dialog'
import { setDemoConsent, type SubscribeAnswer } from '@/services/subscribe'
import './index.scss'

interface Pending {
  ids: string[]
  resolve: (answer: SubscribeAnswer) => void
}

/**
 * H5 only (the local demo): WeChat's subscribe dialog does not exist in a browser, so this sheet
 * stands in for it, says so, and answers like WeChat would; the answer is recorded through the
 * same subscribe.grant action. Rendered by the pages that ask; renders nothing on the mini-program.
 */
export default function SubscribeSheet() {
  const [pending, setPending] = useState<Pending | null>(null)
  const current = useRef<Pending | null>(null)
  current.current = pending

  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return undefined
    setDemoConsent((ids) => new Promise<SubscribeAnswer>((resolve) => setPending({ ids, resolve })))
    return () => {
      setDemoConsent(null)
      current.current?.resolve({})
    }
  }, [])

  const answer = (result: 'accept' | 'reject') => {
    if (!pending) return
    pending.resolve(Object.fromEntries(pending.ids.map((id) => [id, result])))
    setPending(null)
  }

  return (
    <Dialog
      open={pending !== null}
      title="接收微信提醒"
      confirmText="允许"
      cancelText="暂不"
      onConfirm={() => answer('accept')}
      onCancel={() => answer('reject')}
      testId="subscribe-sheet"
    >
      <View className="subscribe-sheet">
        <Text className="subscribe-sheet-line">有待办快到期时，通过微信消息提醒您一次。每允许一次，可以收到一条。</Text>
        <Text className="subscribe-sheet-note">这是本地演示：在微信里，这一步由微信自己的订阅消息对话框完成。</Text>
      </View>
    </Dialog>
  )
}

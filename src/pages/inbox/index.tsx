import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import SubscribeSheet from '@/components/SubscribeSheet'
import type { InboxItemView } from '@/core/contract'
import { formatInstantZh } from '@/core/rules/agenda'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { open, ROUTES, switchTab, type Route } from '@/services/routes'
import { askFromInbox, idsToAsk, onSubscribeStatus, primeSubscribe, subscribeStatus } from '@/services/subscribe'
import './index.scss'
import { todayInDistrict } from '@/services/clock'

const KNOWN_ROUTES = new Set<string>(Object.values(ROUTES))

/** Opens the page that resolves a reminder (`/path?key=value`; tab pages by switching tabs). */
function go(route: string): void {
  const [path, search = ''] = route.split('?')
  if (!KNOWN_ROUTES.has(path)) return
  if (path === ROUTES.home || path === ROUTES.me) return switchTab(path)
  const query: Record<string, string> = {}
  for (const pair of search.split('&').filter(Boolean)) {
    const [key, value = ''] = pair.split('=')
    query[key] = decodeURIComponent(value)
  }
  open(path as Route, query)
}

/** 我的提醒: every reminder lands here first; a tap marks it read and opens the page that resolves it. */
export default function InboxPage() {
  const inbox = useQuery(() => call('inbox.list', {}), [])
  useReloadOnShow(inbox.reload)
  const data = inbox.data
  const [subscribe, setSubscribe] = useState(subscribeStatus)
  useEffect(() => {
    void primeSubscribe()
    return onSubscribeStatus(setSubscribe)
  }, [])
  // One quiet line with the button, never a modal: a gentle prompt when no message is left, else how
  // many are; nothing when WeChat is not set up or WeChat banned or filtered every template.
  const canAsk = !!subscribe && idsToAsk(subscribe).length > 0
  const reminder = subscribe?.templates[0]
  const line = subscribe?.needsGrant
    ? '提醒只在这里显示。需要时也可以通过微信消息提醒您。'
    : reminder && !reminder.longTerm
      ? `微信提醒还可收到 ${reminder.remaining} 条。`
      : '已开启微信提醒。'

  const askWechat = () => {
    // First thing in the tap: WeChat opens its dialog only inside a user's tap.
    void askFromInbox()
  }

  const tap = (item: InboxItemView) => {
    // Reading is a courtesy to the unread count: the page opens even when the mark fails.
    if (!item.read) void call('inbox.read', { id: item.id }).catch(() => undefined)
    go(item.route)
  }

  return (
    <View className="page" data-testid="inbox">
      {data && data.unread > 0 && (
        <View className="inbox-summary" data-testid="inbox-unread">
          {data.unread} 条未读
        </View>
      )}
      {canAsk && (
        <View className="inbox-subscribe" data-testid="inbox-subscribe">
          <Text className="inbox-subscribe-text">{line}</Text>
          <Button className="btn btn-small inbox-subscribe-btn" onClick={askWechat} data-testid="inbox-subscribe-button">
            接收微信提醒
          </Button>
        </View>
      )}
      <SubscribeSheet />
      <View className="card">
        <StateView
          loading={inbox.loading && !data}
          error={data ? null : inbox.error}
          onRetry={() => void inbox.reload()}
          empty={!!data && data.items.length === 0}
          emptyText="暂无提醒。学习任务临近期限还未完成时，会在这里提醒您。"
          testId="inbox"
        >
          {data?.items.map((item) => (
            <View
              key={item.id}
              className={`list-item inbox-item ${item.read ? 'inbox-read' : ''}`}
              onClick={() => tap(item)}
              data-testid="inbox-item"
            >
              {!item.read && <View className="inbox-dot" />}
              <View className="list-main">
                <View className="list-title">{item.title}</View>
                <View className="list-sub">{item.body}</View>
                <Text className="inbox-when">{formatInstantZh(item.createdAt, todayInDistrict())}</Text>
              </View>
            </View>
          ))}
        </StateView>
      </View>
    </View>
  )
}

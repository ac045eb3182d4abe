import { Text, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import { open } from '@/services/routes'
import { adminMenu } from './menu'
import './index.scss'

/** The publicity department's home: every area of work, each link with what it is for. */
export default function AdminIndexPage() {
  return (
    <AdminGate>
      <View className="page" data-testid="admin-home">
        {adminMenu().map((group) => (
          <View key={group.area} data-testid="admin-area">
            <View className="section-title">{group.area}</View>
            <View className="card">
              {group.links.map((m) => (
                <View key={m.route} className="list-item" onClick={() => open(m.route, m.params)} data-testid={m.testId}>
                  <View className="list-main">
                    <View className="list-title">{m.title}</View>
                    <View className="list-sub">{m.sub}</View>
                  </View>
                  <Text className="admin-arrow">›</Text>
                </View>
              ))}
            </View>
          </View>
        ))}
      </View>
    </AdminGate>
  )
}

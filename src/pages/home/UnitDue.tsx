import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import { open, ROUTES } from '@/services/routes'

export interface UnitDueProps {
  items: OutputOf<'home.get'>['unitDue']
}

/** A unit secretary's "接下来要做": planned meetings and sessions around their day and until recorded; a tap opens one. */
export default function UnitDue({ items }: UnitDueProps) {
  if (items.length === 0) return null
  return (
    <View className="card" data-testid="home-unit-due">
      <View className="card-title">接下来要做</View>
      {items.map((d) => {
        const id = d.key.slice(d.key.indexOf('.') + 1)
        return (
          <View
            key={d.key}
            className="list-item home-due-item"
            onClick={() => open(d.kind === 'meeting' ? ROUTES.meetingDetail : ROUTES.groupDetail, { id })}
            data-testid="unit-due-item"
          >
            <View className="list-main">{d.text}</View>
            <Text className="home-due-when">{d.when}</Text>
          </View>
        )
      })}
    </View>
  )
}

import { Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import { open, ROUTES } from '@/services/routes'

const PAGE_OF = { meeting: ROUTES.meetingDetail, session: ROUTES.groupDetail, observation: ROUTES.observeSession } as const

export interface UnitDueProps {
  items: OutputOf<'home.get'>['plannedDue']
  /** The card's title: another one when the study card above already reads 接下来要做. */
  title: string
}

/**
 * "接下来要做" of what the person planned: a secretary's meetings and sessions until recorded, an
 * observer's observations until scored; a tap opens the one to finish.
 */
export default function UnitDue({ items, title }: UnitDueProps) {
  if (items.length === 0) return null
  return (
    <View className="card" data-testid="home-unit-due">
      <View className="card-title">{title}</View>
      {items.map((d) => {
        const id = d.key.slice(d.key.indexOf('.') + 1)
        return (
          <View
            key={d.key}
            className="list-item home-due-item"
            onClick={() => open(PAGE_OF[d.kind], { id })}
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

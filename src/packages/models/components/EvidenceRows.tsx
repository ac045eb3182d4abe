import { Text, View } from '@tarojs/components'
import type { EvidenceView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'
import { open, ROUTES } from '@/services/routes'
import './EvidenceRows.scss'

const PAGE_ROUTES = { record: ROUTES.recordDetail, session: ROUTES.groupDetail, observation: ROUTES.observeSession } as const

/** One line of what the record is: its kind, whose, when, and an observation's score. */
export function evidenceMeta(e: Pick<EvidenceView, 'kindLabel' | 'who' | 'date' | 'score'>): string {
  return [e.kindLabel, e.who, e.date ? formatDayZh(e.date, todayInDistrict()) : null, e.score !== null ? `评分 ${e.score}` : null]
    .filter(Boolean)
    .join(' · ')
}

export interface EvidenceRowsProps {
  items: readonly EvidenceView[]
  testId?: string
}

/** Linked records: each opens its own page where the viewer may open it, else shows its summary only. */
export default function EvidenceRows({ items, testId }: EvidenceRowsProps) {
  return (
    <View className="evidence-rows" data-testid={testId}>
      {items.map((e) => {
        const link = e.link
        return (
          <View
            key={`${e.kind}:${e.id}`}
            className={`evidence-row ${link ? 'evidence-link' : ''}`}
            onClick={link ? () => open(PAGE_ROUTES[link.page], { id: link.id }) : undefined}
            data-testid="evidence-row"
          >
            <View className="evidence-main">
              <View className="evidence-title">{e.title}</View>
              <View className="evidence-meta">{evidenceMeta(e)}</View>
            </View>
            {link && <Text className="link-action">›</Text>}
          </View>
        )
      })}
    </View>
  )
}

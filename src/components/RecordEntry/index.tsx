import { Button, View } from '@tarojs/components'
import { open, ROUTES } from '@/services/routes'
import './index.scss'

/** The other methods' forms, by the form's kind. */
const TILES = [
  { kind: 'note', label: '心得体会' },
  { kind: 'xuexi', label: '学习强国' },
  { kind: 'lecture', label: '进学校讲课' },
  { kind: 'outreach', label: '基层宣讲' },
  { kind: 'leadStudy', label: '会上领学' },
  { kind: 'exchange', label: '交流互学' }
] as const

/** “记一笔”: the one entry to every form — self-study first (the most frequent), then the other methods. */
export default function RecordEntry() {
  return (
    <View className="record-entry" data-testid="record-entry">
      <Button className="btn btn-primary btn-block" onClick={() => open(ROUTES.studyRecord)} data-testid="home-record">
        记一笔学习
      </Button>
      <View className="record-entry-grid">
        {TILES.map((t) => (
          <View
            key={t.kind}
            className="record-entry-tile"
            onClick={() => open(ROUTES.methodForm, { kind: t.kind })}
            data-testid={`entry-${t.kind}`}
          >
            {t.label}
          </View>
        ))}
      </View>
    </View>
  )
}

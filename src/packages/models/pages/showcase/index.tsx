import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import StateView from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { formatDayZh } from '@/core/time'
import { todayInDistrict } from '@/services/clock'
import EvidenceRows from '../../components/EvidenceRows'
import './index.scss'

/** 先进典型: the year's named models by kind, as the notice names them, each with its evidence. Open to everyone. */
export default function ShowcasePage() {
  const [year, setYear] = useState<number | undefined>(undefined)
  const show = useQuery(() => call('models.showcase', year === undefined ? {} : { year }), [year])
  useReloadOnShow(show.reload)
  const data = show.data
  const named = data ? data.groups.reduce((n, g) => n + g.items.length, 0) : 0
  return (
    <View className="page">
      <View className="card showcase-intro">
        <View className="card-title">理论学习先进典型</View>
        <View className="muted">
          区委宣传部通过巡听旁听、实地调研等方式发现、评选并命名的学习先进典型和中心组学习示范班、示范课。
        </View>
      </View>
      {data && data.years.length > 1 && (
        <View className="showcase-years" data-testid="showcase-years">
          {data.years.map((y) => (
            <Text
              key={y}
              className={`chip ${y === data.year ? 'chip-on' : ''}`}
              onClick={() => setYear(y)}
              data-testid={`showcase-year-${y}`}
            >
              {y}年度
            </Text>
          ))}
        </View>
      )}
      <StateView
        loading={show.loading}
        error={show.error}
        onRetry={() => void show.reload()}
        empty={data !== null && named === 0}
        emptyText={`${data?.year ?? ''}年度还没有命名的先进典型。各单位推荐、区委宣传部审核命名后，会在这里展示。`}
        testId="showcase"
      >
        {data?.groups
          .filter((g) => g.items.length > 0)
          .map((g) => (
            <View className="card" key={g.kind} data-testid={`showcase-kind-${g.kind}`}>
              <View className="card-title">{g.label}</View>
              {g.items.map((m) => (
                <View className="showcase-item" key={m.id} data-testid="showcase-item">
                  <View className="showcase-name">{m.subjectName}</View>
                  <View className="showcase-title">{m.title}</View>
                  <View className="muted">
                    {m.subjectTypeLabel === '个人' ? `${m.unitName} · ` : ''}
                    {m.namedOn ? `${formatDayZh(m.namedOn, todayInDistrict())}命名` : ''}
                  </View>
                  <View className="showcase-reason">{m.reason}</View>
                  {m.evidence.length > 0 && <EvidenceRows items={m.evidence} testId="showcase-evidence" />}
                </View>
              ))}
            </View>
          ))}
      </StateView>
    </View>
  )
}

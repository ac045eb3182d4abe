import { Text, View } from '@tarojs/components'
import type { CoverageView } from '@/core/contract'
import './CoverageFigures.scss'

/** 覆盖率 and the counts behind it: plain figures, no ranking. */
export default function CoverageFigures({ c, testId = 'coverage' }: { c: CoverageView; testId?: string }) {
  return (
    <View className="coverage" data-testid={testId}>
      <View className="coverage-rate">
        <Text className="coverage-rate-figure" data-testid={`${testId}-rate`}>
          {c.rate === null ? '—' : `${c.rate}%`}
        </Text>
        <Text className="coverage-rate-label">第一议题覆盖率</Text>
      </View>
      <View className="coverage-counts">
        <Count label="应计会议" value={c.meetings} testId={`${testId}-meetings`} />
        <Count label="合规" value={c.compliant} testId={`${testId}-compliant`} />
        <Count label="不合规" value={c.nonCompliant} warn={c.nonCompliant > 0} />
        <Count label="逾期未记录" value={c.overdue} warn={c.overdue > 0} />
        <Count label="待召开/待记录" value={c.pending} />
      </View>
    </View>
  )
}

function Count({ label, value, warn, testId }: { label: string; value: number; warn?: boolean; testId?: string }) {
  return (
    <View className="coverage-count">
      <Text className={`coverage-count-figure ${warn ? 'coverage-warn' : ''}`} data-testid={testId}>
        {value}
      </Text>
      <Text className="coverage-count-label">{label}</Text>
    </View>
  )
}

import { useRouter } from '@tarojs/taro'
import { Button, View } from '@tarojs/components'
import StateView, { isRefusal } from '@/components/StateView'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { call } from '@/services/api'
import { open, ROUTES } from '@/services/routes'
import CoverageFigures from '../../components/CoverageFigures'
import MeetingRows from '../../components/MeetingRows'
import PeriodPicker, { periodInput, usePeriod } from '../../components/PeriodPicker'
import RoleGate from '@/components/RoleGate'

/** A unit's first-agenda coverage for a month, quarter or year, and the meetings that need attention. */
function CoveragePage() {
  const unitId = useRouter().params.unitId || undefined
  const { period, setPeriod } = usePeriod()
  const data = useQuery(() => call('meeting.coverage', { unitId, ...periodInput(period) }), [unitId, JSON.stringify(period)])
  useReloadOnShow(data.reload)
  const d = data.data
  // A refusal from the server (another unit's figures): only the refusal, none of the page around it.
  if (isRefusal(data.error))
    return (
      <View className="page">
        <StateView error={data.error} />
      </View>
    )
  return (
    <View className="page">
      <PeriodPicker period={period} onChange={setPeriod} />
      <StateView
        loading={data.loading}
        error={data.error}
        onRetry={() => void data.reload()}
        staleSince={data.staleSince}
        testId="coverage-page"
      >
        {d && (
          <>
            <View className="card">
              <View className="card-title">
                {d.unitName} · {d.period.label}
              </View>
              <CoverageFigures c={d.coverage} testId="unit-coverage" />
              <View className="muted">
                覆盖率 = 第一议题为理论学习的会议 ÷ 应计会议（已召开的会议，加上逾期3天仍未记录的会议）。
              </View>
            </View>
            <View className="card">
              <View className="card-title">第一议题不合规的会议</View>
              <StateView empty={d.nonCompliant.length === 0} emptyText="没有不合规的会议。" testId="coverage-noncompliant">
                <MeetingRows items={d.nonCompliant} testId="coverage-noncompliant-item" />
              </StateView>
            </View>
            <View className="card">
              <View className="card-title">尚未记录的会议</View>
              <StateView empty={d.unrecorded.length === 0} emptyText="已召开的会议都已记录。" testId="coverage-unrecorded">
                <MeetingRows items={d.unrecorded} testId="coverage-unrecorded-item" />
              </StateView>
            </View>
            <Button
              className="btn btn-block"
              onClick={() => open(ROUTES.meetingList, unitId ? { unitId } : {})}
              data-testid="coverage-all"
            >
              查看全部会议
            </Button>
          </>
        )}
      </StateView>
    </View>
  )
}

/** Only for the roles of `meeting.coverage`; the others read who the page is for. */
export default function CoveragePageGated() {
  return <RoleGate action="meeting.coverage">{() => <CoveragePage />}</RoleGate>
}

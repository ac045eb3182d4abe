import { Text, View } from '@tarojs/components'
import type { FiguresView } from '@/core/contract'
import './Figures.scss'

const pct = (v: number | null) => (v === null ? '—' : `${v}%`)

/** The words of one set of figures, shared by the grid and the one-line summaries. */
export function figureLines(f: FiguresView) {
  return {
    study: `${f.study.met}/${f.study.due} 人次达标 · ${pct(f.study.share)}`,
    notes: `撰写 ${f.notes.written} · 投稿 ${f.notes.submitted} · 刊发 ${f.notes.published}`,
    methods: `讲课 ${f.lectures} · 宣讲 ${f.outreach} · 领学 ${f.leadStudy} · 交流 ${f.exchange}`,
    coverage:
      f.coverage.meetings === 0
        ? '本期无会议'
        : `${f.coverage.compliant}/${f.coverage.meetings} 合规 · ${pct(f.coverage.rate)}${f.coverage.nonCompliant ? ` · 不合规 ${f.coverage.nonCompliant}` : ''}`,
    observation:
      f.observation.sessions === 0
        ? '本期未巡听'
        : `${f.observation.sessions} 次${f.observation.meanScore === null ? ' · 未评分' : ` · 均分 ${f.observation.meanScore} · ${f.observation.grade}`}`,
    rectifications:
      f.rectifications.due === 0
        ? '无整改任务'
        : `应整改 ${f.rectifications.due} · 已完成 ${f.rectifications.closed}${f.rectifications.overdue ? ` · 逾期 ${f.rectifications.overdue}` : ''}`
  }
}

/** One label and its figure. */
function Cell({ label, text, alert, testId }: { label: string; text: string; alert?: boolean; testId: string }) {
  return (
    <View className="figure" data-testid={testId}>
      <Text className="figure-label">{label}</Text>
      <Text className={`figure-text${alert ? ' figure-alert' : ''}`}>{text}</Text>
    </View>
  )
}

/** Every figure of a unit, an area or the district, as labelled lines (no ranking, no score board). */
export default function Figures({ f, testId }: { f: FiguresView; testId: string }) {
  const l = figureLines(f)
  return (
    <View className="figures" data-testid={testId}>
      <Cell label="每月自学篇数达标" text={l.study} testId={`${testId}-study`} />
      <Cell label="心得体会" text={l.notes} testId={`${testId}-notes`} />
      <Cell label="其他学习方式" text={l.methods} testId={`${testId}-methods`} />
      <Cell label="第一议题" text={l.coverage} alert={f.coverage.nonCompliant > 0} testId={`${testId}-coverage`} />
      <Cell label="中心组巡听旁听" text={l.observation} testId={`${testId}-observation`} />
      <Cell label="整改落实" text={l.rectifications} alert={f.rectifications.overdue > 0} testId={`${testId}-rect`} />
    </View>
  )
}

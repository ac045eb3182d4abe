import { MODE_LABELS } from '../model/observation'
import type { DayKey } from '../time'
import type { AgendaYear, CadreYear, Column, RectificationRow, SessionRow, SheetData, UnitYear } from './assessment'
import { daysOverdue } from './assessment'
import { RECTIFICATION_LABELS } from './observation'

// The five sheets of the assessment workbook (rules/assessment.ts has their facts): Chinese headers,
// widths in characters, one row per unit, cadre, session or rectification, in the order given.

const col = (header: string, width: number): Column => ({ header, width })
const AREA_UNIT = [col('片区', 12), col('单位', 24)]

/** Sheet 单位: the district dashboard's year figures of each unit (rules/dashboard.ts), in area order. */
export function unitSheet(units: readonly UnitYear[]): SheetData {
  return {
    name: '单位',
    columns: [
      ...AREA_UNIT,
      col('干部人数', 10),
      col('自学达标（人·月）', 18),
      col('应达标（人·月）', 16),
      col('自学达标率(%)', 14),
      col('心得体会撰写', 14),
      col('心得体会投稿', 14),
      col('心得体会刊发', 14),
      col('进学校讲课', 12),
      col('沉到基层宣讲', 14),
      col('会上领学', 10),
      col('交流互学', 10),
      col('第一议题会议数', 16),
      col('第一议题合规', 14),
      col('不合规', 8),
      col('第一议题覆盖率(%)', 18),
      col('巡听旁听场次', 14),
      col('已评分场次', 12),
      col('平均得分', 10),
      col('等次', 8),
      col('应整改', 8),
      col('已整改', 8),
      col('其中按期整改', 14),
      col('逾期未整改', 12)
    ],
    rows: units.map(({ figures: f, ...u }) => [
      u.areaName,
      u.unitName,
      f.study.cadres,
      f.study.met,
      f.study.due,
      f.study.share,
      f.notes.written,
      f.notes.submitted,
      f.notes.published,
      f.lectures,
      f.outreach,
      f.leadStudy,
      f.exchange,
      f.coverage.meetings,
      f.coverage.compliant,
      f.coverage.nonCompliant,
      f.coverage.rate,
      f.observation.sessions,
      f.observation.scored,
      f.observation.meanScore,
      f.observation.grade,
      f.rectifications.due,
      f.rectifications.closed,
      u.rectificationsClosedOnTime,
      f.rectifications.overdue
    ])
  }
}

/** Sheet 领导干部; `months` names how many months the year has had so far. */
export function cadreSheet(cadres: readonly CadreYear[], months: number): SheetData {
  return {
    name: '领导干部',
    columns: [
      ...AREA_UNIT,
      col('姓名', 10),
      col('职务', 14),
      col(`自学达标月数（共${months}个月）`, 22),
      col('自学篇次', 10),
      col('心得体会', 10),
      col('进学校讲课（区领导）', 20),
      col('沉到基层宣讲', 14),
      col('会上领学', 10),
      col('交流互学', 10)
    ],
    rows: cadres.map((c) => [
      c.areaName,
      c.unitName,
      c.name,
      c.position,
      c.monthsMet,
      c.studies,
      c.counts.note ?? 0,
      c.lectureQuota === null ? null : `${c.counts.lecture ?? 0}/${c.lectureQuota}`,
      c.counts.outreach ?? 0,
      c.counts.leadStudy ?? 0,
      c.counts.exchange ?? 0
    ])
  }
}

/** Sheet 巡听旁听. */
export function sessionSheet(sessions: readonly SessionRow[]): SheetData {
  return {
    name: '巡听旁听',
    columns: [
      col('日期', 12),
      col('时间', 8),
      col('方式', 8),
      col('单位', 24),
      col('巡听旁听小组', 18),
      col('评分人及得分', 36),
      col('评分人数', 10),
      col('平均得分', 10),
      col('等次', 8),
      col('结果反馈', 10),
      col('整改状态', 10)
    ],
    rows: sessions.map((s) => [
      s.day,
      s.time,
      MODE_LABELS[s.mode],
      s.unitName,
      s.groupName,
      s.observers.map((o) => `${o.name} ${o.total}`).join('；'),
      s.observers.length,
      s.meanScore,
      s.grade,
      s.feedbackSent ? '已反馈' : '未反馈',
      s.rectification ? RECTIFICATION_LABELS[s.rectification] : null
    ])
  }
}

/** How the group's verification reads: who verified and when, or why it was sent back. */
function verification(r: RectificationRow): string | null {
  if (r.status === 'closed') return `已核验${r.verifiedOn ? ` ${r.verifiedOn}` : ''}${r.verifierName ? ` ${r.verifierName}` : ''}`
  if (r.status === 'returned') return `已退回：${r.returnReason ?? ''}`
  if (r.status === 'submitted') return '待核验'
  return null
}

/** Sheet 整改督查; days overdue are counted to `today`. */
export function rectificationSheet(rects: readonly RectificationRow[], today: DayKey): SheetData {
  return {
    name: '整改督查',
    columns: [
      ...AREA_UNIT,
      col('巡听日期', 12),
      col('发现问题', 40),
      col('意见建议', 40),
      col('整改期限', 12),
      col('状态', 10),
      col('逾期天数', 10),
      col('整改措施', 40),
      col('整改答复日期', 14),
      col('核验情况', 24),
      col('整改轮次', 10)
    ],
    rows: rects.map((r) => [
      r.areaName,
      r.unitName,
      r.sessionDay,
      r.findings,
      r.suggestions,
      r.deadline,
      RECTIFICATION_LABELS[r.status],
      daysOverdue(r, today),
      r.measures,
      r.answeredOn,
      verification(r),
      r.rounds
    ])
  }
}

/** Sheet 第一议题: a column per classic of the catalogue, in catalogue order. */
export function agendaSheet(units: readonly AgendaYear[], classics: ReadonlyArray<{ id: string; title: string }>): SheetData {
  return {
    name: '第一议题',
    columns: [
      ...AREA_UNIT,
      col('会议数', 8),
      col('合规', 8),
      col('不合规', 8),
      col('其中逾期未记录', 16),
      col('覆盖率(%)', 12),
      ...classics.map((c) => col(`${c.title}（次）`, Math.max(12, c.title.length * 2 + 4)))
    ],
    rows: units.map((u) => [
      u.areaName,
      u.unitName,
      u.coverage.meetings,
      u.coverage.compliant,
      u.coverage.nonCompliant,
      u.coverage.overdue,
      u.coverage.rate,
      ...classics.map((c) => u.classicUses.get(c.id) ?? 0)
    ])
  }
}

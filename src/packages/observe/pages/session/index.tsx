import { useMemo } from 'react'
import { useRouter } from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { linksOf } from '@/components/AttachmentPicker'
import FormErrorSummary from '@/components/FormErrorSummary'
import StateView from '@/components/StateView'
import Tag from '@/components/Tag'
import { useFormErrors } from '@/hooks/useFormErrors'
import { useQuery } from '@/hooks/useQuery'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { sessionClock } from '@/core/rules/observation'
import { call } from '@/services/api'
import { todayInDistrict } from '@/services/clock'
import { DRAFT_KEPT_AUTO_MESSAGE } from '@/services/errors'
import { open, ROUTES } from '@/services/routes'
import { getSession } from '@/services/session'
import { sheetLayout, type SheetDraft } from './draft'
import FollowUp from './FollowUp'
import SheetForm from './SheetForm'
import { useSheetSync, type SyncPhase } from './useSheetSync'
import './index.scss'
import { formatDayZh } from '@/core/time'

/** What the observer sees about where the sheet is: on the server, or only on this phone. */
function SyncBadge({ draft, phase }: { draft: SheetDraft; phase: SyncPhase }) {
  const saved = draft.synced && phase !== 'sending'
  // China time, whatever the phone's zone.
  const time = draft.savedAt ? `${todayInDistrict(new Date(draft.savedAt)).slice(5)} ${sessionClock(draft.savedAt)}` : ''
  const detail = saved
    ? `已保存到服务器${time ? `（${time}）` : ''}`
    : phase === 'sending'
      ? '尚未同步：正在提交…'
      : phase === 'waiting'
        ? `尚未同步：${DRAFT_KEPT_AUTO_MESSAGE}`
        : draft.key === null && !draft.savedAt && !hasContent(draft)
          ? '尚未评分'
          : '尚未同步：评分保存在本机，请点“提交评分”'
  return (
    <View
      className={`sync-badge ${saved ? 'sync-ok' : 'sync-pending'}`}
      data-testid="sheet-sync"
      data-state={saved ? 'saved' : phase}
    >
      <Text>{detail}</Text>
    </View>
  )
}

function hasContent(d: SheetDraft): boolean {
  return Object.values(d.scores).some((v) => v.trim() !== '') || d.comments.trim() !== ''
}

/** One session for an observer: score it on site (works offline), see all sheets, follow up. */
export default function SessionPage() {
  const id = useRouter().params.id ?? ''
  const session = useQuery(() => call('observe.session', { id }), [id], id !== '')
  // Back from the feedback form: show the feedback just sent.
  useReloadOnShow(session.reload)
  const { draft, phase, problems, edit, setPhotos, submit } = useSheetSync(id, session.data)
  const errors = useMemo(() => Object.fromEntries(problems.map((p) => [p.field, p.message])), [problems])
  const rubric = draft?.rubric ?? null
  const layout = useMemo(() => (rubric ? sheetLayout(rubric) : { order: [] }), [rubric])
  const refusal = useFormErrors(errors, layout)
  const data = session.data
  const blockedBy = data?.scoringProblem ?? null
  const canScore = data ? blockedBy === null : draft !== null
  const photoLinks = useMemo(() => linksOf(data?.mySheet?.photos ?? []), [data])

  if (!draft || (!data && session.loading)) {
    return (
      <View className="page">
        <StateView loading={session.loading} error={session.error} onRetry={() => void session.reload()} testId="session" />
      </View>
    )
  }
  const o = data?.observation
  return (
    <View className="page session-page">
      <View className="card session-head" data-testid="session-head">
        <View className="list-title">{o ? o.unitName : draft.title}</View>
        {o && (
          <View className="list-sub">
            <Tag text={o.modeLabel} /> {formatDayZh(o.day, todayInDistrict())} {o.time} · {o.groupName}
            {o.theme ? ` · 专项：${o.theme}` : ''}
          </View>
        )}
        {o?.session && (
          <View className="list-sub" data-testid="session-topic">
            学习主题：{o.session.topic}
            {o.session.leadName ? ` · 领学：${o.session.leadName}` : ''}
            {o.session.place ? ` · ${o.session.place}` : ''}
          </View>
        )}
        {o?.partnerUnitName && <View className="list-sub">互学单位：{o.partnerUnitName}</View>}
        {o?.sessionNotice && <View className="session-notice">{o.sessionNotice}</View>}
        {o?.status === 'planned' && (
          <Text className="link-action" onClick={() => open(ROUTES.observeReview, { id: o.id })} data-testid="session-review">
            查阅资料（学习记录、学习计划、第一议题）
          </Text>
        )}
        {o?.status === 'planned' && data?.mySheet && (
          <Text
            className="link-action"
            onClick={() => open(ROUTES.modelsNominate, { observationId: o.id })}
            data-testid="session-nominate"
          >
            推荐为示范课或示范班 ›
          </Text>
        )}
        {!data && session.error && <View className="muted">暂时连不上服务器，显示的是本机保存的评分。</View>}
      </View>

      <SyncBadge draft={draft} phase={phase} />
      {blockedBy && <View className="card muted">{blockedBy}</View>}

      <SheetForm
        draft={draft}
        errors={errors}
        disabled={!canScore}
        photoLinks={photoLinks}
        personId={getSession().me?.person.id ?? ''}
        onEdit={edit}
        onPhotos={setPhotos}
      />

      <FormErrorSummary errors={refusal} testId="sheet" />
      {canScore && (
        <Button
          className="btn btn-primary btn-block"
          loading={phase === 'sending'}
          disabled={phase === 'sending'}
          onClick={() => void submit().then((ok) => (ok ? void session.reload() : refusal.refused()))}
          data-testid="sheet-submit"
        >
          {draft.savedAt ? '提交修改' : '提交评分'}
        </Button>
      )}
      <View className="muted session-foot">评分随时保存在本机；网络不好时会自动重试，不会重复提交。照片可不上传。</View>

      {data && <FollowUp session={data} onChanged={() => void session.reload()} />}
    </View>
  )
}

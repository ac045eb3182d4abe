import { Image, Text, View } from '@tarojs/components'
import type { RecordDetailView } from '@/core/contract'
import { formatDayZh } from '@/core/time'
import { fileLink, openDocument } from '@/services/upload'
import { todayInDistrict } from '@/services/clock'

const Row = ({ label, value }: { label: string; value: string | number | null | undefined }) =>
  value === null || value === undefined || value === '' ? null : (
    <View className="detail-row">
      <Text className="detail-label">{label}</Text>
      <Text className="detail-value">{String(value)}</Text>
    </View>
  )

const yes = (b: boolean) => (b ? '是' : '否')
const day = (d: string | null) => (d ? formatDayZh(d, todayInDistrict()) : null)

/** The kind-specific part of a record's page. */
export function Body({ detail }: { detail: RecordDetailView }) {
  const { body } = detail
  switch (body.kind) {
    case 'study':
      return (
        <>
          <Row label="学习的讲话" value={body.details.title} />
          <Row label="学习时长" value={body.details.minutes === null ? null : `${body.details.minutes} 分钟`} />
          <Row label="学习笔记" value={body.details.note} />
        </>
      )
    case 'note': {
      const d = body.details
      return (
        <>
          <View className="detail-note-title">{d.title}</View>
          <View className="detail-note-body" data-testid="note-body">
            {d.body.split('\n').map((p, i) => (
              <View key={i} className="detail-paragraph">
                {p || ' '}
              </View>
            ))}
          </View>
          {d.speeches.length > 0 && <Row label="关联讲话" value={d.speeches.map((s) => s.title).join('；')} />}
          <Row label="投稿平台" value={d.outletName} />
          <Row label="投稿日期" value={day(d.submittedOn)} />
          <Row label="刊发日期" value={day(d.publishedOn)} />
          <Row label="刊发链接" value={d.link} />
        </>
      )
    }
    case 'lecture': {
      const d = body.details
      return (
        <>
          <Row label="学校" value={`${d.schoolName}（${d.schoolKind}）`} />
          <Row label="课程类型" value={d.classType} />
          <Row label="讲课主题" value={d.topic} />
          <Row label="听课人数" value={d.audience} />
          <Row label="调研情况" value={d.research} />
        </>
      )
    }
    case 'outreach': {
      const d = body.details
      return (
        <>
          <Row label="场所类型" value={d.placeType} />
          <Row label="宣讲地点" value={d.place} />
          <Row label="宣讲主题" value={d.topic} />
          <Row label="听众人数" value={d.audience} />
          <Row label="面对面宣讲" value={yes(d.faceToFace)} />
          <Row label="理论宣讲团成员" value={yes(d.lectureGroupMember)} />
        </>
      )
    }
    case 'leadStudy':
      return (
        <>
          <Row label="会议" value={body.details.meeting} />
          <Row label="领学内容" value={body.details.content} />
          <Row label="结合部署工作" value={body.details.tiedToWork} />
        </>
      )
    case 'exchange':
      return (
        <>
          <Row label="交流场合" value={body.details.occasionName ?? body.details.occasion} />
          <Row label="交流内容" value={body.details.content} />
        </>
      )
    case 'xuexi':
      return <Row label="学习强国使用情况" value={body.details.note} />
  }
}

/** Images shown, documents opened on tap. */
export function Attachments({ detail }: { detail: RecordDetailView }) {
  if (detail.attachments.length === 0) return null
  return (
    <View className="detail-attachments" data-testid="detail-attachments">
      {detail.attachments.map((a) =>
        a.image ? (
          <Image key={a.fileId} className="detail-image" src={fileLink(a.url)} mode="widthFix" data-testid="detail-image" />
        ) : (
          <View key={a.fileId} className="detail-doc" onClick={() => void openDocument(a.url)} data-testid="detail-doc">
            📄 {a.name}
          </View>
        )
      )}
    </View>
  )
}

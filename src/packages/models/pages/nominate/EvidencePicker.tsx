import { Text, View } from '@tarojs/components'
import type { EvidenceView } from '@/core/contract'
import type { EvidenceKind } from '@/core/model'
import { evidenceMeta } from '../../components/EvidenceRows'

type Ref = { kind: EvidenceKind; id: string }

export interface EvidencePickerProps {
  items: readonly EvidenceView[]
  picked: readonly Ref[]
  onChange: (picked: Ref[]) => void
}

/** The subject's records with a checkbox each. */
export default function EvidencePicker({ items, picked, onChange }: EvidencePickerProps) {
  if (items.length === 0) {
    return (
      <Text className="muted">
        该对象近两年还没有可作推荐材料的记录（心得、讲课、宣讲、领学、交流、中心组学习、巡听旁听评分）。
      </Text>
    )
  }
  const on = (e: EvidenceView) => picked.some((p) => p.kind === e.kind && p.id === e.id)
  const toggle = (e: EvidenceView) =>
    onChange(on(e) ? picked.filter((p) => !(p.kind === e.kind && p.id === e.id)) : [...picked, { kind: e.kind, id: e.id }])
  return (
    <View data-testid="nominate-evidence">
      {items.map((e) => (
        <View
          key={`${e.kind}:${e.id}`}
          className={`pick-row ${on(e) ? 'pick-on' : ''}`}
          onClick={() => toggle(e)}
          data-testid="nominate-evidence-row"
        >
          <Text className="pick-box">{on(e) ? '☑' : '☐'}</Text>
          <View className="pick-main">
            <View className="pick-title">{e.title}</View>
            <View className="muted">{evidenceMeta(e)}</View>
          </View>
        </View>
      ))}
    </View>
  )
}

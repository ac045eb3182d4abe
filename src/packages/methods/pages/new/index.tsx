import { View } from '@tarojs/components'
import RecordEntry from '@/components/RecordEntry'
import RoleGate from '@/components/RoleGate'

/** 记一笔: choose what to record. */
function NewRecordPage() {
  return (
    <View className="page">
      <View className="card">
        <View className="card-title">记一笔</View>
        <View className="muted">平时自学、心得体会、学习强国、进学校讲课、基层宣讲、会上领学、交流互学</View>
        <RecordEntry />
      </View>
    </View>
  )
}

/** Only for the roles of `record.list`; the others read who the page is for. */
export default function NewRecordPageGated() {
  return <RoleGate action="record.list">{() => <NewRecordPage />}</RoleGate>
}

import { View } from '@tarojs/components'
import RecordEntry from '@/components/RecordEntry'

/** 记一笔: choose what to record. */
export default function NewRecordPage() {
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

import { Text, View } from '@tarojs/components'
import type { RowError } from '@/core/contract'
import './index.scss'

export interface RowErrorsTableProps {
  rows: readonly RowError[]
}

/** Every problem of an imported file: 第N行 · 列 · 问题. */
export default function RowErrorsTable({ rows }: RowErrorsTableProps) {
  return (
    <View className="row-errors" data-testid="import-errors">
      <View className="row-errors-head">
        <Text className="row-errors-row">行号</Text>
        <Text className="row-errors-col">列</Text>
        <Text className="row-errors-msg">问题</Text>
      </View>
      {rows.map((r, i) => (
        <View className="row-errors-line" key={`${r.row}-${r.column}-${i}`} data-testid="import-error-row">
          <Text className="row-errors-row">第{r.row}行</Text>
          <Text className="row-errors-col">{r.column}</Text>
          <Text className="row-errors-msg">{r.message}</Text>
        </View>
      ))}
    </View>
  )
}

import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { ROLE_LABELS, ROLES } from '@/core/model/roles'
import { ROSTER_COLUMNS } from '@/core/rules/roster-import'
import PrivacyConsent from '@/components/PrivacyConsent'
import { pickerOutcome } from '@/services/picker-errors'

const HEADER = Object.values(ROSTER_COLUMNS).join(',')
const EXAMPLE = '张三,13912345678,区教育局,党组书记、局长,党员领导干部'

const COLUMNS: ReadonlyArray<{ name: string; note: string }> = [
  { name: ROSTER_COLUMNS.name, note: '必填，与本人身份一致' },
  { name: ROSTER_COLUMNS.phone, note: '必填，11位手机号，不能与名册中已有的重复' },
  { name: ROSTER_COLUMNS.unit, note: '必填，须与“单位管理”中的名称完全一致' },
  { name: ROSTER_COLUMNS.position, note: '必填，如 党组书记、局长' },
  {
    name: ROSTER_COLUMNS.roles,
    note: `选填，多个用“、”分隔；不填为党员领导干部。可填：${ROLES.map((r) => ROLE_LABELS[r]).join('、')}`
  }
]

/** Downloads (H5) or copies (weapp) a CSV template with the header row and one example. */
function takeTemplate() {
  const csv = `${HEADER}\n${EXAMPLE}\n`
  if (process.env.TARO_ENV === 'h5') {
    // The BOM makes Excel read the Chinese headers as UTF-8.
    const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const a = document.createElement('a')
    a.href = url
    a.download = '名册导入模板.csv'
    document.body.appendChild(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 1000)
  } else {
    // setClipboardData is a privacy API: refused unless the privacy guide declares 剪切板.
    Taro.setClipboardData({ data: csv }).catch((error: unknown) => {
      const outcome = pickerOutcome(error, '复制模板')
      if (outcome.kind !== 'cancelled') void Taro.showModal({ title: '无法复制', content: outcome.message, showCancel: false })
    })
  }
}

/** What a roster file must look like. */
export default function Template() {
  return (
    <View className="card" data-testid="import-template">
      <View className="card-title">文件格式</View>
      <View className="muted">支持 .xlsx 或 .csv 文件，第一行为表头，列名如下：</View>
      <View className="import-columns">
        {COLUMNS.map((c) => (
          <View className="import-column" key={c.name}>
            <Text className="import-column-name">{c.name}</Text>
            <Text className="import-column-note">{c.note}</Text>
          </View>
        ))}
      </View>
      <View className="import-example">
        <Text>示例：{EXAMPLE}</Text>
      </View>
      {process.env.TARO_ENV === 'weapp' && <PrivacyConsent />}
      <Button className="btn btn-block" onClick={takeTemplate} data-testid="import-template-take">
        {process.env.TARO_ENV === 'h5' ? '下载模板（CSV）' : '复制模板内容'}
      </Button>
    </View>
  )
}

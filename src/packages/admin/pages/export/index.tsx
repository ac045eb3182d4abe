import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { OutputOf } from '@/core/contract'
import RoleGate from '@/components/RoleGate'
import StateView from '@/components/StateView'
import { call, messageOf } from '@/services/api'
import { currentMonth } from '@/services/clock'
import { isAdmin, isUnitRole } from '@/services/session'
import { fileLink } from '@/services/upload'
import './index.scss'

type Exported = OutputOf<'export.assessment'>

const SHEETS = [
  '单位：各单位五种学习方式、第一议题、巡听旁听和整改的全年情况',
  '领导干部：每人自学达标月数、心得体会、讲课、宣讲、领学、交流',
  '巡听旁听：每场的方式、评分人得分、平均分、等次、反馈与整改',
  '整改督查：每项整改的问题、期限、状态、逾期天数、核验情况',
  '第一议题：各单位会议数、合规数、覆盖率、经典著作学习次数'
]

/** Saves the workbook: the browser downloads it (H5); the mini-program opens it, with 转发/保存 in its menu. */
async function saveFile(result: Exported): Promise<void> {
  const url = fileLink(result.url)
  if (process.env.TARO_ENV === 'h5') {
    const a = document.createElement('a')
    a.href = url
    a.download = result.fileName
    document.body.appendChild(a)
    a.click()
    a.remove()
    return
  }
  // https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html (xlsx, showMenu)
  const { tempFilePath, statusCode } = await Taro.downloadFile({ url })
  if (statusCode !== 200) throw new Error('下载失败，请重新导出')
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
}

/** The year's assessment workbook: the admin's whole district, a unit leader's or secretary's own unit. */
function ExportPage({ district }: { district: boolean }) {
  const thisYear = Number(currentMonth().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [result, setResult] = useState<Exported | null>(null)

  const pick = (next: number) => {
    setYear(next)
    setResult(null)
    setError(null)
  }

  async function run() {
    if (busy) return
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      const done = await call('export.assessment', { year })
      setResult(done)
      await saveFile(done)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className="page">
      <View className="card export-year">
        <Text className="link-action" onClick={() => !busy && pick(year - 1)} data-testid="export-prev">
          ‹ 上一年
        </Text>
        <Text data-testid="export-year">{year}年</Text>
        <Text className={year < thisYear ? 'link-action' : 'muted'} onClick={() => !busy && year < thisYear && pick(year + 1)}>
          下一年 ›
        </Text>
      </View>
      <View className="card">
        <View className="card-title">{district ? '全区年度意识形态专项考核表' : '本单位年度意识形态专项考核表'}</View>
        <View className="export-sheets">
          {SHEETS.map((s) => (
            <View key={s}>· {s}</View>
          ))}
        </View>
        <Button
          className="btn btn-primary btn-block"
          loading={busy}
          disabled={busy}
          onClick={() => void run()}
          data-testid="export-run"
        >
          {busy ? '正在生成…' : '导出'}
        </Button>
        {busy && (
          <View className="muted">正在汇总{district ? '全区' : '本单位'}数据并生成文件，全区约需十几秒，请勿离开本页。</View>
        )}
        {error && <StateView error={error} onRetry={() => void run()} testId="export" />}
        {result && (
          <View className="export-result" data-testid="export-result">
            <View className="export-file">{result.fileName}</View>
            <View className="muted">
              {result.units}个单位、{result.people}名干部、{result.sessions}场巡听旁听、{result.rectifications}项整改
            </View>
            <View
              className="link-action export-again"
              onClick={() => void saveFile(result).catch((e) => setError(messageOf(e)))}
              data-testid="export-download"
            >
              {process.env.TARO_ENV === 'h5' ? '再次下载' : '打开文件'}
            </View>
            <View className="muted">下载链接10分钟内有效，过期请重新导出。</View>
          </View>
        )}
      </View>
      <View className="muted">单位按片区顺序、干部按名册顺序排列，不作排名。</View>
    </View>
  )
}

export default function Page() {
  return (
    <RoleGate allow={(me) => isAdmin(me) || isUnitRole(me)} refusal="此页面供区委宣传部管理员和单位负责同志使用。">
      {(me) => <ExportPage district={isAdmin(me)} />}
    </RoleGate>
  )
}

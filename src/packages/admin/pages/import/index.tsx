import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import type { RowError } from '@/core/contract'
import AdminGate from '@/components/AdminGate'
import FieldError from '@/components/FieldError'
import FilePicker from '@/components/FilePicker'
import RowErrorsTable from '@/components/RowErrorsTable'
import { useSubmission } from '@/hooks/useSubmission'
import { call, toApiError } from '@/services/api'
import { pickChatFile, type PickedFile } from '@/services/file'
import Template from './Template'
import './index.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

/** Imports a roster file: every row valid, or nothing imported and every problem listed. */
function ImportPage() {
  const [file, setFile] = useState<PickedFile | null>(null)
  const [created, setCreated] = useState<number | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [rows, setRows] = useState<RowError[]>([])
  const submission = useSubmission()

  const picked = (f: PickedFile) => {
    setFile(f)
    setCreated(null)
    setError(null)
    setRows([])
    submission.succeeded() // a new file is a new submission
  }

  const pickInWeapp = async () => {
    try {
      const f = await pickChatFile(['xlsx', 'csv'])
      if (f) picked(f)
    } catch {
      setError('文件读取失败，请重新选择')
    }
  }

  const start = async () => {
    if (!file || submission.busy) return
    setError(null)
    setRows([])
    submission.setBusy(true)
    try {
      const out = await call(
        'roster.import',
        { fileName: file.name, contentBase64: file.base64 },
        { idempotencyKey: submission.key() }
      )
      submission.succeeded()
      setCreated(out.created)
      setFile(null)
    } catch (e) {
      const failure = toApiError(e)
      setError(failure.message)
      setRows(failure.rows ?? [])
    } finally {
      submission.setBusy(false)
    }
  }

  return (
    <View className="page">
      <Template />

      <View className="card">
        <View className="card-title">选择文件</View>
        {IS_H5 ? (
          <FilePicker
            accept=".xlsx,.csv"
            label={file ? '重新选择文件' : '选择 Excel 或 CSV 文件'}
            onPick={picked}
            onError={setError}
          />
        ) : (
          <Button className="btn btn-block" onClick={pickInWeapp}>
            {file ? '重新选择文件' : '从微信聊天中选择文件'}
          </Button>
        )}
        {file && (
          <View className="import-file" data-testid="import-file-name">
            <Text>已选择：{file.name}</Text>
          </View>
        )}
        <Button
          className={`btn btn-primary btn-block import-start ${file ? '' : 'btn-disabled'}`}
          disabled={!file || submission.busy || undefined}
          loading={submission.busy}
          onClick={start}
          data-testid="import-submit"
        >
          开始导入
        </Button>
        {!IS_H5 && <View className="field-hint">先把名册文件发到微信聊天（如文件传输助手），再从聊天中选择。</View>}
      </View>

      {created !== null && (
        <View className="card import-done" data-testid="import-done">
          已导入 {created} 人。可在“人员与角色”中为他们发放验证码。
        </View>
      )}

      {error && (
        <View className="card" data-testid="import-failed">
          <FieldError name="import" message={error} />
          {rows.length > 0 && (
            <View className="import-rows">
              <RowErrorsTable rows={rows} />
            </View>
          )}
        </View>
      )}
    </View>
  )
}

export default function Page() {
  return (
    <AdminGate>
      <ImportPage />
    </AdminGate>
  )
}

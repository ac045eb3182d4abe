import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import AdminGate from '@/components/AdminGate'
import FieldError from '@/components/FieldError'
import FilePicker, { type PickedFile } from '@/components/FilePicker'
import RowErrorsTable from '@/components/RowErrorsTable'
import { bringIntoView } from '@/hooks/useFormErrors'
import { useSession } from '@/hooks/useSession'
import { toApiError } from '@/services/api'
import {
  bytesOfBase64,
  pickRosterFile,
  uploadRosterBytes,
  uploadRosterTempFile,
  type PickedRoster
} from '@/services/import-upload'
import Template from './Template'
import { useImportJob } from './useImportJob'
import './index.scss'

const IS_H5 = process.env.TARO_ENV === 'h5'

const PHASE_TEXT = { uploading: '正在上传文件…', checking: '正在检查每一行…', writing: '正在写入…', idle: '' }

/** A file picked on either platform: its name and how to upload it. */
interface Chosen {
  name: string
  upload: (personId: string) => Promise<string>
}

/**
 * Imports a roster file: uploaded first, every row checked (nothing imported if any is wrong),
 * then written in steps; nobody appears until the whole file is in.
 */
function ImportPage() {
  const { me } = useSession()
  const flow = useImportJob()
  const [file, setFile] = useState<Chosen | null>(null)
  const job = flow.job

  // The result shows at the top while the admin is at 开始导入 further down: bring it into view.
  useEffect(() => {
    if (flow.error || flow.done) bringIntoView('import-result')
  }, [flow.error, flow.done])

  const pickedInH5 = (f: PickedFile) =>
    setFile({ name: f.name, upload: () => uploadRosterBytes(f.name, bytesOfBase64(f.base64)) })

  const pickInWeapp = async () => {
    try {
      const f: PickedRoster | null = await pickRosterFile()
      if (f) setFile({ name: f.name, upload: (personId) => uploadRosterTempFile(personId, f) })
    } catch (e) {
      flow.setError(toApiError(e).message)
    }
  }

  const start = async () => {
    const personId = me?.person.id
    if (!file || !personId || flow.busy) return
    const chosen = file
    setFile(null)
    await flow.run(chosen.name, () => chosen.upload(personId))
  }

  return (
    <View className="page">
      <View id="import-result">
        {flow.done && (
          <View className="card import-done" data-testid="import-done">
            已导入 {flow.done.total} 人（{flow.done.fileName}）。可在“人员与角色”中为他们发放验证码。
          </View>
        )}

        {job && job.status === 'writing' && (
          <View className="card" data-testid="import-job">
            <View className="card-title">{flow.busy ? '正在导入' : '有一次导入没有完成'}</View>
            <View className="import-progress-text" data-testid="import-progress">
              {job.fileName}：已写入 {job.written} / {job.total}
            </View>
            <View className="import-progress">
              <View className="import-progress-bar" style={{ width: `${job.total ? (job.written * 100) / job.total : 0}%` }} />
            </View>
            <View className="field-hint">全部写入之前，名册中不会出现这些人员，他们也不能登录。</View>
            {!flow.busy && (
              <View className="import-actions">
                <Button className="btn btn-primary" onClick={flow.resume} data-testid="import-resume">
                  继续
                </Button>
                <Button className="btn" onClick={flow.discard} data-testid="import-discard">
                  放弃
                </Button>
              </View>
            )}
          </View>
        )}

        {flow.error && (
          <View className="card" data-testid="import-failed">
            <FieldError name="import" message={flow.error} />
            {flow.rows.length > 0 && (
              <View className="import-rows">
                <RowErrorsTable rows={flow.rows} />
              </View>
            )}
          </View>
        )}
      </View>

      <View className="card">
        <View className="card-title">选择文件</View>
        {IS_H5 ? (
          <FilePicker
            accept=".xlsx,.csv"
            label={file ? '重新选择文件' : '选择 Excel 或 CSV 文件'}
            onPick={pickedInH5}
            onError={flow.setError}
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
          className={`btn btn-primary btn-block import-start ${file && !job ? '' : 'btn-disabled'}`}
          disabled={!file || !!job || flow.busy || undefined}
          loading={flow.busy}
          onClick={start}
          data-testid="import-submit"
        >
          {flow.busy ? PHASE_TEXT[flow.phase] : '开始导入'}
        </Button>
        {flow.error && !flow.busy && (
          <View className="import-failed-hint" data-testid="import-failed-hint">
            {flow.rows.length > 0 ? `未导入：有 ${flow.rows.length} 处需要修改，见上方` : '未导入，原因见上方'}
          </View>
        )}
        {!IS_H5 && <View className="field-hint">先把名册文件发到微信聊天（如文件传输助手），再从聊天中选择。</View>}
      </View>

      <Template />
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

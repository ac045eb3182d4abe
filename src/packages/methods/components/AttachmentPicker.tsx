import { useState, type ChangeEvent } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { FileView } from '@/core/contract'
import { messageOf } from '@/services/api'
import { fileLink, pickAndUpload, uploadBrowserFile } from '@/services/upload'
import './AttachmentPicker.scss'

export interface AttachmentPickerProps {
  files: readonly FileView[]
  /** Absolute links of files already stored on a record (fileId → url), for thumbnails. */
  links?: Record<string, string>
  max: number
  documents: boolean
  personId: string
  onChange: (files: FileView[]) => void
  onError: (message: string) => void
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`

/** Picks and uploads attachments (always optional); the server checks each file's real type. */
export default function AttachmentPicker({ files, links, max, documents, personId, onChange, onError }: AttachmentPickerProps) {
  const [busy, setBusy] = useState(false)
  const room = max - files.length

  const add = async (upload: () => Promise<FileView[]>) => {
    setBusy(true)
    try {
      const added = await upload()
      onChange([...files, ...added].slice(0, max))
    } catch (e) {
      onError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  const onBrowserPick = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target
    const picked = Array.from(input.files ?? []).slice(0, room)
    input.value = ''
    if (picked.length === 0) return
    void add(async () => {
      const out: FileView[] = []
      for (const f of picked) out.push(await uploadBrowserFile(f))
      return out
    })
  }

  const accept = documents ? 'image/jpeg,image/png,image/webp,.pdf,.docx' : 'image/jpeg,image/png,image/webp'
  return (
    <View className="attachments" data-testid="attachments">
      {files.map((f) => (
        <View className="attachment" key={f.id} data-testid="attachment">
          {f.image && links?.[f.id] ? (
            <Image className="attachment-thumb" src={links[f.id]} mode="aspectFill" />
          ) : (
            <View className="attachment-icon">{f.image ? '图' : f.name.split('.').pop()?.toUpperCase()}</View>
          )}
          <View className="attachment-main">
            <View className="attachment-name">{f.name}</View>
            <View className="muted">{sizeText(f.size)}</View>
          </View>
          <Text className="attachment-remove" onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
            移除
          </Text>
        </View>
      ))}
      {room > 0 &&
        (process.env.TARO_ENV === 'h5' ? (
          <label className={`attachment-add ${busy ? 'attachment-busy' : ''}`} data-testid="attachment-add">
            <span>{busy ? '正在上传…' : `＋ 添加（还可添加 ${room} 个）`}</span>
            <input
              className="attachment-input"
              type="file"
              multiple={room > 1}
              accept={accept}
              onChange={onBrowserPick}
              data-testid="attachment-input"
            />
          </label>
        ) : (
          <View className="attachment-row">
            <View className="attachment-add" onClick={() => !busy && void add(() => pickAndUpload(personId, 'image', room))}>
              {busy ? '正在上传…' : '＋ 图片'}
            </View>
            {documents && (
              <View className="attachment-add" onClick={() => !busy && void add(() => pickAndUpload(personId, 'document', room))}>
                ＋ 文档（pdf/docx）
              </View>
            )}
          </View>
        ))}
    </View>
  )
}

/** Links for thumbnails of a record's stored attachments. */
export function linksOf(attachments: ReadonlyArray<{ fileId: string; url: string }>): Record<string, string> {
  return Object.fromEntries(attachments.map((a) => [a.fileId, fileLink(a.url)]))
}

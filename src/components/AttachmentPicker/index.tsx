import { useRef, useState, type ChangeEvent } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { FileView } from '@/core/contract'
import { previewPhotos } from '@/components/PhotoStrip'
import PrivacyConsent from '@/components/PrivacyConsent'
import { FILE_TYPES, fileProblem, type AcceptedMime } from '@/core/rules/files'
import { messageOf } from '@/services/errors'
import { fileLink, pickTempFiles, tempFileUpload, uploadBrowserFile } from '@/services/upload'
import { usePendingUploads, type PendingUpload, type UploadJob } from './usePendingUploads'
import './index.scss'

export type { PendingUpload } from './usePendingUploads'

export interface AttachmentPickerProps {
  files: readonly FileView[]
  /** Absolute links of files already stored (fileId → url), for thumbnails. */
  links?: Record<string, string>
  max: number
  /** Also pdf/docx; otherwise images only. */
  documents: boolean
  personId: string
  /** Read-only: thumbnails without add or remove. */
  disabled?: boolean
  /** What the files are called on the add button (default 附件 / 图片). */
  noun?: string
  onChange: (files: FileView[]) => void
  onError: (message: string) => void
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`

/** The browser's guess of a picked file's type, checked before the bytes go up (the server checks the content). */
function browserProblem(file: File): string | null {
  return file.type in FILE_TYPES ? fileProblem(file.type as AcceptedMime, file.size) : null
}

function Thumb({ src, name, image, onClick }: { src?: string | null; name: string; image: boolean; onClick?: () => void }) {
  if (image && src) return <Image className="attachment-thumb" src={src} mode="aspectFill" onClick={onClick} />
  return <View className="attachment-icon">{image ? '图' : name.split('.').pop()?.toUpperCase()}</View>
}

/**
 * Picks and uploads attachments (always optional); the server checks each file's real type. A
 * file that could not go up for want of a network stays with a retry button and does not hold
 * the form back.
 */
export default function AttachmentPicker(props: AttachmentPickerProps) {
  const { files, links, max, documents, personId, disabled, noun, onChange, onError } = props
  const [previews, setPreviews] = useState<Record<string, string>>({})
  const filesRef = useRef(files)
  filesRef.current = files
  const uploads = usePendingUploads((file, preview) => {
    const next = [...filesRef.current, file].slice(0, max)
    filesRef.current = next
    if (preview) setPreviews((m) => ({ ...m, [file.id]: preview }))
    onChange(next)
  }, onError)
  const room = max - files.length - uploads.pending.length
  const srcOf = (f: FileView) => links?.[f.id] ?? previews[f.id]
  const imageUrls = files.filter((f) => f.image && srcOf(f)).map(srcOf) as string[]
  const unit = documents ? '个' : '张'

  const onBrowserPick = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target
    const picked = Array.from(input.files ?? []).slice(0, room)
    input.value = ''
    const refused = picked.map(browserProblem).find((p) => p !== null)
    if (refused) return onError(refused)
    const jobs: UploadJob[] = picked.map((f) => ({
      name: f.name,
      preview: f.type.startsWith('image/') ? URL.createObjectURL(f) : null,
      upload: () => uploadBrowserFile(f)
    }))
    if (jobs.length > 0) void uploads.start(jobs)
  }

  const onPhonePick = async (kind: 'image' | 'document') => {
    let picked: Awaited<ReturnType<typeof pickTempFiles>>
    try {
      picked = await pickTempFiles(kind, room)
    } catch (error) {
      // Refused by WeChat (privacy guide, permission): say why instead of doing nothing.
      return onError(messageOf(error))
    }
    void uploads.start(
      picked.map((p) => ({
        name: p.name,
        preview: kind === 'image' ? p.path : null,
        // A retry registers the stored bytes again instead of uploading them a second time.
        upload: tempFileUpload(personId, p.path, p.name)
      }))
    )
  }

  const pendingRow = (p: PendingUpload) => (
    <View className="attachment" key={p.key} data-testid="attachment-pending" data-state={p.failed ? 'failed' : 'uploading'}>
      <Thumb src={p.preview} name={p.name} image={p.preview !== null} />
      <View className="attachment-main">
        <View className="attachment-name">{p.name}</View>
        <View className={p.failed ? 'attachment-failed' : 'muted'}>{p.failed ?? '正在上传…'}</View>
      </View>
      {p.failed && (
        <Text className="attachment-retry" onClick={() => uploads.retry(p)} data-testid="attachment-retry">
          重试
        </Text>
      )}
      {p.failed && (
        <Text className="attachment-remove" onClick={() => uploads.remove(p.key)}>
          移除
        </Text>
      )}
    </View>
  )

  return (
    <View className="attachments" data-testid="attachments">
      {files.map((f) => (
        <View className="attachment" key={f.id} data-testid="attachment">
          <Thumb src={srcOf(f)} name={f.name} image={f.image} onClick={() => previewPhotos(imageUrls, srcOf(f) ?? '')} />
          <View className="attachment-main">
            <View className="attachment-name">{f.name}</View>
            <View className="muted">{sizeText(f.size)}</View>
          </View>
          {!disabled && (
            <Text className="attachment-remove" onClick={() => onChange(files.filter((x) => x.id !== f.id))}>
              移除
            </Text>
          )}
        </View>
      ))}
      {uploads.pending.map(pendingRow)}
      {room > 0 &&
        !disabled &&
        (process.env.TARO_ENV === 'h5' ? (
          <label className="attachment-add" data-testid="attachment-add">
            <span>{`＋ 添加${noun ?? ''}（还可添加 ${room} ${unit}）`}</span>
            <input
              className="attachment-input"
              type="file"
              multiple={room > 1}
              accept={documents ? 'image/jpeg,image/png,image/webp,.pdf,.docx' : 'image/jpeg,image/png,image/webp'}
              onChange={onBrowserPick}
              data-testid="attachment-input"
            />
          </label>
        ) : (
          <View className="attachment-row">
            <PrivacyConsent />
            <View className="attachment-add" onClick={() => void onPhonePick('image')}>
              ＋ {noun ?? '图片'}
            </View>
            {documents && (
              <View className="attachment-add" onClick={() => void onPhonePick('document')}>
                ＋ 文档（pdf/docx）
              </View>
            )}
          </View>
        ))}
    </View>
  )
}

/** Links for thumbnails of stored attachments. */
export function linksOf(attachments: ReadonlyArray<{ fileId: string; url: string }>): Record<string, string> {
  return Object.fromEntries(attachments.map((a) => [a.fileId, fileLink(a.url)]))
}

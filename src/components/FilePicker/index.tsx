import type { ChangeEvent } from 'react'
import './index.scss'

export interface PickedFile {
  name: string
  /** The file's bytes, base64 without the data-URL prefix. */
  base64: string
}

export interface FilePickerProps {
  /** e.g. `.xlsx,.csv` */
  accept: string
  label: string
  onPick: (file: PickedFile) => void
  onError: (message: string) => void
}

/**
 * H5 only: a plain DOM file input (Taro has no file component on the web). Render it only
 * under `process.env.TARO_ENV === 'h5'`; the mini-program uses chooseMessageFile instead.
 */
export default function FilePicker({ accept, label, onPick, onError }: FilePickerProps) {
  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target
    const file = input.files?.[0]
    if (!file) return
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result ?? '')
      onPick({ name: file.name, base64: url.slice(url.indexOf(',') + 1) })
      input.value = ''
    }
    reader.onerror = () => onError('文件读取失败，请重新选择')
    reader.readAsDataURL(file)
  }
  return (
    <label className="file-picker btn btn-block" data-testid="import-file-label">
      <span>{label}</span>
      <input className="file-picker-input" type="file" accept={accept} onChange={onChange} data-testid="import-file" />
    </label>
  )
}

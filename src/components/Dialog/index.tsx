import type { ReactNode } from 'react'
import { Button, ScrollView, Text, View } from '@tarojs/components'
import './index.scss'

export interface DialogProps {
  open: boolean
  title: string
  children?: ReactNode
  confirmText?: string
  cancelText?: string
  /** Hides the cancel button (an information-only dialog). */
  hideCancel?: boolean
  /** Disables the buttons while a request runs. */
  busy?: boolean
  onConfirm: () => void
  onCancel?: () => void
  testId?: string
}

/** A centred modal card: our own, because the platform modal cannot hold inputs on H5. */
export default function Dialog(props: DialogProps) {
  const {
    open,
    title,
    children,
    confirmText = '确定',
    cancelText = '取消',
    hideCancel,
    busy,
    onConfirm,
    onCancel,
    testId = 'dialog'
  } = props
  if (!open) return null
  return (
    <View className="dialog-mask" catchMove data-testid={testId}>
      <View className="dialog">
        <View className="dialog-title">
          <Text>{title}</Text>
        </View>
        <ScrollView scrollY className="dialog-body">
          {children}
        </ScrollView>
        <View className="dialog-actions">
          {!hideCancel && (
            <Button
              className="btn dialog-btn"
              disabled={busy || undefined}
              onClick={() => onCancel?.()}
              data-testid={`${testId}-cancel`}
            >
              {cancelText}
            </Button>
          )}
          <Button
            className="btn btn-primary dialog-btn"
            disabled={busy || undefined}
            loading={busy}
            onClick={onConfirm}
            data-testid={`${testId}-confirm`}
          >
            {confirmText}
          </Button>
        </View>
      </View>
    </View>
  )
}
